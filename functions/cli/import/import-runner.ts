import { readFileSync } from 'node:fs';
import { MappingFile, planColumns } from '../../domain/import/import.columns';
import { earlierRowsByName, type ImportRow, type OwnerLookup } from '../../domain/import/import.rules';
import { importRow, openImportSession, type RowOutcome } from '../../domain/import/import.service';
import type { ServiceContext } from '../../domain/shared/service-context';
import { fileHash, openRowSource } from './file-rows';
import { ImportJournal } from './import-journal';
import { ProgressBar, type ProgressCounts, type ProgressOutput } from './progress-bar';
import { writeRejectsFile } from './rejects-file';

export interface ImportOptions {
  file: string;
  mappingFile?: string;
  ownerLookup?: OwnerLookup;
  dryRun?: boolean;
  /** Rows in flight at once; customer codes come from one gap-free counter, so a few is enough. */
  concurrency?: number;
  /** Stop after this many rows of this run (tests: a crash midway). */
  stopAfter?: number;
}

export interface ImportSummary extends ProgressCounts {
  total: number;
  /** Rows finished by an earlier run of the same file, skipped now. */
  resumed: number;
  valid: number;
  rejectsFile?: string;
  checkpointFile?: string;
  seconds: number;
  rowsPerSecond: number;
  ignoredColumns: string[];
  interrupted: boolean;
}

export interface ImportDeps {
  /** The importing admin's context (customers are created as them). */
  ctx: ServiceContext;
  progress?: ProgressOutput;
  /** Set to true (e.g. on Ctrl-C) to stop taking new rows; rows in flight finish and are recorded. */
  stopSignal?: { stopped: boolean };
}

const RETRIES = 3;

/** `npm run import`: a spreadsheet through the domain layer, with a checkpoint, a rejects file and a progress bar. */
export async function runImport(options: ImportOptions, deps: ImportDeps): Promise<ImportSummary> {
  const { ctx } = deps;
  const started = performance.now();
  const source = await openRowSource(options.file);
  const mapping = options.mappingFile ? MappingFile.parse(JSON.parse(readFileSync(options.mappingFile, 'utf8'))) : {};
  const columns = planColumns(source.headers, mapping);
  const nameColumn = [...columns.fields].find(([, field]) => field === 'name')![0];

  const names: { rowNumber: number; name: string | undefined }[] = [];
  for await (const row of source.rows()) names.push({ rowNumber: row.rowNumber, name: row.cells[nameColumn] });
  const total = names.length;
  const hash = await fileHash(options.file);
  const now = ctx.clock.now().toISOString();
  const journal = options.dryRun ? undefined : new ImportJournal(`${options.file}.checkpoint.jsonl`, hash, ctx.actor.id, now);
  const session = await openImportSession(ctx, {
    columns,
    ownerLookup: options.ownerLookup ?? 'auto',
    duplicatesInFile: earlierRowsByName(names),
    startedAt: journal?.firstStartedAt ?? now,
    dryRun: options.dryRun ?? false,
  });

  const counts: ProgressCounts = { created: 0, pool: 0, already: 0, rejected: 0 };
  let valid = 0;
  const rejected: { row: number; reason: string; cells: string[] }[] = [];
  for (const entry of journal?.done.values() ?? []) {
    if (entry.outcome === 'created') counts.created++;
    if (entry.outcome === 'created' && entry.pool) counts.pool++;
    if (entry.outcome === 'already') counts.already++;
    if (entry.outcome === 'rejected') {
      counts.rejected++;
      rejected.push({ row: entry.row, reason: entry.reason ?? '', cells: entry.cells ?? [] });
    }
  }
  const resumed = journal?.done.size ?? 0;
  const bar = new ProgressBar(total, resumed, deps.progress ?? process.stderr);
  let done = resumed;
  let thisRun = 0;
  let interrupted = false;
  let failure: unknown;

  const record = (row: ImportRow, outcome: RowOutcome) => {
    done++;
    if (outcome.kind === 'valid') valid++;
    if (outcome.kind === 'created') {
      counts.created++;
      if (!outcome.ownerName) counts.pool++;
      journal?.record({ row: row.rowNumber, outcome: 'created', code: outcome.code, pool: !outcome.ownerName });
    }
    if (outcome.kind === 'already') {
      counts.already++;
      journal?.record({ row: row.rowNumber, outcome: 'already', code: outcome.code });
    }
    if (outcome.kind === 'rejected') {
      counts.rejected++;
      rejected.push({ row: row.rowNumber, reason: outcome.reason, cells: row.cells });
      journal?.record({ row: row.rowNumber, outcome: 'rejected', reason: outcome.reason, cells: row.cells });
    }
    bar.update(done, counts);
  };

  const pending = source.rows()[Symbol.asyncIterator]();
  let reading = Promise.resolve();
  /** Rows are handed out one at a time so concurrent workers never read the file at once. */
  const nextRow = async (): Promise<ImportRow | undefined> => {
    const turn = reading.then(async () => {
      for (;;) {
        if (failure || deps.stopSignal?.stopped || (options.stopAfter !== undefined && thisRun >= options.stopAfter)) return undefined;
        const next = await pending.next();
        if (next.done) return undefined;
        if (journal?.done.has(next.value.rowNumber)) continue;
        thisRun++;
        return next.value;
      }
    });
    reading = turn.then(() => undefined);
    return turn;
  };

  const worker = async () => {
    for (let row = await nextRow(); row; row = await nextRow()) {
      try {
        record(row, await importRowWithRetries(ctx, session, row));
      } catch (error) {
        // The other workers finish the rows they hold and take no more; the checkpoint keeps all of it.
        failure ??= error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  } finally {
    journal?.close();
    interrupted = done < total;
    bar.finish(done, counts);
  }
  if (failure) throw failure;

  const rejectsFile = `${options.file}${options.dryRun ? '.dry-run' : ''}.rejects.csv`;
  writeRejectsFile(rejectsFile, source.headers, rejected);
  const seconds = (performance.now() - started) / 1000;
  return {
    ...counts,
    total,
    resumed,
    valid,
    rejectsFile,
    checkpointFile: journal?.path,
    seconds,
    rowsPerSecond: seconds > 0 ? thisRun / seconds : 0,
    ignoredColumns: columns.ignored,
    interrupted,
  };
}

/** Throttling and transaction conflicts are retried; a row that still cannot be written stops the run (resume later). */
async function importRowWithRetries(ctx: ServiceContext, session: Parameters<typeof importRow>[1], row: ImportRow): Promise<RowOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await importRow(ctx, session, row);
    } catch (error) {
      if (attempt >= RETRIES) throw new Error(`Row ${row.rowNumber} could not be written (${(error as Error).message}); run the import again to resume`, { cause: error });
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
