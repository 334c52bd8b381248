/** One written item inside an audited transaction. */
export interface AuditChange {
  op: 'Put' | 'Update' | 'Delete';
  pk: string;
  sk: string;
  entity?: string;
  /** Put: the record as written (storage keys and index attributes left out); Update: expression and values. JSON. */
  detail?: string;
  /** The detail was cut to keep the entry small. */
  truncated?: boolean;
}

/** An append-only record of one write to the company's table: who, when, through what, what changed. */
export interface AuditEntry {
  id: string;
  at: string;
  /** A user id, `system` (sweeps, stream consumers) or `anonymous`. */
  actorId: string;
  source: 'api' | 'system' | 'restore';
  /** GraphQL root fields of the request (`mutation createCustomer`), when it came through the API. */
  operation?: string;
  changes: AuditChange[];
  /** Items the write touched in all (changes may list fewer when the entry had to be kept small). */
  itemCount: number;
}
