import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createApiHandler } from '../functions/api/lambda';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { DAY_MS } from '../functions/domain/shared/clock';
import { createExpirySweep } from '../functions/sweeps/expiry.sweep';
import { createReminderSweep } from '../functions/sweeps/reminders.sweep';
import { sweepEvent } from '../functions/sweeps/sweep-event';
import { runApiScenarios } from './api-bench';
import { benchFunnel, renderFunnelReport } from './funnel.bench';
import { buildBundles } from './bundles';
import { measureColdStart } from './cold-start';
import { apiEvent } from './events';
import { readOptions, type BenchOptions } from './options';
import { renderReport, type BenchResults } from './report';
import { BENCH_COMPANY, BENCH_CURSOR_SECRET, BENCH_SETTINGS, createBenchRuntime } from './runtime';
import { apiScenarios, customersPerRepNeeded, scenarioKit } from './scenarios/index';
import { seedApiCustomers, seedOrg, type ApiDataset } from './seed';
import { runSweep, type SweepRun } from './sweep-bench';
import { seedSweepBookkeeping, seedSweepCustomers, SWEEP_AT } from './sweep-seed';

const API_T0 = new Date('2026-03-02T01:00:00.000Z');
const log = (line: string) => console.log(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

async function benchApi(endpoint: string, options: BenchOptions) {
  const runtime = await createBenchRuntime(endpoint, 'crm-bench-api', API_T0);
  let started = performance.now();
  const org = await seedOrg(runtime, BENCH_SETTINGS, options.reps);
  const dataset = await seedApiCustomers(runtime, org, BENCH_SETTINGS, options.customers, options.contactsPerCustomer);
  log(`API data set: ${options.customers} customers × ${options.contactsPerCustomer} contacts over ${options.reps} reps, seeded in ${seconds(started)}`);
  const requests = options.warmup + options.iterations;
  if (options.customers / options.reps < customersPerRepNeeded(options.reps, requests)) {
    log(`note: ${customersPerRepNeeded(options.reps, requests)} customers per rep keep write scenarios apart; with fewer, some writes may hit a customer another scenario changed`);
  }
  started = performance.now();
  const results = await runApiScenarios(createApiHandler(runtime), apiScenarios(dataset, requests, API_T0), options, log);
  log(`API scenarios measured in ${seconds(started)}`);
  return { runtime, dataset, results, peakRssMb: rssMb() };
}

/** Empty table, then not-due customers only, then the due ones: the sweep's reads must follow the due count alone. */
/**
 * Empty table, then not-due customers only, then the due ones: each sweep's reads must follow the due count alone.
 * The reminder sweep then delivers the notices the reclaims queued (rate-limited SMS).
 */
async function benchSweeps(endpoint: string, options: BenchOptions): Promise<SweepRun[]> {
  const runtime = await createBenchRuntime(endpoint, 'crm-bench-sweep', new Date(SWEEP_AT.getTime() - 40 * DAY_MS));
  const org = await seedOrg(runtime, BENCH_SETTINGS, options.reps);
  const expiry = createExpirySweep(runtime);
  const reminders = createReminderSweep(runtime);
  const notDue = options.sweepCustomers - options.due;
  const runs: SweepRun[] = [];
  const run = async (sweep: SweepRun['sweep'], minutesFromNoon: number, role: SweepRun['role'], label: string, tableCustomers: number, due: number) => {
    const event = sweepEvent(sweep === 'expiry' ? 'expiry-sweep' : 'reminder-sweep', new Date(SWEEP_AT.getTime() + minutesFromNoon * 60_000));
    runs.push(await runSweep(sweep === 'expiry' ? expiry : reminders, event, runtime.testClock, { sweep, role, label, tableCustomers, due }));
  };
  const hours = (h: number) => h * 60;

  await run('expiry', -hours(11.95), 'catch-up', 'first run (catch-up)', 0, 0);
  await run('reminders', -hours(11.94), 'catch-up', 'first run (catch-up)', 0, 0);
  await run('expiry', -hours(11.9), 'empty', 'empty table', 0, 0);
  await run('reminders', -hours(11.89), 'empty', 'empty table', 0, 0);
  let started = performance.now();
  const quiet = await seedSweepCustomers(runtime, org, BENCH_SETTINGS, { from: 0, count: notDue, due: false });
  log(`sweep data set: ${notDue} not-due customers seeded in ${seconds(started)}`);
  await run('expiry', -hours(11.8), 'none-due', '0 due', notDue, 0);
  await run('reminders', -hours(11.79), 'none-due', '0 due', notDue, 0);
  started = performance.now();
  const due = await seedSweepCustomers(runtime, org, BENCH_SETTINGS, { from: notDue, count: options.due, due: true });
  await seedSweepBookkeeping(runtime, [...quiet.customers, ...due.customers]);
  log(`sweep data set: ${options.due} due customers seeded in ${seconds(started)}`);
  await run('expiry', 0, 'due', `${options.due} due`, options.sweepCustomers, options.due);
  await run('reminders', 1, 'due', `${options.due} reclaim notices due`, options.sweepCustomers, options.due);
  // SMS go out at the company's send rate, so a big day's notices take several one-minute invocations.
  for (let minute = 2; minute < 60 && (runs.at(-1)!.writeCalls ?? 0) > 0; minute++) {
    await run('reminders', minute, 'drain', `next run (${minute}. minute)`, options.sweepCustomers, 0);
  }
  return runs;
}

async function benchBundles(endpoint: string, tableName: string, dataset: ApiDataset, options: BenchOptions) {
  const bundles = await buildBundles();
  const rep = dataset.reps[0]!;
  // Only the read slot: with small data sets the other slots' customers were released, merged or transferred.
  const requests = options.warmup + options.iterations;
  const kit = scenarioKit(dataset, requests, API_T0);
  const readSlot = Math.min(10, Math.ceil(requests / dataset.reps.length));
  const customers = Array.from({ length: readSlot }, (_, n) => kit.customer('read', n * dataset.reps.length));
  const event = (query: string, variables?: Record<string, unknown>) => apiEvent(JSON.stringify({ query, variables }), rep.id);
  const customerQuery = 'query($id: ID!) { customer(id: $id) { id name owner { name } protection { daysLeft } contacts { id name mobile } } }';
  const coldStart = await measureColdStart(
    {
      bundle: bundles.find((b) => b.name === 'api')!.file,
      tableName,
      dynamoEndpoint: endpoint,
      companyId: BENCH_COMPANY,
      cursorSecret: BENCH_CURSOR_SECRET,
      first: event(customerQuery, { id: customers[0]!.id }),
      more: [
        ...customers.slice(0, 10).map((c) => event(customerQuery, { id: c.id })),
        event('query { customers(first: 50) { edges { node { id name owner { name } protection { daysLeft } } } } }'),
        event('query { me { id name department { name } } }'),
      ],
      repeat: 300,
    },
    options.coldStartRuns,
  );
  return { bundles: bundles.map(({ file: _file, ...b }) => b), coldStart };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  log(`crm bench on ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${loadAtStart.toFixed(1)}`);
  const dynamo = await startDynamoDbLocal();
  const interrupted = () => void dynamo.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const api = await benchApi(dynamo.endpoint, options);
    const sweeps = await benchSweeps(dynamo.endpoint, options);
    const funnel = await benchFunnel(dynamo.endpoint, { opportunities: 20_000, reps: options.reps, iterations: options.iterations }, log);
    const packaging = options.skipBundles ? undefined : await benchBundles(dynamo.endpoint, api.runtime.tableName, api.dataset, options);
    const results: BenchResults = {
      at: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memoryGb: totalmem() / 2 ** 30, node: process.version, loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0]! } },
      options,
      api: api.results,
      apiPeakRssMb: api.peakRssMb,
      sweeps,
      bundles: packaging?.bundles ?? [],
      coldStart: packaging?.coldStart,
      durationS: (performance.now() - started) / 1000,
    };
    writeFileSync(options.output, `${JSON.stringify({ ...results, funnel }, null, 2)}\n`);
    log(renderReport(results));
    log(renderFunnelReport(funnel));
    log(`\nwritten to ${options.output} in ${seconds(started)}`);
  } finally {
    await dynamo.stop();
  }
}

await main();
