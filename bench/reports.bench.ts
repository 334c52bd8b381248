/**
 * Reports over a large company: reads per report and latency through the real API handler.
 *
 *   npx tsx bench/reports.bench.ts [--reps 200] [--customers 100000] [--follow-ups 300000] [--iterations 10] [--out bench/reports-results.json] [--endpoint http://127.0.0.1:8000]
 *
 * Customers and follow-ups are bulk-loaded (BatchWrite) in their stored shapes; their report aggregates
 * are the sum of the stream consumer's contributions (computed in process and loaded as rows, which is
 * what the consumer would have built record by record). The consumer itself is timed on a sample of
 * records applied one by one, as the stream Lambda does. `benchReports(endpoint, options)` runs it from
 * another harness (bench/run.ts) on a running DynamoDB Local.
 */
import { UpdateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApiHandler } from '../functions/api/lambda';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { BUYING_STATUSES, GRADES, LIFECYCLE_STAGES, type Customer } from '../functions/domain/customers/customer.types';
import type { FollowUp } from '../functions/domain/follow-ups/follow-up.types';
import { withDepartmentTotals } from '../functions/domain/reports/aggregate.types';
import { localDay } from '../functions/domain/reports/calendar';
import { DAY_MS } from '../functions/domain/shared/clock';
import { newId } from '../functions/domain/shared/ids';
import type { ServiceContext } from '../functions/domain/shared/service-context';
import { bootstrapCompany } from '../functions/domain/users/bootstrap.service';
import { createDepartment, createUser } from '../functions/domain/users/user.service';
import type { User } from '../functions/domain/users/user.types';
import { aggregateRowItem, mergeDeltas } from '../functions/store/aggregate.repository';
import { customerItem } from '../functions/store/customer-item';
import { measureDynamoCalls } from '../functions/store/instrumentation';
import { contributionsOf, type ContributionEnv } from '../functions/streams/aggregate-contributions';
import { createAggregateConsumer, type ChangeRecord } from '../functions/streams/aggregates.consumer';
import { batchPut, itemOf } from './batch-write';
import { apiEvent } from './events';
import { BENCH_SETTINGS, createBenchRuntime, type BenchRuntime } from './runtime';
import { median, percentile } from './stats';

export interface ReportsBenchOptions {
  reps: number;
  customers: number;
  followUps: number;
  iterations: number;
  consumerSample: number;
}

const T0 = new Date('2026-06-01T01:00:00.000Z');
const HISTORY_DAYS = 90;
const REPS_PER_DEPARTMENT = 20;
const log = (line: string) => console.log(line);

