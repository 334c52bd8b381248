import type { Notifier } from '../../notify/notifier';
import type { PageKey } from '../../store/cursor';
import type { Contact } from '../customers/contact.types';
import { canSeeCustomer } from '../customers/customer.rules';
import type { Customer } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isInSubtree } from '../users/access.rules';
import { MESSAGING_ERRORS, RecipientAlreadyFinished } from './messaging.errors';
import { addressOf, customerMatches, displayAddress, isTransientSendError, renderTemplate, unknownTemplateFields } from './messaging.rules';
import type { CampaignInput } from './messaging.schemas';
import type { Campaign, CampaignRecipient } from './messaging.types';
import type { SendLimiter } from './send-rate';

/** One API request resolves the whole recipient set; larger sends are split by filter. */
export const MAX_CAMPAIGN_CUSTOMERS = 5000;
const COLLECTION_CONCURRENCY = 8;

function requireSender(ctx: ServiceContext, action: string): void {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action });
}

function checkTemplate(input: CampaignInput): void {
  const unknown = unknownTemplateFields(`${input.subject ?? ''}${input.template}`);
  if (unknown.length) throw new CrmError(MESSAGING_ERRORS.unknownField, { fields: unknown.join(' ') });
  if (input.channel === 'EMAIL' && !input.subject) throw new CrmError(MESSAGING_ERRORS.subjectRequired);
}

export interface ResolvedRecipients {
  recipients: Omit<CampaignRecipient, 'campaignId'>[];
  excludedOptOut: number;
  excludedNoAddress: number;
}

/**
 * The contacts a campaign reaches: customers the sender may see (admins: all, managers: their
 * subtree — the list indexes, page by page, never a Scan), narrowed by the filter, one message per
 * address, minus the opt-out list.
 */
export async function resolveRecipients(ctx: ServiceContext, input: CampaignInput): Promise<ResolvedRecipients> {
  const { repos, actor } = ctx;
  const query = actor.role === 'ADMIN' ? ({ kind: 'ALL' } as const) : ({ kind: 'SUBTREE', path: actor.departmentPath } as const);
  const matched: Customer[] = [];
  let startKey: PageKey | undefined;
  do {
    const page = await repos.customers.list(query, 500, startKey);
    matched.push(...page.items.filter((c) => canSeeCustomer(actor, c) && customerMatches(input.filter, c)));
    if (matched.length > MAX_CAMPAIGN_CUSTOMERS) throw new CrmError(MESSAGING_ERRORS.tooManyCustomers, { max: MAX_CAMPAIGN_CUSTOMERS });
    startKey = page.nextKey;
  } while (startKey);

  const contactsOf = new Map<string, Contact[]>();
  const queue = [...matched];
  await Promise.all(
    Array.from({ length: COLLECTION_CONCURRENCY }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) contactsOf.set(c.id, (await repos.customers.getCollection(c.id))?.contacts ?? []);
    }),
  );

  const now = ctx.clock.now().toISOString();
  const byAddress = new Map<string, Omit<CampaignRecipient, 'campaignId'>>();
  let excludedNoAddress = 0;
  for (const customer of matched) {
    const contacts = (contactsOf.get(customer.id) ?? []).filter((c) => !input.filter.primaryContactsOnly || c.primary);
    for (const contact of contacts) {
      const address = addressOf(contact, input.channel);
      if (!address) {
        excludedNoAddress++;
        continue;
      }
      if (byAddress.has(address)) continue;
      byAddress.set(address, {
        address,
        contactId: contact.id,
        customerId: customer.id,
        contactName: contact.name,
        customerName: customer.name,
        text: renderTemplate(input.template, contact, customer),
        subject: input.subject === undefined ? undefined : renderTemplate(input.subject, contact, customer),
        status: 'PENDING',
        attempts: 0,
        updatedAt: now,
      });
    }
  }
  const optedOut = await repos.campaigns.optedOut(input.channel, [...byAddress.keys()]);
  const recipients = [...byAddress.values()].filter((r) => !optedOut.has(r.address));
  return { recipients, excludedOptOut: byAddress.size - recipients.length, excludedNoAddress };
}

export interface CampaignPreview {
  recipientCount: number;
  excludedOptOut: number;
  excludedNoAddress: number;
  samples: { contactName: string; customerName: string; to: string; subject?: string; text: string }[];
}

/** What would go out: the count and the first messages exactly as they would be rendered. */
export async function previewCampaign(ctx: ServiceContext, input: CampaignInput, sample: number): Promise<CampaignPreview> {
  requireSender(ctx, '预览群发消息');
  checkTemplate(input);
  const resolved = await resolveRecipients(ctx, input);
  return {
    recipientCount: resolved.recipients.length,
    excludedOptOut: resolved.excludedOptOut,
    excludedNoAddress: resolved.excludedNoAddress,
    samples: resolved.recipients.slice(0, sample).map((r) => ({
      contactName: r.contactName,
      customerName: r.customerName,
      to: displayAddress(input.channel, r.address),
      subject: r.subject,
      text: r.text,
    })),
  };
}

