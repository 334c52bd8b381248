import { SNSClient } from '@aws-sdk/client-sns';
import { beforeAll, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../../functions/notify/sns-notifier';
import { createCampaign, getVisibleCampaignOrThrow, previewCampaign, sendCampaignBatch, type SendOptions } from '../../functions/domain/messaging/campaign.service';
import { CampaignInput } from '../../functions/domain/messaging/messaging.schemas';
import { addOptOut, listOptOuts, removeOptOut } from '../../functions/domain/messaging/opt-out.service';
import { TableTokenBucket } from '../../functions/domain/messaging/send-rate';
import type { Customer } from '../../functions/domain/customers/customer.types';
import type { OutgoingMessage } from '../../functions/notify/notifier';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { createTestStack, RecordingNotifier, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;
let eastA: Customer;
let teamB: Customer;

const input = (raw: Record<string, unknown>) => CampaignInput.parse({ channel: 'SMS', name: '春节问候', template: '{姓名}{职务}您好，{公司}新春快乐！', ...raw });
const noLimit = { acquire: async () => undefined };
const send = (notifier: RecordingNotifier, extra: Partial<SendOptions> = {}): SendOptions => ({ notifier, limiterFor: () => noLimit, budgetMs: 60_000, ...extra });
const HVAC = { industries: ['暖通'] };

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
  eastA = await buildCustomer(stack, org.rep, {
    name: '靖江春意暖通有限公司',
    industry: '暖通',
    contacts: [
      { name: '赵经理', title: '采购经理', mobile: '13900000001', email: 'zhao@chunyi.cn' },
      { name: '钱工', mobile: '13900000002' },
      { name: '前台', phone: '0523-84112233' },
    ],
  });
  teamB = await buildCustomer(stack, org.teamRep, { name: '南京暖通工程公司', industry: '暖通', contacts: [{ name: '孙总', mobile: '13900000003' }] });
  await buildCustomer(stack, org.otherRep, { name: '成都暖通设备厂', industry: '暖通', contacts: [{ name: '李四', mobile: '13900000004' }] });
  await buildCustomer(stack, org.rep, { name: '常州机械厂', industry: '机械', contacts: [{ name: '周五', mobile: '13900000005' }] });
  // The same mobile under a second customer: one message per address.
  await buildCustomer(stack, org.rep, { name: '靖江春意暖通二厂', industry: '暖通', contacts: [{ name: '赵经理', mobile: '13900000001' }] });
});