/** Deterministic pseudo-random numbers, so runs are comparable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

async function seedOrg(runtime: BenchRuntime, reps: number) {
  const admin = await bootstrapCompany(runtime.repos, runtime.clock, { companyName: '报表压测公司', adminEmail: 'admin@reports.bench', adminName: '管理员' });
  const ctx: ServiceContext = { actor: admin, clock: runtime.clock, settings: BENCH_SETTINGS, repos: runtime.repos };
  const managers: User[] = [];
  const repUsers: User[] = [];
  for (let d = 0; d * REPS_PER_DEPARTMENT < reps; d++) {
    const department = await createDepartment(ctx, { name: `销售${d + 1}部`, kind: 'DEPARTMENT', parentId: 'root' });
    managers.push(await createUser(ctx, { email: `m${d}@reports.bench`, name: `经理${d + 1}`, role: 'MANAGER', departmentId: department.id }));
    for (let r = d * REPS_PER_DEPARTMENT; r < Math.min(reps, (d + 1) * REPS_PER_DEPARTMENT); r++) {
      repUsers.push(await createUser(ctx, { email: `r${r}@reports.bench`, name: `业务员${r}`, role: 'REP', departmentId: department.id }));
    }
  }
  return { admin, managers, reps: repUsers };
}

function customerAt(i: number, owner: User | undefined, createdAt: Date, rnd: () => number): Customer {
  const at = createdAt.toISOString();
  return {
    id: newId(createdAt),
    code: `KH${String(i + 1).padStart(6, '0')}`,
    kind: 'COMPANY',
    name: `压测客户${i}有限公司`,
    nameKey: `压测客户${i}有限公司`,
    tags: [],
    lifecycle: LIFECYCLE_STAGES[Math.floor(rnd() * 3)]!,
    lifecycleChangedAt: at,
    buyingStatus: BUYING_STATUSES[Math.floor(rnd() * 5)]!,
    buyingStatusChangedAt: at,
    ...(rnd() < 0.6 ? { valueGrade: GRADES[Math.floor(rnd() * 3)]! } : {}),
    vip: false,
    hot: rnd() < 0.02,
    ...(owner ? { ownerId: owner.id, ownerDeptPath: owner.departmentPath } : { poolId: 'default', enteredPoolAt: at }),
    createdAt: at,
    createdBy: owner?.id ?? 'system',
    updatedAt: at,
    version: 1,
  };
}

/** Loads customers and follow-ups, and the aggregate rows their contributions add up to. */
async function seedData(runtime: BenchRuntime, reps: User[], options: ReportsBenchOptions) {
  const rnd = random(42);
  const paths = new Map(reps.map((r) => [r.id, r.departmentPath]));
  const env: ContributionEnv = { timeZone: BENCH_SETTINGS.timeZone, pathOf: (id) => paths.get(id) ?? '~UNKNOWN/' };
  const rows = new Map<string, ReturnType<typeof mergeDeltas>[number]>();
  const addToRows = (item: Record<string, unknown>) => {
    for (const d of withDepartmentTotals(contributionsOf(item, env))) {
      const key = `${d.family}|${d.bucket}|${d.path}|${d.ownerId}`;
      const row = rows.get(key);
      if (!row) rows.set(key, { ...d, add: { ...d.add } });
      else for (const [name, value] of Object.entries(d.add)) row.add[name] = (row.add[name] ?? 0) + value;
    }
  };
  const start = T0.getTime() - HISTORY_DAYS * DAY_MS;
  const customers: Customer[] = [];
  let batch: Record<string, unknown>[] = [];
  const flush = async (force = false) => {
    if (batch.length >= 5000 || (force && batch.length > 0)) {
      await batchPut(runtime.repos.store, batch);
      batch = [];
    }
  };
  for (let i = 0; i < options.customers; i++) {
    const owner = rnd() < 0.05 ? undefined : reps[i % reps.length]!;
    const customer = customerAt(i, owner, new Date(start + Math.floor(rnd() * HISTORY_DAYS * DAY_MS)), rnd);
    customers.push(customer);
    const item = customerItem(customer);
    addToRows(item);
    batch.push(item);
    await flush();
  }
  const owned = customers.filter((c) => c.ownerId);
  const types = ['CALL', 'CALL', 'VISIT', 'EMAIL', 'ONLINE', 'OTHER'] as const;
  for (let i = 0; i < options.followUps; i++) {
    const customer = owned[Math.floor(rnd() * owned.length)]!;
    const at = new Date(Math.max(Date.parse(customer.createdAt), start + Math.floor(rnd() * HISTORY_DAYS * DAY_MS)));
    const valid = rnd() < 0.8;
    const followUp: FollowUp = {
      id: newId(at),
      customerId: customer.id,
      customerName: customer.name,
      authorId: customer.ownerId!,
      authorDeptPath: customer.ownerDeptPath!,
      type: types[Math.floor(rnd() * types.length)]!,
      at: at.toISOString(),
      day: localDay(at, BENCH_SETTINGS.timeZone),
      contactName: '联系人',
      content: valid ? '电话沟通了采购预算、时间安排和决策流程' : '没人接',
      valid,
      invalidReasons: valid ? [] : ['TOO_SHORT'],
      review: { status: 'APPROVED' },
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      version: 1,
    };
    const item = itemOf(runtime.repos.followUps.put(followUp));
    addToRows(item);
    batch.push(item);
    await flush();
  }
  await flush(true);
  const aggregateItems = [...rows.values()].map(aggregateRowItem);
  await batchPut(runtime.repos.store, aggregateItems);
  return { customers: customers.length, followUps: options.followUps, aggregateRows: aggregateItems.length, owned };
}