/** Freezes the recipient list and the rendered texts; nothing is sent until sendCampaignBatch. */
export async function createCampaign(ctx: ServiceContext, input: CampaignInput): Promise<Campaign> {
  requireSender(ctx, '创建群发消息');
  checkTemplate(input);
  const resolved = await resolveRecipients(ctx, input);
  if (resolved.recipients.length === 0) throw new CrmError(MESSAGING_ERRORS.noRecipients);
  const now = ctx.clock.now().toISOString();
  const campaign: Campaign = {
    id: newId(ctx.clock.now()),
    name: input.name,
    channel: input.channel,
    subject: input.subject,
    template: input.template,
    filter: input.filter,
    status: 'SENDING',
    createdBy: ctx.actor.id,
    creatorDeptPath: ctx.actor.departmentPath,
    createdAt: now,
    total: resolved.recipients.length,
    sent: 0,
    failed: 0,
    skipped: 0,
    excludedOptOut: resolved.excludedOptOut,
    excludedNoAddress: resolved.excludedNoAddress,
    version: 1,
  };
  await ctx.repos.campaigns.putRecipients(resolved.recipients.map((r) => ({ ...r, campaignId: campaign.id })));
  await ctx.repos.commit([ctx.repos.campaigns.putNew(campaign)]);
  return campaign;
}

/** The creator, managers above the creator's department, and admins see a campaign; others get NOT_FOUND. */
export async function getVisibleCampaignOrThrow(ctx: ServiceContext, id: string): Promise<Campaign> {
  const campaign = await ctx.repos.campaigns.get(id, true);
  const { actor } = ctx;
  const visible =
    campaign &&
    (actor.role === 'ADMIN' || campaign.createdBy === actor.id || (actor.role === 'MANAGER' && isInSubtree(campaign.creatorDeptPath, actor.departmentPath)));
  if (!visible) throw new CrmError(COMMON_ERRORS.notFound, { entity: '群发消息' });
  return campaign;
}

export async function listCampaigns(ctx: ServiceContext, limit: number, startKey?: PageKey) {
  requireSender(ctx, '查看群发消息');
  const scope = ctx.actor.role === 'ADMIN' ? ({ kind: 'ALL' } as const) : ({ kind: 'SUBTREE', path: ctx.actor.departmentPath } as const);
  return ctx.repos.campaigns.list(scope, limit, startKey);
}

export interface SendOptions {
  notifier: Notifier;
  /** The company's send rate for the campaign's channel. */
  limiterFor(channel: Campaign['channel']): SendLimiter;
  /** Real milliseconds this call may spend; the rest is sent by the next call. */
  budgetMs: number;
  /** A claim not finished by then was interrupted mid-send (business clock). */
  leaseMs?: number;
  realNowMs?: () => number;
}

/**
 * Sends the next recipients until none are left or the budget is spent, and returns the campaign's
 * progress. Safe to call again at any time, by anyone allowed, even concurrently: each message is
 * claimed with a conditional write first, and an interrupted claim is recorded as FAILED (outcome
 * unknown) instead of being sent again — so no recipient is ever messaged twice.
 */
export async function sendCampaignBatch(ctx: ServiceContext, id: string, options: SendOptions): Promise<Campaign> {
  requireSender(ctx, '发送群发消息');
  const campaign = await getVisibleCampaignOrThrow(ctx, id);
  if (campaign.status === 'COMPLETED') return campaign;
  const { repos } = ctx;
  const realNow = options.realNowMs ?? (() => Date.now());
  const started = realNow();
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const limiter = options.limiterFor(campaign.channel);
  const finish = (r: CampaignRecipient, from: 'PENDING' | 'SENDING', to: 'SENT' | 'FAILED' | 'SKIPPED', error?: string) =>
    repos.commit(repos.campaigns.finish(r, from, to, ctx.clock.now().toISOString(), error)).catch((e: unknown) => {
      if (!(e instanceof RecipientAlreadyFinished)) throw e;
    });

  for (;;) {
    const page = await repos.campaigns.pending(id, 50);
    if (page.length === 0) {
      await repos.campaigns.complete(id, ctx.clock.now().toISOString());
      break;
    }
    const optedOut = await repos.campaigns.optedOut(campaign.channel, page.map((r) => r.address));
    let progressed = false;
    let stop = false;
    for (const r of page) {
      if (realNow() - started > options.budgetMs) {
        stop = true;
        break;
      }
      const now = ctx.clock.now().toISOString();
      if (r.status === 'SENDING') {
        if (!r.leaseUntil || r.leaseUntil > now) continue;
        await finish(r, 'SENDING', 'FAILED', '发送中断，结果未知（为避免重复未重发） / interrupted mid-send; not resent to avoid a duplicate');
        progressed = true;
        continue;
      }
      if (optedOut.has(r.address)) {
        await finish(r, 'PENDING', 'SKIPPED', '已退订 / opted out');
        progressed = true;
        continue;
      }
      await limiter.acquire();
      const leaseUntil = new Date(ctx.clock.now().getTime() + leaseMs).toISOString();
      if (!(await repos.campaigns.claim(r, now, leaseUntil))) continue;
      progressed = true;
      try {
        await options.notifier.send({
          id: `CAMPAIGN#${id}#${r.address}`,
          userId: `contact:${r.contactId}`,
          channel: campaign.channel,
          to: r.address,
          subject: r.subject,
          text: r.text,
          kind: 'CAMPAIGN',
          at: ctx.clock.now().toISOString(),
        });
      } catch (error) {
        const text = `${(error as Error).name ?? 'Error'}: ${(error as Error).message ?? String(error)}`.slice(0, 300);
        if (isTransientSendError(error)) {
          await repos.campaigns.release(r, ctx.clock.now().toISOString(), text);
          stop = true;
          break;
        }
        await finish(r, 'SENDING', 'FAILED', text);
        continue;
      }
      await finish(r, 'SENDING', 'SENT');
    }
    // Only in-flight claims of another sender are left: they are theirs to finish.
    if (stop || !progressed) break;
  }
  return (await repos.campaigns.get(id, true))!;
}
