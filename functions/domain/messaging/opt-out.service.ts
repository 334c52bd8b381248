import type { PageKey } from '../../store/cursor';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import type { ServiceContext } from '../shared/service-context';
import { isSalesRole } from '../users/access.rules';
import { MESSAGING_ERRORS } from './messaging.errors';
import { normalizeAddress } from './messaging.rules';
import type { OptOutInput } from './messaging.schemas';
import type { Channel, OptOut } from './messaging.types';

function addressOrThrow(channel: Channel, raw: string): string {
  const address = normalizeAddress(channel, raw);
  if (!address) throw new CrmError(MESSAGING_ERRORS.invalidAddress, { address: raw, channel: channel === 'SMS' ? '手机号' : '邮箱' });
  return address;
}

/** Any sales user records a customer's "请勿再发" (退订); it holds for every campaign, including those already created. */
export async function addOptOut(ctx: ServiceContext, input: OptOutInput): Promise<OptOut> {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '登记退订' });
  const optOut: OptOut = {
    channel: input.channel,
    address: addressOrThrow(input.channel, input.address),
    reason: input.reason,
    createdBy: ctx.actor.id,
    createdAt: ctx.clock.now().toISOString(),
  };
  await ctx.repos.campaigns.putOptOut(optOut);
  return optOut;
}

/** Only admins lift an opt-out (the contact asked again to receive messages). */
export async function removeOptOut(ctx: ServiceContext, channel: Channel, address: string): Promise<boolean> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '撤销退订' });
  return ctx.repos.campaigns.deleteOptOut(channel, addressOrThrow(channel, address));
}

/** The list spans every department's contacts, so only admins read it. */
export async function listOptOuts(ctx: ServiceContext, channel: Channel, limit: number, startKey?: PageKey) {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看退订名单' });
  return ctx.repos.campaigns.listOptOuts(channel, limit, startKey);
}