interface ReportCase {
  name: string;
  as: 'admin' | 'manager' | 'rep';
  query: string;
  variables: Record<string, unknown>;
}

const LAST_30 = { from: '2026-05-02', to: '2026-05-31' };
const MAY = { from: '2026-05-01', to: '2026-05-31' };
const LAST_90 = { from: '2026-03-03', to: '2026-05-31' };

const CASES: ReportCase[] = [
  ...(['admin', 'manager', 'rep'] as const).flatMap((as): ReportCase[] => [
    { name: 'lifecycleReport May', as, query: `query($i: ReportInput!) { lifecycleReport(input: $i) { total poolSize newCustomers claims reclaims } }`, variables: { i: MAY } },
    { name: 'lifecycleReport 30 days', as, query: `query($i: ReportInput!) { lifecycleReport(input: $i) { total poolSize newCustomers claims reclaims } }`, variables: { i: LAST_30 } },
    { name: 'buyingStatusReport 90 days', as, query: `query($i: ReportInput!) { buyingStatusReport(input: $i) { total counts { count } transitions { count } } }`, variables: { i: LAST_90 } },
    { name: 'valueGradeReport', as, query: `{ valueGradeReport { total grades { count } pareto { topShare } } }`, variables: {} },
    { name: 'repActivityReport 30 days by day', as, query: `query($i: ReportInput!) { repActivityReport(input: $i, granularity: DAY) { totals { metric value } rows { periodStart } } }`, variables: { i: LAST_30 } },
    { name: 'repActivityReport 90 days by month', as, query: `query($i: ReportInput!) { repActivityReport(input: $i, granularity: MONTH) { totals { metric value } rows { periodStart } } }`, variables: { i: LAST_90 } },
    { name: 'funnelReport 90 days', as, query: `query($i: ReportInput!) { funnelReport(input: $i) { created winRate } }`, variables: { i: LAST_90 } },
    { name: 'receivablesAgingReport', as, query: `{ receivablesAgingReport { totals { total } } }`, variables: {} },
    { name: 'serviceReport 30 days', as, query: `query($i: ReportInput!) { serviceReport(input: $i) { total } }`, variables: { i: LAST_30 } },
  ]),
];

export interface ReportMeasurement {
  report: string;
  as: string;
  queries: number;
  batchGets: number;
  readUnits: number;
  p50Ms: number;
  p95Ms: number;
}

