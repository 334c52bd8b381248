/**
 * Counts DynamoDB calls, their time and consumed capacity for whoever listens (the bench, tests).
 * Costs nothing when nobody listens.
 */
export interface DynamoCall {
  command: string;
  ms: number;
  readUnits: number;
  writeUnits: number;
  /** performance.now() when the response arrived: with `ms`, the call's interval (the bench measures overlap from it). */
  endedAt: number;
}

type Listener = (call: DynamoCall) => void;
const listeners = new Set<Listener>();

export function onDynamoCall(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

const WRITE_COMMANDS = /Put|Update|Delete|TransactWrite|BatchWrite/;

/** TOTAL capacity comes back as CapacityUnits only; the command tells whether it was read or write. */
function sumCapacity(command: string, consumed: unknown): { readUnits: number; writeUnits: number } {
  const list = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as Capacity[];
  let readUnits = 0;
  let writeUnits = 0;
  for (const c of list) {
    readUnits += c.ReadCapacityUnits ?? 0;
    writeUnits += c.WriteCapacityUnits ?? 0;
    if (c.ReadCapacityUnits === undefined && c.WriteCapacityUnits === undefined) {
      if (WRITE_COMMANDS.test(command)) writeUnits += c.CapacityUnits ?? 0;
      else readUnits += c.CapacityUnits ?? 0;
    }
  }
  return { readUnits, writeUnits };
}

export function recordDynamoCall(command: string, ms: number, consumed: unknown): void {
  if (listeners.size === 0) return;
  const call = { command, ms, endedAt: performance.now(), ...sumCapacity(command, consumed) };
  for (const listener of listeners) listener(call);
}

/** Collects the calls made while `work` runs (used by tests asserting round trips and by the bench). */
export async function measureDynamoCalls<T>(work: () => Promise<T>): Promise<{ result: T; calls: DynamoCall[] }> {
  const calls: DynamoCall[] = [];
  const stop = onDynamoCall((c) => calls.push(c));
  try {
    return { result: await work(), calls };
  } finally {
    stop();
  }
}
