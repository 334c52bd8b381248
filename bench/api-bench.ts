import type { Context } from 'aws-lambda';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../functions/api/generated/type-defs';
import type { ApiHandler } from '../functions/api/lambda';
import { onDynamoCall, type DynamoCall } from '../functions/store/instrumentation';
import { apiEvent } from './events';
import type { Scenario, Shape } from './scenarios/index';
import { dynamoWallMs, maxFanOut, median, percentile, sequentialDepth, sum } from './stats';

export interface CommandStats {
  /** Calls of this command per request (median). */
  perRequest: number;
  readUnitsPerCall: number;
  writeUnitsPerCall: number;
}

export interface ApiResult {
  name: string;
  module: string;
  shape: Shape;
  status: 'measured' | 'skipped' | 'failed';
  reason?: string;
  samples?: number;
  serverMs?: { p50: number; p95: number; p99: number };
  dynamoMs?: { p50: number; p95: number; p99: number };
  /** Median over requests of server time / time with a DynamoDB call in flight. */
  overheadRatio?: number;
  calls?: number;
  queries?: number;
  scans?: number;
  /** Sequential DynamoDB round trips, the request's auth lookup included. */
  roundTrips?: number;
  /** Most calls of one command in flight together (a parallel N+1 shows up here). */
  fanOut?: number;
  readUnits?: number;
  writeUnits?: number;
  commands?: Record<string, CommandStats>;
}

interface Sample {
  serverMs: number;
  calls: DynamoCall[];
}

async function invoke(handler: ApiHandler, scenario: Scenario, i: number): Promise<Sample> {
  const { user, variables } = scenario.next(i);
  const event = apiEvent(JSON.stringify({ query: scenario.document, variables }), user.id);
  const calls: DynamoCall[] = [];
  const stop = onDynamoCall((c) => calls.push(c));
  const started = performance.now();
  let response: { statusCode?: number; body?: string };
  try {
    response = (await handler(event, {} as Context, () => undefined)) as typeof response;
  } finally {
    stop();
  }
  const serverMs = performance.now() - started;
  const body = JSON.parse(response.body ?? '{}') as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.statusCode !== 200 || body.errors?.length) {
    const first = body.errors?.[0];
    throw new Error(`HTTP ${response.statusCode}: ${first ? `${first.extensions?.code ?? ''} ${first.message}` : response.body}`);
  }
  scenario.observe?.(body.data ?? {}, i);
  return { serverMs, calls };
}

function summarize(scenario: Scenario, samples: Sample[]): ApiResult {
  const server = samples.map((s) => s.serverMs);
  const dynamo = samples.map((s) => dynamoWallMs(s.calls));
  const count = (pick: (s: Sample) => number) => median(samples.map(pick));
  const commands: Record<string, CommandStats> = {};
  for (const command of new Set(samples.flatMap((s) => s.calls.map((c) => c.command)))) {
    const calls = samples.flatMap((s) => s.calls.filter((c) => c.command === command));
    commands[command] = {
      perRequest: count((s) => s.calls.filter((c) => c.command === command).length),
      readUnitsPerCall: sum(calls.map((c) => c.readUnits)) / calls.length,
      writeUnitsPerCall: sum(calls.map((c) => c.writeUnits)) / calls.length,
    };
  }
  const spread = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) });
  return {
    name: scenario.name,
    module: scenario.module,
    shape: scenario.shape,
    status: 'measured',
    samples: samples.length,
    serverMs: spread(server),
    dynamoMs: spread(dynamo),
    overheadRatio: median(samples.map((s, i) => s.serverMs / Math.max(dynamo[i]!, 0.001))),
    calls: count((s) => s.calls.length),
    queries: count((s) => s.calls.filter((c) => c.command === 'QueryCommand').length),
    scans: Math.max(0, ...samples.map((s) => s.calls.filter((c) => c.command === 'ScanCommand').length)),
    roundTrips: Math.max(...samples.map((s) => sequentialDepth(s.calls))),
    fanOut: Math.max(...samples.map((s) => maxFanOut(s.calls))),
    readUnits: count((s) => sum(s.calls.map((c) => c.readUnits))),
    writeUnits: count((s) => sum(s.calls.map((c) => c.writeUnits))),
    commands,
  };
}

/** Why a scenario cannot run against the schema as it is today, if it cannot. */
function schemaMismatch(schema: GraphQLSchema, document: string): string | undefined {
  const errors = validate(schema, parse(document));
  return errors.length ? `not in the schema yet: ${errors[0]!.message}` : undefined;
}

/** Each scenario in turn, one request at a time (as one Lambda instance serves them): warm-up, then measured requests. */
export async function runApiScenarios(handler: ApiHandler, scenarios: Scenario[], options: { warmup: number; iterations: number }, log: (line: string) => void): Promise<ApiResult[]> {
  const schema = buildSchema(typeDefs);
  const results: ApiResult[] = [];
  for (const scenario of scenarios) {
    const base = { name: scenario.name, module: scenario.module, shape: scenario.shape };
    const mismatch = schemaMismatch(schema, scenario.document);
    if (mismatch) {
      results.push({ ...base, status: 'skipped', reason: mismatch });
      continue;
    }
    const samples: Sample[] = [];
    try {
      for (let i = 0; i < options.warmup + options.iterations; i++) {
        const sample = await invoke(handler, scenario, i);
        if (i >= options.warmup) samples.push(sample);
      }
      results.push(summarize(scenario, samples));
      log(`  ${scenario.name}: p50 ${results.at(-1)!.serverMs!.p50.toFixed(1)} ms`);
    } catch (error) {
      results.push({ ...base, status: 'failed', reason: (error as Error).message });
      log(`  ${scenario.name}: FAILED ${(error as Error).message}`);
    }
  }
  return results;
}
