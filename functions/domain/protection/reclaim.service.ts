import type { Customer } from '../customers/customer.types';
import type { CompanySettings } from '../settings/settings.types';
import type { Repositories } from '../../store/repositories';
import type { Notifier } from '../../notify/notifier';
import { CrmError } from '../shared/errors';
import { SYSTEM_ACTOR_ID } from './ownership.types';
import { toPoolWrites } from './pool.service';
import { reclaimedText, reclaimReasonText, reclaimWarningText } from './protection.messages';
import { markWarned, recomputeProtection, sweepDecision } from './protection.rules';

export interface ExpiryDeps {
  repos: Repositories;
  settings: CompanySettings;
  notifier: Notifier;
}

export type DueOutcome = 'RECLAIMED' | 'WARNED' | 'SKIPPED';

/**
 * One customer found due by the expiry sweep. The write is conditional on the version the sweep
 * read, so a follow-up logged a second earlier (or an overlapping sweep) wins and this is skipped.
 */
export async function processDueCustomer(deps: ExpiryDeps, stored: Customer, now: Date): Promise<DueOutcome> {
  const { repos, settings } = deps;
  if (!stored.ownerId || !stored.protection) return 'SKIPPED';
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
      await repos.commit(await toPoolWrites(deps, customer, nowIso, { action: 'RECLAIM', actorId: SYSTEM_ACTOR_ID, reason: reclaimReasonText(reason) }));
      await notifyOwner(deps, customer, `reclaimed#${customer.id}#${decision.deadline}`, 'PROTECTION_RECLAIMED', reclaimedText(customer, reason, settings), nowIso);
      return 'RECLAIMED';
    }
    const next: Customer = { ...customer, protection: markWarned(customer.protection!, decision.daysBefore, settings, customer), version: customer.version + 1 };
    const noticeId = `warn#${customer.id}#${decision.deadline}#${decision.daysBefore}`;
    await repos.commit([repos.customers.putIfVersion(next, customer.version), repos.protection.putNoticeOnce(noticeId, nowIso)]);
    await notifyOwner(deps, customer, noticeId, 'PROTECTION_WARNING', reclaimWarningText(customer, decision.daysBefore, settings), nowIso);
    return 'WARNED';
  } catch (error) {
    // Lost the race to a newer write (follow-up, claim, other sweep): nothing to do now.
    if (error instanceof CrmError && error.code === 'CONFLICT') return 'SKIPPED';
    throw error;
  }
}

/** Sent after the marker committed, so a retry never repeats it; SMS when the rep has a mobile, else e-mail. */
async function notifyOwner(deps: ExpiryDeps, customer: Customer, id: string, kind: string, text: string, at: string): Promise<void> {
  const owner = await deps.repos.users.get(customer.ownerId!);
  if (!owner?.active) return;
  const channel = owner.phone ? 'SMS' : 'EMAIL';
  // The customer change is committed; a failed delivery must not undo or repeat it (the notifier records failures).
  await deps.notifier.send({ id, userId: owner.id, channel, to: owner.phone ?? owner.email, text, kind, at, subject: kind === 'PROTECTION_WARNING' ? '客户即将回收公海' : '客户已回收公海' }).catch((error: unknown) => {
    console.error(JSON.stringify({ message: 'protection notice not delivered', id, error: String(error) }));
  });
}
