import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Context } from 'aws-lambda';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createApiHandler } from '../functions/api/lambda';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { newId } from '../functions/domain/shared/ids';
import type { Opportunity, OpportunityStatus } from '../functions/domain/pipeline/opportunity.types';
import { opportunityCounterDeltas } from '../functions/domain/pipeline/pipeline-counters.rules';
import { DEFAULT_SALES_SETTINGS } from '../functions/domain/pipeline/sales-settings.types';
import { measureDynamoCalls } from '../functions/store/instrumentation';
import { opportunityItem } from '../functions/store/opportunity.repository';
import { salesIndexKeys } from '../functions/store/keys';
import { INDEXES } from '../functions/store/table';
import { batchPut } from './batch-write';
import { apiEvent } from './events';
import { createBenchRuntime, BENCH_SETTINGS, type BenchRuntime } from './runtime';
import { seedOrg, type Org } from './seed';
import { median, percentile, sum } from './stats';

/**
 * The funnel at scale: 20,000 opportunities spread over the reps, stages, months and outcomes, then
 * the funnel and forecast queries through the real Lambda handler as admin (company), manager
 * (department) and rep. Their reads must follow reps × stages, not deals; for contrast, one Query
 * that reads every deal is measured too.
 *
 * `npx tsx bench/funnel.bench.ts [--opportunities 20000] [--reps 20] [--iterations 30] [--out bench/funnel-results.json]`
 * (also part of `npm run bench`).
 */
const T0 = new Date('2026-03-02T01:00:00.000Z');
const STATUSES: OpportunityStatus[] = ['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'WON', 'WON', 'LOST'];

export interface FunnelBenchOptions {
  opportunities: number;
  reps: number;
  iterations: number;
}

export interface FunnelQueryResult {
  query: string;
  caller: string;
  requests: number;
  medianMs: number;
  p95Ms: number;
  dynamoCallsPerRequest: number;
  readUnitsPerRequest: number;
  itemsRead: string;
}

export interface FunnelBenchResult {
  opportunities: number;
  reps: number;
  counterItems: number;
  seedSeconds: number;
  queries: FunnelQueryResult[];
  readEveryDeal: { readUnits: number; ms: number; pages: number };
  funnelMatchesSeed: boolean;
}

function seededDeal(i: number, owner: { id: string; departmentPath: string }): Opportunity {
  const stages = DEFAULT_SALES_SETTINGS.stages;
  const stage = stages[(i * 7) % stages.length]!;
  const status = STATUSES[i % STATUSES.length]!;
  const created = new Date(T0.getTime() - ((i % 90) + 1) * 86_400_000).toISOString();
  const month = String(3 + (i % 6)).padStart(2, '0');
  return {
    id: newId(new Date(created)),
    customerId: `BENCHCUST${i % 4000}`,
    title: `压测商机${i}`,
    productIds: [],
    expectedAmount: 1_000_000 + (i % 97) * 10_000,
    currency: 'CNY',
    expectedCloseDate: `2026-${month}-15`,
    ownerId: owner.id,
    ownerDeptPath: owner.departmentPath,
    status,
    stageId: stage.id,
    stageEnteredAt: created,
    reachedStageIds: stages.filter((s) => s.order <= stage.order).map((s) => s.id),
    stageHistory: [{ stageId: stage.id, enteredAt: created, by: owner.id }],
    ...(status === 'OPEN' ? {} : { closedAt: created, closeReason: status === 'WON' ? '签约' : '价格' }),
    createdAt: created,
    createdBy: owner.id,
    updatedAt: created,
    version: 1,
  };
}

/** Deals as items (bulk), counters through the repository's own ADD updates (the code the API uses). */
async function seedDeals(runtime: BenchRuntime, org: Org, count: number) {
  const deals = Array.from({ length: count }, (_, i) => seededDeal(i, org.reps[i % org.reps.length]!));
  await batchPut(runtime.repos.store, deals.map(opportunityItem));
  const writes = runtime.repos.salesCounters.writes(opportunityCounterDeltas(deals.map((after) => ({ after })), BENCH_SETTINGS.timeZone));
  for (let i = 0; i < writes.length; i += 25) await runtime.repos.commit(writes.slice(i, i + 25));
  return { deals, counterItems: writes.length };
}

async function readEveryDeal(runtime: BenchRuntime) {
  let pages = 0;
  const { calls } = await measureDynamoCalls(async () => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await runtime.repos.store.doc.send(
        new QueryCommand({
          TableName: runtime.tableName,
          IndexName: INDEXES.byDepartment.name,
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': salesIndexKeys.allOpportunities },
          ExclusiveStartKey: startKey,
        }),
      );
      pages++;
      startKey = out.LastEvaluatedKey;
    } while (startKey);
  });
  return { readUnits: sum(calls.map((c) => c.readUnits)), ms: Math.round(sum(calls.map((c) => c.ms))), pages };
}

