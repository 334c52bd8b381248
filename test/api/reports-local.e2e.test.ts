import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack';

let local: LocalStack;

beforeAll(async () => {
  local = await startLocalStack({ dynamoEndpoint: inject('dynamoEndpoint'), companyId: `rpt${Date.now().toString(36)}`, quiet: true });
});
afterAll(async () => local?.stop());

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(local.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${local.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

describe('reports on the local stack', () => {
  it('answer from aggregates the stream poller keeps up to date', async () => {
    const created = await post(`mutation { createCustomer(input: { name: "本地报表验证有限公司", buyingStatus: TARGET }) { id } }`);
    expect(created.errors).toBeUndefined();
    await local.drainAggregates();
    const today = new Date().toISOString().slice(0, 10);
    const report = await post(`query($input: ReportInput!) { buyingStatusReport(input: $input) { total counts { status count } } }`, { input: { from: today, to: today } });
    expect(report.data?.buyingStatusReport.total).toBe(1);
    expect(report.data?.buyingStatusReport.counts).toContainEqual({ status: 'TARGET', count: 1 });
  });
});
