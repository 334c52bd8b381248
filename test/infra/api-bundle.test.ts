import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda, LAMBDA_ENTRIES } from '../../bench/bundles';
import { ENV } from '../../functions/commons/env';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { apiEvent, createTestStack, type TableLocation, type TestStack } from '../support/test-stack';

const run = promisify(execFile);
// Inside node_modules so the bundle finds the AWS SDK it leaves external, as Lambda's runtime provides it.
const cache = resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'crm-test-bundle-'));
const bundle = join(dir, 'api.mjs');

let stack: TestStack & TableLocation;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  await bundleLambda(LAMBDA_ENTRIES.api, bundle);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh Node process imports the bundle as Lambda would and serves one request against the test table. */
async function serveWithBundle(query: string, sub: string): Promise<{ errors?: unknown[]; data?: Record<string, unknown> }> {
  const payload = JSON.stringify({ bundle, first: apiEvent(JSON.stringify({ query }), sub) });
  const { stdout } = await run(process.execPath, [resolve('bench/cold-start.child.mjs'), payload], {
    env: {
      PATH: process.env.PATH,
      AWS_REGION: 'cn-north-1',
      [ENV.tableName]: stack.tableName,
      [ENV.companyId]: 'test',
      [ENV.cursorSecret]: 'bundle-test-secret',
      [ENV.reminderTopicArn]: 'arn:aws-cn:sns:cn-north-1:000000000000:crm-test',
      [ENV.dynamoEndpoint]: stack.endpoint,
    },
  });
  const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as { firstBody: string };
  return JSON.parse(report.firstBody) as { errors?: unknown[]; data?: Record<string, unknown> };
}

describe('the API Lambda bundle (shims and bundling options as deployed)', () => {
  it('stays within the 800 KB budget', () => {
    expect(statSync(bundle).size / 1024).toBeLessThanOrEqual(800);
  });

  it('serves a customer with its contacts from the table in a fresh process', async () => {
    const customer = await buildCustomer(stack, org.rep, { name: '靖江市春意空调有限公司', contacts: [{ name: '赵经理', mobile: '13912345678' }] });
    const body = await serveWithBundle(`{ me { name } customer(id: "${customer.id}") { name owner { name } contacts { name mobile } } }`, org.rep.id);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      me: { name: org.rep.name },
      customer: { name: '靖江市春意空调有限公司', owner: { name: org.rep.name }, contacts: [{ name: '赵经理', mobile: '13912345678' }] },
    });
  });

  it('refuses bad input with BAD_USER_INPUT and a Chinese message naming the field', async () => {
    const body = await serveWithBundle(`mutation { createCustomer(input: { name: "手机号错误测试公司", contacts: [{ name: "王", mobile: "1234" }] }) { id } }`, org.rep.id);
    expect(body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('手机') }]);
  });
});
