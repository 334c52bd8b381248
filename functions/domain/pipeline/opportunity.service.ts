import type { Page, PageKey } from '../../store/cursor';
import type { OpportunityListQuery } from '../../store/opportunity.repository';
import type { Write } from '../../store/transactions';
import { getEditableCustomerOrThrow, getVisibleCustomerOrThrow } from '../customers/customer.service';
import { restartOnCustomerConflict } from '../customers/customer-conflict';
import type { Customer } from '../customers/customer.types';
import { countOpenOpportunity } from '../protection/protection.rules';
import { activeProductsOrThrow } from '../products/product.service';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isSalesRole } from '../users/access.rules';
import { opportunityCounterDeltas, type OpportunityChange } from './pipeline-counters.rules';
import { PIPELINE_ERRORS } from './pipeline.errors';
import type { CloseOpportunityInput, CreateOpportunityInput, MoveStageInput, OpportunityFilter, UpdateOpportunityInput } from './pipeline.schemas';
import { assertOpen, canSeeOpportunity, closed, firstStage, movedToStage, reachedThrough, stageOrThrow, stalledCutoff } from './opportunity.rules';
import type { Opportunity } from './opportunity.types';
import { salesScopeFor, type ScopeFilter } from './sales-scope';

/** The deal writes plus the funnel/forecast counter increments they cause: one transaction. */
export function opportunityWrites(ctx: Pick<ServiceContext, 'repos' | 'settings'>, changes: OpportunityChange[]): Write[] {
  const writes: Write[] = [];
  for (const { before, after } of changes) {
    if (after) writes.push(before ? ctx.repos.opportunities.putIfVersion(after, before.version) : ctx.repos.opportunities.putNew(after));
  }
  return [...writes, ...ctx.repos.salesCounters.writes(opportunityCounterDeltas(changes, ctx.settings.timeZone))];
}

/**
 * The customer's open-deal count (a pool's opportunity rule and exemption read it), written under the
 * customer's version: a customer that changed hands meanwhile fails the whole transaction.
 */
function customerCountWrite(ctx: ServiceContext, customer: Customer, delta: 1 | -1, now: string): Write {
  const next = { ...countOpenOpportunity(customer, delta, now, ctx.settings), updatedAt: now, version: customer.version + 1 };
  const write = ctx.repos.customers.putIfVersion(next, customer.version);
  return {
    ...write,
    onConditionFailed: (existing) =>
      existing?.ownerId !== customer.ownerId ? new CrmError(PIPELINE_ERRORS.ownerChanged) : new CrmError(COMMON_ERRORS.staleVersion, { entity: '客户' }),
  };
}

async function customerOrThrow(ctx: ServiceContext, id: string): Promise<Customer> {
  const customer = await ctx.repos.customers.get(id, true);
  if (!customer) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
  return customer;
}

/** `consistent` before a write (the version must be current); a plain read may take the index copy. */
export async function getOpportunityOrThrow(ctx: ServiceContext, id: string, consistent = false): Promise<Opportunity> {
  const found = await ctx.repos.opportunities.findById(id, { consistent });
  if (!found || !canSeeOpportunity(ctx.actor, found)) throw new CrmError(COMMON_ERRORS.notFound, { entity: '商机' });
  return found;
}

async function currentOrThrow(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Opportunity> {
  const current = await getOpportunityOrThrow(ctx, id, true);
  if (current.version !== expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '商机' });
  return current;
}

export async function createOpportunity(ctx: ServiceContext, input: CreateOpportunityInput): Promise<Opportunity> {
  if (!isSalesRole(ctx.actor.role)) throw new CrmError(COMMON_ERRORS.forbidden, { action: '新建商机' });
  const customer = await getEditableCustomerOrThrow(ctx, input.customerId);
  if (!customer.ownerId) throw new CrmError(PIPELINE_ERRORS.customerNotOwned);
  const settings = await ctx.repos.salesSettings.get();
  const stage = input.stageId ? stageOrThrow(settings, input.stageId) : firstStage(settings);
  const { checks } = await activeProductsOrThrow(ctx, input.productIds ?? []);
  const now = ctx.clock.now().toISOString();
  let attempt = 0;
  const opportunity: Opportunity = {
    id: newId(ctx.clock.now()),
    customerId: customer.id,
    title: input.title,
    productIds: input.productIds ?? [],
    expectedAmount: input.expectedAmount,
    currency: input.currency,
    expectedCloseDate: input.expectedCloseDate,
    ownerId: customer.ownerId,
    ownerDeptPath: customer.ownerDeptPath ?? '',
    status: 'OPEN',
    stageId: stage.id,
    stageEnteredAt: now,
    reachedStageIds: reachedThrough(settings, stage, []),
    stageHistory: [{ stageId: stage.id, enteredAt: now, by: ctx.actor.id }],
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    version: 1,
  };
  await restartOnCustomerConflict(async () => {
    const fresh = attempt++ === 0 ? customer : await customerOrThrow(ctx, customer.id);
    if (fresh.ownerId !== customer.ownerId) throw new CrmError(PIPELINE_ERRORS.ownerChanged);
    await ctx.repos.commit([...opportunityWrites(ctx, [{ after: opportunity }]), customerCountWrite(ctx, fresh, 1, now), ...checks]);
  });
  return opportunity;
}

