/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[console test] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

let stack: LocalStack;
let browser: BrowserContext;
let page: Page;
let profile: string;

async function runExample(title: string): Promise<string> {
  await page.getByRole('button', { name: title }).click();
  const before = await page.locator('#status').textContent();
  await page.locator('#run').click();
  await page.waitForFunction((previous) => {
    const status = document.getElementById('status')?.textContent ?? '';
    return status.startsWith('HTTP') && status !== previous;
  }, before);
  return (await page.locator('#result').textContent()) ?? '';
}

describe.skipIf(!hasChromium)('the GraphQL console at / in headless Chromium', () => {
  beforeAll(async () => {
    stack = await startLocalStack({ dynamoEndpoint: inject('dynamoEndpoint'), companyId: `console${Date.now().toString(36)}`, quiet: true });
    profile = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads with the admin token filled in and no request leaving this server', async () => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.consoleUrl)) foreign.push(request.url());
    });
    await page.goto(stack.consoleUrl);
    expect(await page.title()).toContain('GraphQL');
    expect(await page.locator('#token').inputValue()).toMatch(/^ey/);
    expect(await page.locator('#examples button').count()).toBeGreaterThanOrEqual(4);
    expect(foreign).toEqual([]);
  });

  it('runs an example query and shows the data', async () => {
    const result = await runExample('我是谁 / Who am I');
    expect(JSON.parse(result)).toMatchObject({ data: { me: { role: 'ADMIN', email: stack.admin.email } } });
  });

  it('walks the main flow: create a customer, log a follow-up on it, see the agenda', async () => {
    const created = JSON.parse(await runExample('新建客户 / Create a customer')) as { data: { createCustomer: { id: string; code: string } } };
    expect(created.data.createCustomer.code).toMatch(/^KH\d{6}$/);
    await page.getByRole('button', { name: '写跟进 / Log a follow-up' }).click();
    expect(await page.locator('#variables').inputValue()).toContain(created.data.createCustomer.id);
    const logged = JSON.parse(await runExample('写跟进 / Log a follow-up'));
    expect(logged.errors).toBeUndefined();
    expect(logged.data.logFollowUp.followUp.type).toBe('CALL');
    const agenda = JSON.parse(await runExample('今日日程 / Agenda'));
    expect(agenda.errors).toBeUndefined();
    expect(agenda.data.agenda.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
