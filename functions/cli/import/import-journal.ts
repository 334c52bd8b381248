import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

export type JournalOutcome = 'created' | 'already' | 'rejected';

/** One finished row of one version of the file (its SHA-256): the checkpoint is the set of these. */
export interface JournalEntry {
  hash: string;
  row: number;
  outcome: JournalOutcome;
  code?: string;
  pool?: boolean;
  reason?: string;
  /** Rejected rows keep their cells, so the rejects file can be rebuilt after a crash. */
  cells?: string[];
}

interface SessionLine {
  session: { hash: string; startedAt: string; importerId: string };
}

/**
 * The checkpoint next to the input (`<file>.checkpoint.jsonl`): a session line per run, then one
 * line per finished row, appended as each row finishes. A killed import loses at most the rows in
 * flight, and those are recognised on the next run (their names are already taken by this import).
 */
export class ImportJournal {
  private readonly fd: number;
  readonly done = new Map<number, JournalEntry>();
  /** When this file's first run started (any version of it): the import's own customers are created after it. */
  readonly firstStartedAt: string;

  constructor(
    readonly path: string,
    readonly hash: string,
    importerId: string,
    now: string,
  ) {
    let first: string | undefined;
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let parsed: JournalEntry | SessionLine;
        try {
          parsed = JSON.parse(line) as JournalEntry | SessionLine;
        } catch {
          continue; // a line cut short by a crash
        }
        if ('session' in parsed) {
          if (parsed.session.importerId === importerId && (!first || parsed.session.startedAt < first)) first = parsed.session.startedAt;
        } else if (parsed.hash === hash) this.done.set(parsed.row, parsed);
      }
    }
    this.firstStartedAt = first ?? now;
    this.fd = openSync(path, 'a');
    this.write({ session: { hash, startedAt: now, importerId } });
  }

  record(entry: Omit<JournalEntry, 'hash'>): void {
    const full = { hash: this.hash, ...entry };
    this.done.set(entry.row, full);
    this.write(full);
  }

  private write(line: JournalEntry | SessionLine): void {
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}
