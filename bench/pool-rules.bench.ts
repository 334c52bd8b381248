import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { updatePool } from '../functions/domain/pools/pool-admin.service';
import { DEFAULT_POOL_ID } from '../functions/domain/pools/pool.types';
import { DAY_MS } from '../functions/domain/shared/clock';
import { measureDynamoCalls } from '../functions/store/instrumentation';
import { batchPut, itemOf } from './batch-write';
import { createBenchRuntime, BENCH_SETTINGS } from './runtime';
import { seedOrg, seededCustomer } from './seed';

/**
 * A pool rule change at scale (issue 11): N owned customers in the default pool, of which M are
 * value grade A; the admin gives grade A a 30-day freshness period. The recompute must read and
 * write the M affected customers, not the N.
 *
 * `npx tsx bench/pool-rules.bench.ts [--customers 100000] [--affected 10000] [--reps 20] [--out bench/pool-rules-results.json]`
 */
const T0 = new Date('2026-03-02T01:00:00.000Z');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '100000' },
      affected: { type: 'string', default: '10000' },
      reps: { type: 'string', default: '20' },
      out: { type: 'string', default: 'bench/pool-rules-results.json' },
    },
  });
  const total = Number(values.customers);
  const affected = Number(values.affected);
  const dynamo = await startDynamoDbLocal();
  try {
    const runtime = await createBenchRuntime(dynamo.endpoint, 'crm-bench-pool-rules', T0);
    const org = await seedOrg(runtime, BENCH_SETTINGS, Number(values.reps));
    const seedStarted = Date.now();
    for (let from = 0; from < total; from += 5_000) {
      const batch = [];
      for (let i = from; i < Math.min(total, from + 5_000); i++) {
        const created = new Date(T0.getTime() - ((i * 7919) % (10 * DAY_MS)));
        const customer = seededCustomer(i, org.reps[i % org.reps.length]!, created, BENCH_SETTINGS);
        batch.push(itemOf(runtime.repos.customers.putNew(i < affected ? { ...customer, valueGrade: 'A' } : customer)));
      }
      await batchPut(runtime.repos.store, batch);
    }
    console.log(`seeded ${total} owned customers (${affected} grade A) in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
    const admin = { actor: org.admin, clock: runtime.clock, settings: BENCH_SETTINGS, repos: runtime.repos };
    const started = performance.now();
    const { result, calls } = await measureDynamoCalls(() =>
      updatePool(
        admin,
        DEFAULT_POOL_ID,
        { name: '公共客户池', everyone: true, memberDepartmentIds: [], memberUserIds: [], adminIds: [], claimRules: { cooldownDays: 3, holdHours: 0 }, reclaimRules: { followUpDaysByGrade: { A: 30 } } },
        0,
      ),
    );
    const ms = performance.now() - started;
    const count = (command: string) => calls.filter((c) => c.command === command).length;
    const figures = {
      customers: total,
      affected,
      recomputed: result.recomputed,
      queries: count('QueryCommand'),
      transactions: count('TransactWriteItemsCommand'),
      readUnits: calls.reduce((s, c) => s + c.readUnits, 0),
      writeUnits: calls.reduce((s, c) => s + c.writeUnits, 0),
      seconds: Number((ms / 1000).toFixed(1)),
    };
    console.table([figures]);
    writeFileSync(values.out!, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