export async function updateOpportunity(ctx: ServiceContext, id: string, input: UpdateOpportunityInput): Promise<Opportunity> {
  const current = await currentOrThrow(ctx, id, input.expectedVersion);
  assertOpen(current);
  const { checks } = await activeProductsOrThrow(ctx, input.productIds ?? []);
  const next: Opportunity = {
    ...current,
    title: input.title ?? current.title,
    productIds: input.productIds ?? current.productIds,
    expectedAmount: input.expectedAmount ?? current.expectedAmount,
    expectedCloseDate: input.expectedCloseDate ?? current.expectedCloseDate,
    updatedAt: ctx.clock.now().toISOString(),
    version: current.version + 1,
  };
  await ctx.repos.commit([...opportunityWrites(ctx, [{ before: current, after: next }]), ...checks]);
  return next;
}

export async function moveOpportunityStage(ctx: ServiceContext, id: string, input: MoveStageInput): Promise<Opportunity> {
  const current = await currentOrThrow(ctx, id, input.expectedVersion);
  const settings = await ctx.repos.salesSettings.get();
  const next = movedToStage(current, stageOrThrow(settings, input.stageId), settings, ctx.actor.id, ctx.clock.now().toISOString());
  await ctx.repos.commit(opportunityWrites(ctx, [{ before: current, after: next }]));
  return next;
}

export async function closeOpportunity(ctx: ServiceContext, id: string, input: CloseOpportunityInput): Promise<Opportunity> {
  const current = await currentOrThrow(ctx, id, input.expectedVersion);
  const settings = await ctx.repos.salesSettings.get();
  const now = ctx.clock.now().toISOString();
  const next = closed(current, input.outcome, { reason: input.reason, lessons: input.lessons }, settings, now);
  await restartOnCustomerConflict(async () => {
    const customer = await customerOrThrow(ctx, current.customerId);
    await ctx.repos.commit([...opportunityWrites(ctx, [{ before: current, after: next }]), customerCountWrite(ctx, customer, -1, now)]);
  });
  return next;
}

function listQueryFor(scope: Awaited<ReturnType<typeof salesScopeFor>>, status: OpportunityFilter['status']): OpportunityListQuery {
  if (scope.kind === 'OWNER') return { kind: 'OWNER', ownerId: scope.ownerId, status };
  if (scope.kind === 'SUBTREE') return { kind: 'SUBTREE', path: scope.path, status };
  return { kind: 'ALL', status };
}

export async function listOpportunities(ctx: ServiceContext, filter: OpportunityFilter, limit: number, startKey?: PageKey): Promise<Page<Opportunity>> {
  let query: OpportunityListQuery;
  if (filter.customerId) {
    await getVisibleCustomerOrThrow(ctx, filter.customerId);
    query = { kind: 'CUSTOMER', customerId: filter.customerId };
  } else {
    query = listQueryFor(await salesScopeFor(ctx, filter), filter.status);
  }
  const page = await ctx.repos.opportunities.list(query, limit, startKey);
  const keep = (o: Opportunity) => canSeeOpportunity(ctx.actor, o) && (!filter.status || o.status === filter.status);
  const kept = page.items.map((o, i) => ({ o, key: page.itemKeys?.[i] })).filter(({ o }) => keep(o));
  return { items: kept.map((k) => k.o), itemKeys: kept.map((k) => k.key ?? {}), nextKey: page.nextKey };
}

/** Open deals with no stage change for the configured number of days: one GSI1 range per rep in scope. */
export async function stalledOpportunities(ctx: ServiceContext, filter: ScopeFilter): Promise<Opportunity[]> {
  const scope = await salesScopeFor(ctx, filter);
  const settings = await ctx.repos.salesSettings.get();
  const cutoff = stalledCutoff(settings, ctx.clock.now());
  const ownerIds =
    scope.kind === 'OWNER'
      ? [scope.ownerId]
      : (await ctx.repos.users.listByPath(scope.kind === 'SUBTREE' ? scope.path : undefined)).filter((u) => isSalesRole(u.role)).map((u) => u.id);
  const perOwner = await Promise.all(ownerIds.map((ownerId) => ctx.repos.opportunities.listStalled(ownerId, cutoff)));
  return perOwner
    .flat()
    .filter((o) => canSeeOpportunity(ctx.actor, o))
    .sort((a, b) => a.stageEnteredAt.localeCompare(b.stageEnteredAt));
}
