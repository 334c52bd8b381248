import { ENV, optionalEnv } from '../../commons/env';
import { createCampaign, getVisibleCampaignOrThrow, listCampaigns, previewCampaign, sendCampaignBatch } from '../../domain/messaging/campaign.service';
import { displayAddress } from '../../domain/messaging/messaging.rules';
import { CampaignInput, MESSAGING_LABELS, OptOutInput } from '../../domain/messaging/messaging.schemas';
import type { Channel } from '../../domain/messaging/messaging.types';
import { addOptOut, listOptOuts, removeOptOut } from '../../domain/messaging/opt-out.service';
import { TableTokenBucket } from '../../domain/messaging/send-rate';
import { MESSAGING_ERRORS } from '../../domain/messaging/messaging.errors';
import { COMMON_ERRORS, CrmError } from '../../domain/shared/errors';
import { SnsNotifier } from '../../notify/sns-notifier';
import { parseInput } from '../../domain/shared/validation';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';

/** API Gateway ends a request at 29 s; a send call stops taking new recipients well before. */
const SEND_BUDGET_MS = 20_000;
const EMAIL_RATE_PER_SECOND = 10;

function sendRate(channel: Channel): number {
  return channel === 'SMS' ? Number(optionalEnv(ENV.smsRatePerSecond, '5')) : EMAIL_RATE_PER_SECOND;
}

/**
 * SNS delivers e-mail only to topic subscribers (our users, filtered by id): it cannot address a
 * customer's contact. Deployed e-mail campaigns wait for an SES notifier instead of being recorded as sent.
 */
function campaignInput(ctx: ApiContext, raw: unknown) {
  const input = parseInput(CampaignInput, raw, ctx.runtime.locale, MESSAGING_LABELS);
  if (input.channel === 'EMAIL' && ctx.runtime.notifier instanceof SnsNotifier) throw new CrmError(MESSAGING_ERRORS.emailNotConfigured);
  return input;
}

function sampleSize(sample: number | null | undefined): number {
  const size = sample ?? 5;
  if (!Number.isInteger(size) || size < 0 || size > 20) throw new CrmError(COMMON_ERRORS.invalidInput, { details: 'sample 必须在 0 到 20 之间' });
  return size;
}

export const messagingResolvers: Resolvers = {
  Query: {
    previewMessageCampaign: (_, { input, sample }, ctx) => previewCampaign(ctx.service(), campaignInput(ctx, input), sampleSize(sample)),
    messageCampaign: (_, { id }, ctx) => getVisibleCampaignOrThrow(ctx.service(), id),
    messageCampaigns: async (_, { first, after }, ctx) => {
      const scope = cursorScope(ctx, 'messageCampaigns', {});
      return toConnection(ctx, await listCampaigns(ctx.service(), pageSize(first), decodeAfter(ctx, after, scope)), scope);
    },
    messageOptOuts: async (_, { channel, first, after }, ctx) => {
      const scope = cursorScope(ctx, 'messageOptOuts', { channel });
      return toConnection(ctx, await listOptOuts(ctx.service(), channel, pageSize(first), decodeAfter(ctx, after, scope)), scope);
    },
  },
  Mutation: {
    createMessageCampaign: (_, { input }, ctx) => createCampaign(ctx.service(), campaignInput(ctx, input)),
    sendMessageCampaign: (_, { id }, ctx) =>
      sendCampaignBatch(ctx.service(), id, {
        notifier: ctx.runtime.notifier,
        limiterFor: (channel) => new TableTokenBucket(ctx.runtime.repos.campaigns, channel, sendRate(channel)),
        budgetMs: SEND_BUDGET_MS,
      }),
    addMessageOptOut: (_, args, ctx) => addOptOut(ctx.service(), parseInput(OptOutInput, args, ctx.runtime.locale, MESSAGING_LABELS)),
    removeMessageOptOut: (_, { channel, address }, ctx) => removeOptOut(ctx.service(), channel, address),
  },
  MessageCampaign: {
    createdBy: async (c, _, ctx) => {
      const user = await ctx.loaders.users.load(c.createdBy);
      return user ? { id: user.id, name: user.name } : null;
    },
    pending: (c) => Math.max(0, c.total - c.sent - c.failed - c.skipped),
    recipients: async (c, { status, first, after }, ctx) => {
      const scope = cursorScope(ctx, `campaignRecipients:${c.id}`, { status });
      const page = await ctx.runtime.repos.campaigns.recipients(c.id, pageSize(first), status ?? undefined, decodeAfter(ctx, after, scope));
      return toConnection(ctx, page, scope);
    },
  },
  MessageRecipient: {
    to: (r, _, ctx) => displayAddress(r.address.includes('@') ? 'EMAIL' : 'SMS', r.address),
  },
};
