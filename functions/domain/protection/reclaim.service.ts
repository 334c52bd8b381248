import type { Customer } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import type { Repositories } from '../../store/repositories';
import type { Write } from '../../store/transactions';
import { noticeWrites, REMINDER_SYSTEM_ACTOR } from '../reminders/reminder-occurrence.service';
import type { MessageDraft } from '../reminders/reminder.types';
import type { User } from '../users/user.types';
import { DEFAULT_POOL_ID, type Pool } from '../pools/pool.types';
import { CrmError } from '../shared/errors';
import { SYSTEM_ACTOR_ID } from './ownership.types';
import { toPoolWrites } from './pool.service';
import { managerWarningText, reclaimedText, reclaimReasonText, reclaimWarningText } from './protection.messages';
import { markWarned, recomputeProtection, sweepDecision, warningRecipients } from './protection.rules';

export interface ExpiryDeps {
  repos: Repositories;
  settings: CompanySettings;
  /** The company's pools, read once per sweep run. */
  pools: Map<string, Pool>;
  /** The nearest managers above a department path (cached per run). */
  managersOf: (departmentPath: string) => Promise<User[]>;
}

export type DueOutcome = 'RECLAIMED' | 'WARNED' | 'SKIPPED';

/**
 * One customer found due by the expiry sweep. The write is conditional on the version the sweep
 * read, so a follow-up logged a second earlier (or an overlapping sweep) wins and this is skipped.
 */
export async function processDueCustomer(deps: ExpiryDeps, stored: Customer, now: Date): Promise<DueOutcome> {
  const { repos, settings } = deps;
  const ownerId = stored.ownerId;
  if (!ownerId || !stored.protection) return 'SKIPPED';
  // Rule numbers may have changed since the deadline was stored: decide on today's settings.
  const customer: Customer = { ...stored, protection: recomputeProtection(stored, stored.protection, settings) };
  const decision = sweepDecision(customer.protection, now, settings);
  const nowIso = now.toISOString();
  try {
    if (decision.kind === 'NOT_DUE') {
      if (customer.protection?.nextCheckAt !== stored.protection.nextCheckAt) {
        await repos.commit([repos.customers.putIfVersion({ ...customer, version: stored.version + 1 }, stored.version)]);
      }
      return 'SKIPPED';
    }
    if (decision.kind === 'RECLAIM') {
      const reason = customer.protection!.deadlineReason ?? 'NO_VALID_FOLLOW_UP';
      const target = reclaimTarget(deps, customer);
      await repos.commit([
        ...(await toPoolWrites(deps, customer, nowIso, target, { action: 'RECLAIM', actorId: SYSTEM_ACTOR_ID, reason: reclaimReasonText(reason) })),
        ...(await notice(deps, now, { occurrenceKey: `reclaimed#${customer.id}#${decision.deadline}`, kind: 'NOTICE', userId: ownerId, subject: '客户已回收公海', text: reclaimedText(customer, reason, settings) })),
      ]);
      return 'RECLAIMED';
    }
    const next: Customer = { ...customer, protection: markWarned(customer.protection!, decision.daysBefore, settings, customer), version: customer.version + 1 };
    const noticeId = `warn#${customer.id}#${decision.deadline}#${decision.daysBefore}`;
    const recipients = warningRecipients(customer.protection!, decision.daysBefore, settings);
    const drafts: MessageDraft[] = [];
    const subject = '客户即将回收公海';
    if (recipients.owner) drafts.push({ occurrenceKey: noticeId, kind: 'PROTECTION_WARNING', userId: ownerId, subject, text: reclaimWarningText(customer, decision.daysBefore, settings) });
    if (recipients.managers) {
      const owner = await repos.users.get(ownerId);
      for (const manager of await deps.managersOf(customer.ownerDeptPath ?? '/')) {
        const text = managerWarningText(customer, owner?.name ?? '', decision.daysBefore, settings);
        drafts.push({ occurrenceKey: `${noticeId}#mgr#${manager.id}`, kind: 'PROTECTION_WARNING', userId: manager.id, subject, text });
      }
    }
    const deliveries = (await Promise.all(drafts.map((d) => notice(deps, now, d)))).flat();
    await repos.commit([repos.customers.putIfVersion(next, customer.version), repos.protection.putNoticeOnce(noticeId, nowIso), ...deliveries]);
    return 'WARNED';
  } catch (error) {
    // Lost the race to a newer write (follow-up, claim, other sweep): nothing to do now.
    if (error instanceof CrmError && error.code === 'CONFLICT') return 'SKIPPED';
    throw error;
  }
}

/** A reclaim goes to the pool the home pool's rule names, else back to the home pool. */
function reclaimTarget(deps: ExpiryDeps, customer: Customer): Pool {
  const home = deps.pools.get(customer.poolId ?? DEFAULT_POOL_ID) ?? deps.pools.get(DEFAULT_POOL_ID)!;
  return (home.reclaimRules.targetPoolId && deps.pools.get(home.reclaimRules.targetPoolId)) || home;
}

/**
 * Notices are queued in the same transaction as the change they announce, through the reminder
 * pipeline (per-user channels and quiet hours, rate limit, retries, failure records): the reminder
 * sweep delivers them within a minute, exactly once.
 */
function notice(deps: ExpiryDeps, now: Date, draft: MessageDraft): Promise<Write[]> {
  return noticeWrites({ actor: REMINDER_SYSTEM_ACTOR, clock: { now: () => now }, settings: deps.settings, repos: deps.repos }, draft);
}
