import { activityIndexKeys, indexKeys } from './keys';

/**
 * DUE-index attributes of anything the reminder sweep sends (tasks, important dates, digests,
 * deliveries). The day bucket is never earlier than the writer's `now`, so the sweep — which
 * reads buckets from yesterday on (or from its watermark) — always finds an item scheduled in the past.
 */
export function reminderDueKeys(at: string, id: string, now: string): { duePk: string; dueSk: string } {
  const bucketAt = at > now ? at : now;
  return { duePk: indexKeys.dueBucket(activityIndexKeys.reminderDueKind, bucketAt), dueSk: indexKeys.dueSort(at, id) };
}

export const epochSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