export async function benchReports(endpoint: string, options: ReportsBenchOptions) {
  const runtime = await createBenchRuntime(endpoint, `crm-bench-reports-${Date.now().toString(36)}`, T0);
  // Bulk loads bypass the stream (the aggregates are loaded as rows): switch it off so DynamoDB Local keeps no 400k stream records.
  const tables = new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await tables.send(new UpdateTableCommand({ TableName: runtime.tableName, StreamSpecification: { StreamEnabled: false } }));
  } catch (error) {
    log(`note: stream left on (${(error as Error).message})`);
  }
  tables.destroy();
  let started = performance.now();
  const org = await seedOrg(runtime, options.reps);
  const data = await seedData(runtime, org.reps, options);
  log(`seeded ${options.reps} reps, ${data.customers} customers, ${data.followUps} follow-ups → ${data.aggregateRows} aggregate rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const handler = createApiHandler(runtime);
  const users = { admin: org.admin, manager: org.managers[0]!, rep: org.reps[0]! };
  const results: ReportMeasurement[] = [];
  for (const c of CASES) {
    const latencies: number[] = [];
    let queries = 0;
    let batchGets = 0;
    let readUnits = 0;
    for (let i = 0; i < options.iterations + 1; i++) {
      const t = performance.now();
      const event = apiEvent(JSON.stringify({ query: c.query, variables: c.variables }), users[c.as].id);
      const { result, calls } = await measureDynamoCalls(async () => (await handler(event, {} as never, () => undefined)) as { body: string });
      const ms = performance.now() - t;
      const body = JSON.parse(result.body) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${c.name} as ${c.as}: ${JSON.stringify(body.errors)}`);
      if (i === 0) continue;
      latencies.push(ms);
      queries = calls.filter((call) => call.command === 'QueryCommand').length;
      // Less the caller's own user lookup, which every request makes.
      batchGets = calls.filter((call) => call.command.startsWith('BatchGet')).length - 1;
      readUnits = calls.reduce((sum, call) => sum + call.readUnits, 0);
    }
    const m = { report: c.name, as: c.as, queries, batchGets, readUnits, p50Ms: Math.round(median(latencies)), p95Ms: Math.round(percentile(latencies, 95)) };
    results.push(m);
    log(`${c.name.padEnd(36)} ${c.as.padEnd(8)} queries ${String(m.queries).padStart(3)}  batch gets ${m.batchGets}  read units ${String(m.readUnits).padStart(6)}  p50 ${m.p50Ms} ms  p95 ${m.p95Ms} ms`);
  }

  // The consumer, record by record as the stream Lambda applies them: one transaction (marker + ADDs) each.
  const consume = createAggregateConsumer(runtime.repos, runtime.clock);
  const sample: ChangeRecord[] = Array.from({ length: options.consumerSample }, (_, i) => {
    const customer = data.owned[i % data.owned.length]!;
    const at = new Date(T0.getTime() - (i % 30) * DAY_MS);
    return {
      eventId: `bench-${i}`,
      newImage: {
        PK: `CUST#${customer.id}`,
        SK: `FOLLOWUP#${at.toISOString()}#bench${i}`,
        entity: 'FollowUp',
        authorId: customer.ownerId,
        authorDeptPath: customer.ownerDeptPath,
        type: 'CALL',
        at: at.toISOString(),
        day: localDay(at, BENCH_SETTINGS.timeZone),
        valid: true,
      },
    };
  });
  started = performance.now();
  const { calls: consumerCalls } = await measureDynamoCalls(async () => {
    for (const record of sample) await consume([record]);
  });
  const consumerMs = performance.now() - started;
  const consumer = {
    records: sample.length,
    recordsPerSecond: Math.round(sample.length / (consumerMs / 1000)),
    writeUnitsPerRecord: Math.round((consumerCalls.reduce((s, c) => s + c.writeUnits, 0) / sample.length) * 10) / 10,
  };
  log(`consumer: ${consumer.records} follow-up records applied one by one, ${consumer.recordsPerSecond} records/s, ${consumer.writeUnitsPerRecord} write units per record`);
  return { dataset: { reps: options.reps, customers: data.customers, followUps: data.followUps, aggregateRows: data.aggregateRows }, reports: results, consumer };
}

async function main() {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string' },
      customers: { type: 'string' },
      'follow-ups': { type: 'string' },
      iterations: { type: 'string' },
      'consumer-sample': { type: 'string' },
      out: { type: 'string' },
      /** A DynamoDB Local already running (e.g. on a busy machine where starting one takes long). */
      endpoint: { type: 'string' },
    },
  });
  const options: ReportsBenchOptions = {
    reps: Number(values.reps ?? 200),
    customers: Number(values.customers ?? 100_000),
    followUps: Number(values['follow-ups'] ?? 300_000),
    iterations: Number(values.iterations ?? 10),
    consumerSample: Number(values['consumer-sample'] ?? 500),
  };
  const dynamo = values.endpoint ? undefined : await startDynamoDbLocal();
  try {
    const results = await benchReports(values.endpoint ?? dynamo!.endpoint, options);
    if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await dynamo?.stop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) await main();
