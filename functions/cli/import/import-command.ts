import { parseArgs } from 'node:util';
import { openTarget, takeTargetOptions } from '../crm-target';
import { runImport } from './import-runner';
import { systemClock } from '../../domain/shared/clock';
import type { OwnerLookup } from '../../domain/import/import.rules';

const USAGE = `npm run import -- <file.xlsx|file.csv> [--dry-run] [--mapping m.json] [--owner-by email|name] [--as <admin e-mail>] [--concurrency 4]
  target: --local (default: the npm start stack) or --aws --company <id> [--region <r>]
  Rows without an owner (归属人) go to the public pool. Rejected rows are written to <file>.rejects.csv;
  progress is checkpointed in <file>.checkpoint.jsonl, so running the same command again resumes (and never creates a row twice).`;

/** The command line of `npm run import`; returns the exit code (1 when interrupted: run it again to resume). */
export async function importCommand(argv: string[]): Promise<number> {
  const { target: targetOptions, rest } = takeTargetOptions(argv);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      mapping: { type: 'string' },
      'owner-by': { type: 'string' },
      as: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const ownerBy = values['owner-by'] ?? 'auto';
  if (!['email', 'name', 'auto'].includes(ownerBy)) throw new Error('--owner-by must be email or name');

  const target = await openTarget(targetOptions);
  const stopSignal = { stopped: false };
  process.on('SIGINT', () => {
    stopSignal.stopped = true;
    console.error('\n正在停止，已开始的行会写完 / stopping after the rows in flight…');
  });
  try {
    const admins = (await target.repos.users.listByPath(undefined)).filter((u) => u.role === 'ADMIN' && u.active);
    const admin = values.as ? admins.find((u) => u.email === values.as!.trim().toLowerCase()) : admins[0];
    if (!admin) throw new Error(values.as ? `No active admin with e-mail ${values.as}` : 'No admin yet: run `npx crm-admin bootstrap --email <e-mail>` first');
    const ctx = { actor: admin, clock: systemClock, settings: await target.repos.settings.get(), repos: target.repos };
    const summary = await runImport(
      {
        file,
        mappingFile: values.mapping,
        ownerLookup: ownerBy as OwnerLookup,
        dryRun: values['dry-run'],
        concurrency: values.concurrency ? Number(values.concurrency) : undefined,
      },
      { ctx, stopSignal },
    );
    if (summary.ignoredColumns.length) console.log(`未导入的列 / ignored columns: ${summary.ignoredColumns.join(', ')}`);
    console.log(
      [
        `${values['dry-run'] ? '试运行 / dry run' : '导入 / import'}: ${summary.total} rows in ${summary.seconds.toFixed(1)} s (${summary.rowsPerSecond.toFixed(1)} rows/s)`,
        values['dry-run']
          ? `  可导入 / would create: ${summary.valid}`
          : `  新建 / created: ${summary.created} (公海 / to the pool: ${summary.pool})`,
        `  已导入 / already imported: ${summary.already}`,
        `  拒绝 / rejected: ${summary.rejected}${summary.rejected ? ` → ${summary.rejectsFile}` : ''}`,
        summary.resumed === summary.total && summary.total > 0
          ? '  此文件已全部处理过，本次未新建任何客户 / every row was done by an earlier run: nothing new was created'
          : summary.resumed
            ? `  续传 / resumed: ${summary.resumed} rows were done by an earlier run`
            : '',
        summary.interrupted ? '  未完成 / interrupted: run the same command again to resume' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return summary.interrupted ? 1 : 0;
  } finally {
    await target.close();
  }
}