describe('previewing a bulk SMS', () => {
  it("counts and renders the messages to the contacts of customers in the manager's subtree that match the filter", async () => {
    const preview = await previewCampaign(stack.as(org.eastManager), input({ filter: HVAC }), 5);
    expect(preview).toMatchObject({ recipientCount: 3, excludedOptOut: 0, excludedNoAddress: 1 });
    expect(preview.samples).toEqual(
      expect.arrayContaining([
        { contactName: '赵经理', customerName: '靖江春意暖通有限公司', to: '139****0001', subject: undefined, text: '赵经理采购经理您好，靖江春意暖通有限公司新春快乐！' },
        { contactName: '孙总', customerName: '南京暖通工程公司', to: '139****0003', subject: undefined, text: '孙总您好，南京暖通工程公司新春快乐！' },
      ]),
    );
    expect(preview.samples.map((s) => s.customerName)).not.toContain('成都暖通设备厂');
  });

  it('lets admins reach every department, and narrows to primary contacts on request', async () => {
    expect((await previewCampaign(stack.as(org.admin), input({ filter: HVAC }), 0)).recipientCount).toBe(4);
    expect((await previewCampaign(stack.as(org.admin), input({ filter: { ...HVAC, primaryContactsOnly: true } }), 0)).recipientCount).toBe(3);
    expect((await previewCampaign(stack.as(org.admin), input({ filter: { industries: ['机械'] } }), 0)).recipientCount).toBe(1);
  });

  it('refuses unknown template fields, e-mails without a subject, and senders who are not admins or managers', async () => {
    await expect(previewCampaign(stack.as(org.admin), input({ template: '{姓名}，祝{生日}快乐' }), 5)).rejects.toThrow('{生日}');
    await expect(previewCampaign(stack.as(org.admin), input({ channel: 'EMAIL' }), 5)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(previewCampaign(stack.as(org.rep), input({}), 5)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('sending', () => {
  it('sends each recipient its own message through the notifier once, records each delivery, and completes', async () => {
    const campaign = await createCampaign(stack.as(org.eastManager), input({ filter: HVAC }));
    expect(campaign).toMatchObject({ status: 'SENDING', total: 3, sent: 0 });
    const notifier = new RecordingNotifier();
    const done = await sendCampaignBatch(stack.as(org.eastManager), campaign.id, send(notifier));
    expect(done).toMatchObject({ status: 'COMPLETED', sent: 3, failed: 0, skipped: 0 });
    const contacts = (await stack.runtime.repos.customers.getCollection(eastA.id))!.contacts;
    expect(notifier.sent).toContainEqual({
      id: `CAMPAIGN#${campaign.id}#13900000001`,
      userId: `contact:${contacts.find((c) => c.name === '赵经理')!.id}`,
      channel: 'SMS',
      to: '13900000001',
      subject: undefined,
      text: '赵经理采购经理您好，靖江春意暖通有限公司新春快乐！',
      kind: 'CAMPAIGN',
      at: stack.clock.now().toISOString(),
    });
    expect(notifier.sent.map((m) => m.to).sort()).toEqual(['13900000001', '13900000002', '13900000003']);
    const records = await stack.runtime.repos.campaigns.recipients(campaign.id, 10);
    expect(records.items.map((r) => [r.address, r.status, r.attempts])).toEqual([
      ['13900000001', 'SENT', 1],
      ['13900000002', 'SENT', 1],
      ['13900000003', 'SENT', 1],
    ]);
    expect(await sendCampaignBatch(stack.as(org.eastManager), campaign.id, send(notifier))).toMatchObject({ status: 'COMPLETED' });
    expect(notifier.sent).toHaveLength(3);
  });

  it('honours the opt-out list always: left out at creation, and skipped when the opt-out comes after', async () => {
    const optOut = await addOptOut(stack.as(org.rep), { channel: 'SMS', address: '+86 139-0000-0002', reason: '客户要求' });
    expect(optOut.address).toBe('13900000002');
    const campaign = await createCampaign(stack.as(org.admin), input({ filter: HVAC }));
    expect(campaign).toMatchObject({ total: 3, excludedOptOut: 1 });
    await addOptOut(stack.as(org.rep), { channel: 'SMS', address: '13900000003' });
    const notifier = new RecordingNotifier();
    const done = await sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier));
    expect(done).toMatchObject({ status: 'COMPLETED', sent: 2, skipped: 1 });
    expect(notifier.sent.map((m) => m.to)).not.toContain('13900000002');
    expect(notifier.sent.map((m) => m.to)).not.toContain('13900000003');
    expect((await listOptOuts(stack.as(org.admin), 'SMS', 10)).items.map((o) => o.address)).toEqual(['13900000002', '13900000003']);
    await expect(listOptOuts(stack.as(org.eastManager), 'SMS', 10)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeOptOut(stack.as(org.rep), 'SMS', '13900000003')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await removeOptOut(stack.as(org.admin), 'SMS', '13900000003')).toBe(true);
    expect(await removeOptOut(stack.as(org.admin), 'SMS', '13900000002')).toBe(true);
  });

  it('stops when its time budget is spent and carries on from there on the next call', async () => {
    const campaign = await createCampaign(stack.as(org.admin), input({ filter: HVAC }));
    let real = 0;
    const notifier = new RecordingNotifier();
    const partial = await sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier, { budgetMs: 15, realNowMs: () => (real += 10) }));
    expect(partial).toMatchObject({ status: 'SENDING', sent: 1 });
    const rest = await sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier));
    expect(rest).toMatchObject({ status: 'COMPLETED', sent: 4 });
    expect(new Set(notifier.sent.map((m) => m.to)).size).toBe(notifier.sent.length);
  });

  it('never messages anyone twice after a crash: a claim left mid-send is recorded as failed, not resent', async () => {
    const campaign = await createCampaign(stack.as(org.admin), input({ filter: HVAC }));
    const [crashed] = await stack.runtime.repos.campaigns.pending(campaign.id, 1);
    const now = stack.clock.now();
    expect(await stack.runtime.repos.campaigns.claim(crashed!, now.toISOString(), new Date(now.getTime() + 60_000).toISOString())).toBe(true);

    const notifier = new RecordingNotifier();
    const first = await sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier));
    expect(first).toMatchObject({ status: 'SENDING', sent: 3 });
    stack.clock.advance(61_000);
    const resumed = await sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier));
    expect(resumed).toMatchObject({ status: 'COMPLETED', sent: 3, failed: 1 });
    expect(notifier.sent.map((m) => m.to)).not.toContain(crashed!.address);
    const record = (await stack.runtime.repos.campaigns.recipients(campaign.id, 10, 'FAILED')).items;
    expect(record).toEqual([expect.objectContaining({ address: crashed!.address, error: expect.stringContaining('interrupted') })]);
  });

  it('lets two senders race on one campaign without a duplicate', async () => {
    const campaign = await createCampaign(stack.as(org.admin), input({ filter: HVAC }));
    const notifier = new RecordingNotifier();
    await Promise.all([sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier)), sendCampaignBatch(stack.as(org.admin), campaign.id, send(notifier))]);
    expect(notifier.sent.map((m) => m.to).sort()).toEqual(['13900000001', '13900000002', '13900000003', '13900000004']);
    expect(await stack.runtime.repos.campaigns.get(campaign.id, true)).toMatchObject({ status: 'COMPLETED', sent: 4 });
  });

  it('records a rejected number as failed and goes on; a throttled send is given back for the next call', async () => {
    const campaign = await createCampaign(stack.as(org.admin), input({ filter: HVAC }));
    const sent: OutgoingMessage[] = [];
    let throttled = true;
    const flaky = {
      async send(m: OutgoingMessage) {
        if (m.to === '13900000003') throw Object.assign(new Error('Invalid parameter: PhoneNumber'), { name: 'InvalidParameterException' });
        if (m.to === '13900000004' && throttled) {
          throttled = false;
          throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
        }
        sent.push(m);
      },
    };
    const ctx = stack.as(org.admin);
    let progress = await sendCampaignBatch(ctx, campaign.id, { notifier: flaky, limiterFor: () => noLimit, budgetMs: 60_000 });
    for (let calls = 0; progress.status !== 'COMPLETED' && calls < 5; calls++) progress = await sendCampaignBatch(ctx, campaign.id, { notifier: flaky, limiterFor: () => noLimit, budgetMs: 60_000 });
    expect(progress).toMatchObject({ status: 'COMPLETED', sent: 3, failed: 1 });
    expect(sent.map((m) => m.to).sort()).toEqual(['13900000001', '13900000002', '13900000004']);
  });
});

