import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ENV } from '../functions/commons/env';
import { median } from './stats';

const run = promisify(execFile);
const CHILD = resolve('bench/cold-start.child.mjs');

export interface ColdStartTarget {
  bundle: string;
  tableName: string;
  dynamoEndpoint: string;
  companyId: string;
  cursorSecret: string;
  first: APIGatewayProxyEventV2;
  /** Served after the first request in the last run, to see the bundled handler's peak memory under load. */
  more: APIGatewayProxyEventV2[];
  repeat: number;
}

interface ChildReport {
  bootMs: number;
  importMs: number;
  firstRequestMs: number;
  error?: string;
  served: number;
  maxRssMb: number;
}

export interface ColdStart {
  runs: number;
  /** Import of the bundle + the first request, inside the fresh process (the budget's figure). */
  medianMs: number;
  medianImportMs: number;
  medianFirstRequestMs: number;
  /** Node's own start-up before the bundle is imported, and the whole process from spawn to exit: for context. */
  medianNodeBootMs: number;
  medianProcessMs: number;
  samples: number[];
  /** Importing only the AWS SDK packages the bundle leaves external (Lambda's runtime provides them). */
  medianSdkImportMs: number;
  loaded: { requests: number; maxRssMb: number };
}

/** What the API bundle imports from the Lambda runtime at start (client-sns only on its first delivery). */
const EXTERNAL_SDK = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'];

function environment(target: ColdStartTarget): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: '',
    AWS_REGION: 'cn-north-1',
    [ENV.tableName]: target.tableName,
    [ENV.companyId]: target.companyId,
    [ENV.cursorSecret]: target.cursorSecret,
    [ENV.reminderTopicArn]: 'arn:aws-cn:sns:cn-north-1:000000000000:crm-bench-reminders',
    [ENV.dynamoEndpoint]: target.dynamoEndpoint,
  };
}

async function once(target: ColdStartTarget, repeat: number, sdkOnly = false): Promise<ChildReport & { processMs: number }> {
  const payload = JSON.stringify(sdkOnly ? { modules: EXTERNAL_SDK } : { bundle: target.bundle, first: target.first, more: repeat ? target.more : [], repeat });
  const started = performance.now();
  const { stdout } = await run(process.execPath, [CHILD, payload], { env: environment(target), maxBuffer: 1 << 20 });
  const processMs = performance.now() - started;
  const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport;
  if (report.error) throw new Error(`cold start request failed: ${report.error}`);
  return { ...report, processMs };
}

/** Fresh Node processes, one after another: import the built API bundle and serve the first request. */
export async function measureColdStart(target: ColdStartTarget, runs: number): Promise<ColdStart> {
  const reports: (ChildReport & { processMs: number })[] = [];
  for (let i = 0; i < runs; i++) reports.push(await once(target, 0));
  const sdk: number[] = [];
  for (let i = 0; i < runs; i++) sdk.push((await once(target, 0, true)).importMs);
  const loaded = await once(target, target.repeat);
  const samples = reports.map((r) => r.importMs + r.firstRequestMs);
  return {
    runs,
    medianMs: median(samples),
    medianImportMs: median(reports.map((r) => r.importMs)),
    medianFirstRequestMs: median(reports.map((r) => r.firstRequestMs)),
    medianNodeBootMs: median(reports.map((r) => r.bootMs)),
    medianProcessMs: median(reports.map((r) => r.processMs)),
    samples,
    medianSdkImportMs: median(sdk),
    loaded: { requests: loaded.served, maxRssMb: loaded.maxRssMb },
  };
}