export async function benchFunnel(endpoint: string, options: FunnelBenchOptions, log: (line: string) => void = console.log): Promise<FunnelBenchResult> {
  const runtime = await createBenchRuntime(endpoint, 'crm-bench-funnel', T0);
  const org = await seedOrg(runtime, BENCH_SETTINGS, options.reps);
  const started = performance.now();
  const { deals, counterItems } = await seedDeals(runtime, org, options.opportunities);
  const seedSeconds = (performance.now() - started) / 1000;
  log(`funnel data set: ${options.opportunities} opportunities over ${options.reps} reps, ${counterItems} counter items, seeded in ${seedSeconds.toFixed(1)} s`);

  const handler = createApiHandler(runtime);
  const call = async (userId: string, query: string) => {
    const out = (await handler(apiEvent(JSON.stringify({ query }), userId), {} as Context, () => undefined)) as { body: string };
    const body = JSON.parse(out.body) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const FUNNEL = '{ funnel { openCount openAmount weightedAmount winRate won { count amount } stages { stage { name } count amount reached conversionFromPrevious } } }';
  const FORECAST = '{ forecast(from: "2026-03", to: "2026-08") { total { forecastAmount } byMonth { month figures { forecastAmount } } byRep { owner { name } figures { forecastAmount } } } }';
  const callers = [
    { caller: 'admin (company)', user: org.admin, items: `${options.reps} reps × 10 buckets` },
    { caller: 'manager (department)', user: org.managers[0]!, items: 'department reps × 10 buckets' },
    { caller: 'rep (own)', user: org.reps[0]!, items: '10 buckets' },
  ];
  const queries: FunnelQueryResult[] = [];
  for (const [name, document] of [
    ['funnel', FUNNEL],
    ['forecast (6 months)', FORECAST],
  ] as const) {
    for (const { caller, user, items } of callers) {
      await call(user.id, document);
      const ms: number[] = [];
      const callsPer: number[] = [];
      const units: number[] = [];
      for (let i = 0; i < options.iterations; i++) {
        const t = performance.now();
        const { calls } = await measureDynamoCalls(() => call(user.id, document));
        ms.push(performance.now() - t);
        callsPer.push(calls.length);
        units.push(sum(calls.map((c) => c.readUnits)));
      }
      queries.push({
        query: name,
        caller,
        requests: options.iterations,
        medianMs: Math.round(median(ms) * 10) / 10,
        p95Ms: Math.round(percentile(ms, 95) * 10) / 10,
        dynamoCallsPerRequest: median(callsPer),
        readUnitsPerRequest: median(units),
        itemsRead: name === 'funnel' ? items : `${items} × 6 months`,
      });
    }
  }
  const funnel = (await call(org.admin.id, FUNNEL)).funnel as { openCount: number; won: { count: number } };
  const funnelMatchesSeed = funnel.openCount === deals.filter((d) => d.status === 'OPEN').length && funnel.won.count === deals.filter((d) => d.status === 'WON').length;
  const everyDeal = await readEveryDeal(runtime);
  return { opportunities: options.opportunities, reps: options.reps, counterItems, seedSeconds, queries, readEveryDeal: everyDeal, funnelMatchesSeed };
}

export function renderFunnelReport(r: FunnelBenchResult): string {
  const lines = [
    `\nFunnel and forecast over ${r.opportunities} opportunities (${r.reps} reps, ${r.counterItems} counter items); counts match the seed: ${r.funnelMatchesSeed ? 'yes' : 'NO'}`,
    '| query | caller | median ms | p95 ms | DynamoDB calls | read units | reads what |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...r.queries.map((q) => `| ${q.query} | ${q.caller} | ${q.medianMs} | ${q.p95Ms} | ${q.dynamoCallsPerRequest} | ${q.readUnitsPerRequest} | ${q.itemsRead} |`),
    `For contrast, reading every opportunity once: ${r.readEveryDeal.readUnits} read units in ${r.readEveryDeal.pages} pages, ${r.readEveryDeal.ms} ms of DynamoDB time.`,
  ];
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { opportunities: { type: 'string' }, reps: { type: 'string' }, iterations: { type: 'string' }, out: { type: 'string' } },
  });
  const options = { opportunities: Number(values.opportunities ?? 20_000), reps: Number(values.reps ?? 20), iterations: Number(values.iterations ?? 30) };
  const dynamo = await startDynamoDbLocal();
  try {
    const result = await benchFunnel(dynamo.endpoint, options);
    console.log(renderFunnelReport(result));
    const out = values.out ?? 'bench/funnel-results.json';
    writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), options, ...result }, null, 2)}\n`);
    console.log(`written to ${out}`);
  } finally {
    await dynamo.stop();
  }
}

if (process.argv[1]?.endsWith('funnel.bench.ts')) await main();