describe('who may see a campaign', () => {
  it('shows a campaign to its creator, managers above and admins only', async () => {
    const campaign = await createCampaign(stack.as(org.eastManager), input({ filter: HVAC }));
    await expect(getVisibleCampaignOrThrow(stack.as(org.admin), campaign.id)).resolves.toMatchObject({ id: campaign.id });
    await expect(getVisibleCampaignOrThrow(stack.as(org.westManager), campaign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createCampaign(stack.as(org.rep), input({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(teamB.ownerId).toBe(org.teamRep.id);
  });
});

describe('the per-company send rate', () => {
  it('is a token bucket in the table, shared by every sender of the company', async () => {
    let now = 1_000_000;
    const sleeps: number[] = [];
    const timing = { nowMs: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
    const lambdaA = new TableTokenBucket(stack.runtime.repos.campaigns, 'SMS', 2, timing);
    const lambdaB = new TableTokenBucket(stack.runtime.repos.campaigns, 'SMS', 2, timing);
    const start = now;
    for (const limiter of [lambdaA, lambdaB, lambdaA, lambdaB, lambdaA, lambdaB]) await limiter.acquire();
    // Two tokens at once (the burst), then one every 500 ms whoever asks: 6 messages take 2 s.
    expect(now - start).toBe(2000);
    expect(sleeps).toEqual([500, 500, 500, 500]);
  });
});

describe('over GraphQL', () => {
  it('previews, creates, sends and lists delivery records with masked numbers', async () => {
    const campaignInput = { channel: 'SMS', name: '中秋问候', template: '{姓名}您好，祝{公司}中秋快乐', filter: { industries: ['机械'] } };
    const preview = await stack.gql<{ previewMessageCampaign: { recipientCount: number; samples: { to: string; text: string }[] } }>(
      org.admin,
      'query($input: MessageCampaignInput!) { previewMessageCampaign(input: $input, sample: 3) { recipientCount samples { to text } } }',
      { input: campaignInput },
    );
    expect(preview.data?.previewMessageCampaign).toEqual({ recipientCount: 1, samples: [{ to: '139****0005', text: '周五您好，祝常州机械厂中秋快乐' }] });
    const created = await stack.gql<{ createMessageCampaign: { id: string; pending: number } }>(
      org.admin,
      'mutation($input: MessageCampaignInput!) { createMessageCampaign(input: $input) { id pending } }',
      { input: campaignInput },
    );
    const id = created.data!.createMessageCampaign.id;
    expect(created.data?.createMessageCampaign.pending).toBe(1);
    const sent = await stack.gql<{ sendMessageCampaign: Record<string, unknown> }>(
      org.admin,
      'mutation($id: ID!) { sendMessageCampaign(id: $id) { status sent pending createdBy { name } recipients { edges { node { to status text } } } } }',
      { id },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendMessageCampaign).toEqual({
      status: 'COMPLETED',
      sent: 1,
      pending: 0,
      createdBy: { name: org.admin.name },
      recipients: { edges: [{ node: { to: '139****0005', status: 'SENT', text: '周五您好，祝常州机械厂中秋快乐' } }] },
    });
    expect(stack.notifier.sent.at(-1)).toMatchObject({ to: '13900000005', kind: 'CAMPAIGN' });
    const listed = await stack.gql<{ messageCampaigns: { edges: { node: { id: string } }[] } }>(org.admin, '{ messageCampaigns(first: 1) { edges { node { id } } } }');
    expect(listed.data?.messageCampaigns.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it('sends e-mail campaigns through the notifier locally, and refuses them where only SNS is wired (SES needed)', async () => {
    const email = { channel: 'EMAIL', name: '邮件问候', subject: '{公司}：新品资料', template: '{姓名}您好，附上新品资料。', filter: { industries: ['暖通'] } };
    const created = await stack.gql<{ createMessageCampaign: { id: string; total: number } }>(
      org.admin,
      'mutation($input: MessageCampaignInput!) { createMessageCampaign(input: $input) { id total } }',
      { input: email },
    );
    expect(created.data?.createMessageCampaign.total).toBe(1);
    await stack.gql(org.admin, 'mutation($id: ID!) { sendMessageCampaign(id: $id) { status } }', { id: created.data!.createMessageCampaign.id });
    expect(stack.notifier.sent.at(-1)).toMatchObject({ channel: 'EMAIL', to: 'zhao@chunyi.cn', subject: '靖江春意暖通有限公司：新品资料', text: '赵经理您好，附上新品资料。' });

    const local = stack.runtime.notifier;
    stack.runtime.notifier = new SnsNotifier({ reminderTopicArn: 'arn:aws-cn:sns:cn-north-1:1:t' }, new SNSClient({ region: 'cn-north-1' }));
    try {
      const refused = await stack.gql(org.admin, 'mutation($input: MessageCampaignInput!) { createMessageCampaign(input: $input) { id } }', { input: email });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('SES') });
    } finally {
      stack.runtime.notifier = local;
    }
  });
});
