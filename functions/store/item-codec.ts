/** Storage attributes that are not part of a domain record. */
const STORAGE_ATTRIBUTES = new Set([
  'PK', 'SK', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'duePk', 'dueSk', 'expiresAt',
]);

export function fromItem<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!STORAGE_ATTRIBUTES.has(name)) record[name] = value;
  return record as T;
}
