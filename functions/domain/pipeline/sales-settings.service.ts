import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { PIPELINE_ERRORS } from './pipeline.errors';
import type { SalesSettingsInput } from './pipeline.schemas';
import { CLOSED_BUCKETS, type PipelineStage, type SalesSettings } from './sales-settings.types';

export async function getSalesSettings(ctx: ServiceContext): Promise<SalesSettings> {
  return ctx.repos.salesSettings.get();
}

/**
 * Admins configure the stages (order = position in the list), the stall threshold, the approval
 * threshold and payment reminders. A stage that still holds open deals cannot be removed: the
 * company's funnel counters say so without reading a single deal.
 */
export async function updateSalesSettings(ctx: ServiceContext, input: SalesSettingsInput): Promise<SalesSettings> {
  if (ctx.actor.role !== 'ADMIN') throw new CrmError(COMMON_ERRORS.forbidden, { action: '修改销售设置' });
  const current = await ctx.repos.salesSettings.get();
  if (current.version !== input.expectedVersion) throw new CrmError(COMMON_ERRORS.staleVersion, { entity: '销售设置' });
  const now = ctx.clock.now();
  const stages: PipelineStage[] = input.stages.map((s, i) => ({
    id: s.id ?? `S${newId(now)}`,
    name: s.name,
    order: i + 1,
    winProbability: s.winProbability,
  }));
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const stage of stages) {
    if ((CLOSED_BUCKETS as readonly string[]).includes(stage.id.toUpperCase())) throw new CrmError(PIPELINE_ERRORS.reservedStageId);
    if (names.has(stage.name) || ids.has(stage.id)) throw new CrmError(PIPELINE_ERRORS.duplicateStageName, { name: stage.name });
    names.add(stage.name);
    ids.add(stage.id);
  }
  const removed = current.stages.filter((s) => !ids.has(s.id));
  if (removed.length > 0) {
    const counters = await ctx.repos.salesCounters.funnel({ kind: 'ALL' });
    for (const stage of removed) {
      const open = counters.filter((r) => r.bucket === stage.id).reduce((sum, r) => sum + r.count, 0);
      if (open > 0) throw new CrmError(PIPELINE_ERRORS.stageInUse, { name: stage.name, count: open });
    }
  }
  const next: SalesSettings = {
    stages,
    stalledAfterDays: input.stalledAfterDays,
    orderApprovalThreshold: input.orderApprovalThreshold,
    paymentReminderDaysBefore: input.paymentReminderDaysBefore,
    paymentReminderHour: input.paymentReminderHour,
    version: current.version + 1,
    updatedAt: now.toISOString(),
    updatedBy: ctx.actor.id,
  };
  await ctx.repos.commit([ctx.repos.salesSettings.putIfVersion(next, current.version)]);
  return next;
}
