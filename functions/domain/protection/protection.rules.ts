import { addDays, DAY_MS } from '../shared/clock';
import type { Customer, DeadlineReason, LifecycleStage, ProtectionState } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';

/**
 * Customer protection (PRODUCT.md rules 3–7 and 11): when an owned customer goes back to the pool,
 * and which warnings go out before that. Plain functions over plain data; `now` always passed in.
 */
export type ProtectionRuleSettings = Pick<
  CompanySettings,
  'potentialProtectionDays' | 'intentProtectionDays' | 'followUpFreshnessDays' | 'warningDaysBefore' | 'managerWarningDaysBefore'
> & { noOpenOpportunityDays?: number; exemptWithOpenOpportunity?: boolean };

/** What the clocks read from the customer besides its protection state. */
export type ProtectedCustomer = Pick<Customer, 'lifecycle' | 'lifecycleChangedAt' | 'openOpportunities' | 'lastOpportunityClosedAt'>;

interface Candidate {
  at: string;
  reason: DeadlineReason;
}

const latest = (a: string, b: string): string => (a > b ? a : b);

/** Company numbers overlaid with the home pool's rules snapshotted on the customer. */
function effective(p: ProtectionState, s: ProtectionRuleSettings): ProtectionRuleSettings {
  return p.poolRules ? { ...s, ...p.poolRules } : s;
}

/** Stage clock: 30 days as POTENTIAL, 15 as INTENT, counted from entering the stage or taking ownership. */
function stageCandidate(lifecycle: LifecycleStage, lifecycleChangedAt: string, p: ProtectionState, s: ProtectionRuleSettings): Candidate | undefined {
  const start = latest(lifecycleChangedAt, p.ownedSince);
  if (lifecycle === 'POTENTIAL') return { at: addDays(start, s.potentialProtectionDays), reason: 'POTENTIAL_STAGE' };
  if (lifecycle === 'INTENT') return { at: addDays(start, s.intentProtectionDays), reason: 'INTENT_STAGE' };
  return undefined;
}

/** Freshness clock: 15 days after the last valid follow-up (or after taking ownership). */
function followUpCandidate(p: ProtectionState, s: ProtectionRuleSettings): Candidate {
  const start = p.lastValidFollowUpAt ? latest(p.lastValidFollowUpAt, p.ownedSince) : p.ownedSince;
  return { at: addDays(start, s.followUpFreshnessDays), reason: 'NO_VALID_FOLLOW_UP' };
}

/**
 * Opportunity clock (a pool rule, off by default): N days without an open opportunity, counted from
 * taking ownership or from the close of the last one. It stands still while a deal is open.
 */
function opportunityCandidate(customer: ProtectedCustomer, p: ProtectionState, s: ProtectionRuleSettings): Candidate | undefined {
  if (s.noOpenOpportunityDays === undefined || (customer.openOpportunities ?? 0) > 0) return undefined;
  const start = customer.lastOpportunityClosedAt ? latest(customer.lastOpportunityClosedAt, p.ownedSince) : p.ownedSince;
  return { at: addDays(start, s.noOpenOpportunityDays), reason: 'NO_OPEN_OPPORTUNITY' };
}

/** The earliest clock wins; an approved extension keeps the customer at least until its end. FORMAL: none. */
export function protectionDeadline(
  customer: ProtectedCustomer,
  p: ProtectionState,
  s: ProtectionRuleSettings,
): Candidate | undefined {
  if (p.locked) return undefined;
  const rules = effective(p, s);
  if (rules.exemptWithOpenOpportunity && (customer.openOpportunities ?? 0) > 0) return undefined;
  const stage = stageCandidate(customer.lifecycle, customer.lifecycleChangedAt, p, rules);
  if (!stage) return undefined;
  // On a tie the stage clock names the reason (the stage limit is the rule a rep can least change).
  const clocks = [stage, followUpCandidate(p, rules), opportunityCandidate(customer, p, rules)].filter((c): c is Candidate => c !== undefined);
  const earliest = clocks.reduce((a, b) => (b.at < a.at ? b : a));
  if (p.extendedUntil && p.extendedUntil > earliest.at) return { at: p.extendedUntil, reason: 'EXTENSION' };
  return earliest;
}

function sentFor(p: ProtectionState, deadline: string): number[] {
  return p.warnedDeadline === deadline ? p.warnedDays : [];
}

function warningAt(deadline: string, daysBefore: number): string {
  return new Date(new Date(deadline).getTime() - daysBefore * DAY_MS).toISOString();
}

/** Every step of the warning ladder: owner warnings and manager escalations. */
function ladder(s: ProtectionRuleSettings): number[] {
  return [...new Set([...s.warningDaysBefore, ...(s.managerWarningDaysBefore ?? [])])];
}

