import { describe, expect, it } from 'vitest';
import { addDays } from '../../functions/domain/shared/clock';
import { countOpenOpportunity, markWarned, protectionDeadline, recomputeProtection, startProtection, sweepDecision } from '../../functions/domain/protection/protection.rules';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { DEFAULT_SETTINGS } from '../../functions/domain/settings/settings.types';

const t0 = '2026-03-01T00:00:00.000Z';
const potential = { lifecycle: 'POTENTIAL' as const, lifecycleChangedAt: t0 };

describe('protection deadline', () => {
  it('a new customer without follow-ups must be followed within 15 days', () => {
    const p = startProtection(potential, t0, DEFAULT_SETTINGS);
    expect(p.deadline).toBe(addDays(t0, 15));
    expect(p.deadlineReason).toBe('NO_VALID_FOLLOW_UP');
  });

  it('with fresh follow-ups the 30-day POTENTIAL stage limit drives the deadline', () => {
    const p = recomputeProtection(potential, { ...startProtection(potential, t0, DEFAULT_SETTINGS), lastValidFollowUpAt: addDays(t0, 20) }, DEFAULT_SETTINGS);
    expect(p.deadline).toBe(addDays(t0, 30));
    expect(p.deadlineReason).toBe('POTENTIAL_STAGE');
  });

  it('INTENT gives 15 days from entering the stage', () => {
    const intent = { lifecycle: 'INTENT' as const, lifecycleChangedAt: addDays(t0, 10) };
    const p = recomputeProtection(intent, { ...startProtection(potential, t0, DEFAULT_SETTINGS), lastValidFollowUpAt: addDays(t0, 12) }, DEFAULT_SETTINGS);
    expect(p.deadline).toBe(addDays(t0, 25));
    expect(p.deadlineReason).toBe('INTENT_STAGE');
  });

  it('FORMAL customers have no deadline', () => {
    expect(protectionDeadline({ lifecycle: 'FORMAL', lifecycleChangedAt: t0 }, startProtection(potential, t0, DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('an approved extension keeps the customer until its end', () => {
    const p = recomputeProtection(potential, { ...startProtection(potential, t0, DEFAULT_SETTINGS), extendedUntil: addDays(t0, 40) }, DEFAULT_SETTINGS);
    expect(p.deadline).toBe(addDays(t0, 40));
    expect(p.deadlineReason).toBe('EXTENSION');
  });
});

describe("a pool's opportunity rule and exemption", () => {
  const rules = { noOpenOpportunityDays: 10 };
  const start = (customer: typeof potential & Partial<Customer>, poolRules: object) => startProtection(customer, t0, DEFAULT_SETTINGS, poolRules);

  it('no open opportunity for N days drives the deadline when it is the earliest clock', () => {
    const p = start(potential, rules);
    expect([p.deadline, p.deadlineReason]).toEqual([addDays(t0, 10), 'NO_OPEN_OPPORTUNITY']);
  });

  it('the clock stands still while a deal is open, and counts from the close of the last one', () => {
    expect(start({ ...potential, openOpportunities: 1 }, rules).deadlineReason).toBe('NO_VALID_FOLLOW_UP');
    const closedLater = start({ ...potential, openOpportunities: 0, lastOpportunityClosedAt: addDays(t0, 3) }, rules);
    expect([closedLater.deadline, closedLater.deadlineReason]).toEqual([addDays(t0, 13), 'NO_OPEN_OPPORTUNITY']);
  });

  it('the exemption keeps a customer with an open deal out of reclaim entirely; without a deal the usual clocks run', () => {
    expect(start({ ...potential, openOpportunities: 2 }, { exemptWithOpenOpportunity: true }).deadline).toBeUndefined();
    expect(start({ ...potential, openOpportunities: 0 }, { exemptWithOpenOpportunity: true }).deadline).toBe(addDays(t0, 15));
  });

  it('closing the last deal starts the clock from that moment', () => {
    const customer = { ...potential, id: 'c1', version: 3, openOpportunities: 1, protection: start({ ...potential, openOpportunities: 1 }, rules) } as Customer;
    const closedAt = addDays(t0, 12);
    const after = countOpenOpportunity({ ...customer, protection: { ...customer.protection!, lastValidFollowUpAt: closedAt } }, -1, closedAt, DEFAULT_SETTINGS);
    expect(after.openOpportunities).toBe(0);
    expect(after.lastOpportunityClosedAt).toBe(closedAt);
    expect([after.protection?.deadline, after.protection?.deadlineReason]).toEqual([addDays(closedAt, 10), 'NO_OPEN_OPPORTUNITY']);
    expect(countOpenOpportunity(after, 1, closedAt, DEFAULT_SETTINGS).protection?.deadlineReason).not.toBe('NO_OPEN_OPPORTUNITY');
  });
});

describe('sweep decision', () => {
  const p = startProtection(potential, t0, DEFAULT_SETTINGS);
  const at = (days: number) => new Date(addDays(t0, days));

  it('schedules the first check at the 3-day warning', () => {
    expect(p.nextCheckAt).toBe(addDays(t0, 12));
  });

  it('is not due before the first warning', () => {
    expect(sweepDecision(p, at(11), DEFAULT_SETTINGS)).toEqual({ kind: 'NOT_DUE' });
  });

  it('warns 3 days, then 1 day before, then reclaims', () => {
    expect(sweepDecision(p, at(12), DEFAULT_SETTINGS)).toMatchObject({ kind: 'WARN', daysBefore: 3 });
    const after3 = markWarned(p, 3, DEFAULT_SETTINGS, potential);
    expect(after3.nextCheckAt).toBe(addDays(t0, 14));
    expect(sweepDecision(after3, at(13), DEFAULT_SETTINGS)).toEqual({ kind: 'NOT_DUE' });
    expect(sweepDecision(after3, at(14), DEFAULT_SETTINGS)).toMatchObject({ kind: 'WARN', daysBefore: 1 });
    const after1 = markWarned(after3, 1, DEFAULT_SETTINGS, potential);
    expect(after1.nextCheckAt).toBe(addDays(t0, 15));
    expect(sweepDecision(after1, at(15), DEFAULT_SETTINGS)).toMatchObject({ kind: 'RECLAIM' });
  });

  it('sends only the most urgent warning when the sweep was late, never both', () => {
    const decision = sweepDecision(p, at(14.5), DEFAULT_SETTINGS);
    expect(decision).toMatchObject({ kind: 'WARN', daysBefore: 1 });
    const warned = markWarned(p, 1, DEFAULT_SETTINGS, potential);
    expect(warned.warnedDays.sort()).toEqual([1, 3]);
  });

  it('a new deadline resets the warnings already sent', () => {
    const warned = markWarned(p, 3, DEFAULT_SETTINGS, potential);
    const refreshed = recomputeProtection(potential, { ...warned, lastValidFollowUpAt: addDays(t0, 13) }, DEFAULT_SETTINGS);
    expect(refreshed.deadline).toBe(addDays(t0, 28));
    expect(refreshed.nextCheckAt).toBe(addDays(t0, 25));
  });
});
