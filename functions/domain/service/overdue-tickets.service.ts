import type { Notifier } from '../../notify/notifier';
import type { PageKey } from '../../store/cursor';
import { fromItem } from '../../store/item-codec';
import { reportIndexKeys } from '../../store/keys';
import type { Repositories } from '../../store/repositories';
import { awaitsOverdueCheck } from '../../store/service-ticket.repository';
import { DAY_MS } from '../shared/clock';
import type { ServiceTicket } from './service-ticket.types';
import { overdueMessages, sendAll, serviceManagers } from './ticket-notifications';
import type { User } from '../users/user.types';

export interface OverdueTicketsResult {
  /** DUE-bucket Queries made. */
  queries: number;
  flagged: number;
  messages: number;
  /** Answered, flagged by an overlapping run, or changed since read. */
  skipped: number;
}

const KIND = reportIndexKeys.ticketDueKind;
const FIRST_RUN_LOOKBACK_DAYS = 30;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * For the reminder sweep: tickets past their response deadline without a first response are flagged
 * (responseOverdue) and their assignee — or, when unassigned, the service manager — reminded by SMS
 * and e-mail. Reads only the DUE buckets of kind TICKET from the watermark to today. The flag is a
 * conditional write that also drops the ticket from the DUE index, so overlapping runs remind once.
 */
export async function remindOverdueTickets(
  runtime: { repos: Repositories; notifier: Notifier },
  now: Date,
): Promise<OverdueTicketsResult> {
  const { repos } = runtime;
  const result: OverdueTicketsResult = { queries: 0, flagged: 0, messages: 0, skipped: 0 };
  const settings = await repos.settings.get();
  const nowIso = now.toISOString();
  const today = dayOf(now.getTime());
  const start = (await repos.dueQueue.watermark(KIND)) ?? dayOf(now.getTime() - FIRST_RUN_LOOKBACK_DAYS * DAY_MS);
  let managers: User[] | undefined;
  for (let t = Date.parse(`${start}T00:00:00Z`); dayOf(t) <= today; t += DAY_MS) {
    let startKey: PageKey | undefined;
    do {
      const page = await repos.dueQueue.page(KIND, dayOf(t), nowIso, 100, startKey);
      result.queries++;
      for (const item of page.items) {
        const ticket = fromItem<ServiceTicket>(item);
        if (!awaitsOverdueCheck(ticket) || ticket.responseDueAt > nowIso) {
          result.skipped++;
          continue;
        }
        try {
          const flagged: ServiceTicket = {
            ...ticket,
            overdueFlaggedAt: nowIso,
            steps: [...ticket.steps, { at: nowIso, by: 'system', action: 'OVERDUE' }],
            updatedAt: nowIso,
            version: ticket.version + 1,
          };
          await repos.commit([repos.serviceTickets.put(flagged, ticket.version)]);
          result.flagged++;
          const assignee = ticket.assigneeId ? await repos.users.get(ticket.assigneeId) : undefined;
          const recipients = assignee?.active ? [assignee] : (managers ??= await serviceManagers(repos));
          result.messages += await sendAll(runtime.notifier, overdueMessages(flagged, recipients, settings.timeZone, nowIso));
        } catch (error) {
          result.skipped++;
          console.error('overdue ticket not flagged', ticket.id, error);
        }
      }
      startKey = page.nextKey;
    } while (startKey);
  }
  // Buckets before yesterday can hold nothing new (deadlines already past land in today's bucket).
  await repos.dueQueue.advanceWatermark(KIND, dayOf(now.getTime() - DAY_MS));
  return result;
}