/** Warnings still to send for this deadline, largest lead first. */
function pendingWarnings(p: ProtectionState, deadline: string, s: ProtectionRuleSettings): number[] {
  const sent = sentFor(p, deadline);
  return ladder(s).sort((a, b) => b - a).filter((d) => !sent.includes(d));
}

/** Who a ladder step goes to. */
export function warningRecipients(p: ProtectionState, daysBefore: number, s: ProtectionRuleSettings): { owner: boolean; managers: boolean } {
  const rules = effective(p, s);
  return { owner: rules.warningDaysBefore.includes(daysBefore), managers: (rules.managerWarningDaysBefore ?? []).includes(daysBefore) };
}

/** Recomputes deadline, reason and the sweep's next check after any change to the customer. */
export function recomputeProtection(
  customer: ProtectedCustomer,
  p: ProtectionState,
  s: ProtectionRuleSettings,
): ProtectionState {
  const deadline = protectionDeadline(customer, p, s);
  if (!deadline) {
    const { deadline: _d, deadlineReason: _r, nextCheckAt: _n, ...rest } = p;
    return rest;
  }
  const warnings = pendingWarnings(p, deadline.at, effective(p, s)).map((d) => warningAt(deadline.at, d));
  const nextCheckAt = [...warnings, deadline.at].sort()[0];
  return { ...p, deadline: deadline.at, deadlineReason: deadline.reason, nextCheckAt };
}

export function startProtection(
  customer: ProtectedCustomer,
  ownedSince: string,
  s: ProtectionRuleSettings,
  poolRules?: ProtectionState['poolRules'],
): ProtectionState {
  const p: ProtectionState = { ownedSince, invalidFollowUps: 0, invalidTracking: false, warnedDays: [] };
  if (poolRules && Object.keys(poolRules).length) p.poolRules = poolRules;
  return recomputeProtection(customer, p, s);
}

export type SweepDecision =
  | { kind: 'RECLAIM'; deadline: string }
  | { kind: 'WARN'; deadline: string; daysBefore: number }
  | { kind: 'NOT_DUE' };

/**
 * What the expiry sweep does with a customer at `now`: reclaim once the deadline passed, else send
 * the most urgent warning that is due (skipping a longer-lead warning that is no longer useful).
 */
export function sweepDecision(p: ProtectionState | undefined, now: Date, s: ProtectionRuleSettings): SweepDecision {
  if (!p?.deadline) return { kind: 'NOT_DUE' };
  const iso = now.toISOString();
  if (p.deadline <= iso) return { kind: 'RECLAIM', deadline: p.deadline };
  const due = pendingWarnings(p, p.deadline, effective(p, s)).filter((d) => warningAt(p.deadline!, d) <= iso);
  const mostUrgent = due.sort((a, b) => a - b)[0];
  return mostUrgent === undefined ? { kind: 'NOT_DUE' } : { kind: 'WARN', deadline: p.deadline, daysBefore: mostUrgent };
}

/** Marks a warning (and any longer-lead ones it supersedes) as sent for the current deadline. */
export function markWarned(p: ProtectionState, daysBefore: number, s: ProtectionRuleSettings, customer: ProtectedCustomer): ProtectionState {
  const deadline = p.deadline!;
  const superseded = ladder(effective(p, s)).filter((d) => d >= daysBefore);
  const warnedDays = [...new Set([...sentFor(p, deadline), ...superseded])];
  return recomputeProtection(customer, { ...p, warnedDeadline: deadline, warnedDays }, s);
}

export function daysUntil(deadline: string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(deadline).getTime() - now.getTime()) / DAY_MS));
}

/** Rule 7: an approved extension moves the current deadline later by `days` (never earlier). */
export function extendedProtection(
  customer: ProtectedCustomer,
  p: ProtectionState,
  days: number,
  s: ProtectionRuleSettings,
): ProtectionState {
  const base = p.deadline ?? protectionDeadline(customer, p, s)?.at;
  if (!base) return p;
  const extendedUntil = addDays(base, days);
  return recomputeProtection(customer, { ...p, extendedUntil: p.extendedUntil && p.extendedUntil > extendedUntil ? p.extendedUntil : extendedUntil }, s);
}

/**
 * A deal opened (+1) or closed (-1) on the customer: the count moves and the clocks are recomputed.
 * The pipeline writes the result with the customer's version in the deal's own transaction.
 */
export function countOpenOpportunity(customer: Customer, delta: 1 | -1, now: string, s: ProtectionRuleSettings): Customer {
  const openOpportunities = Math.max(0, (customer.openOpportunities ?? 0) + delta);
  const next: Customer = { ...customer, openOpportunities, ...(delta < 0 && openOpportunities === 0 ? { lastOpportunityClosedAt: now } : {}) };
  return next.protection ? { ...next, protection: recomputeProtection(next, next.protection, s) } : next;
}
