import type { Actor } from '../users/user.types';
import { canManageOwned } from '../users/access.rules';
import { CrmError } from '../shared/errors';
import { DAY_MS } from '../shared/clock';
import { PIPELINE_ERRORS } from './pipeline.errors';
import type { Opportunity, StageVisit } from './opportunity.types';
import type { PipelineStage, SalesSettings } from './sales-settings.types';

export function canSeeOpportunity(actor: Actor, o: Pick<Opportunity, 'ownerId' | 'ownerDeptPath'>): boolean {
  return canManageOwned(actor, o);
}

export function stageOrThrow(settings: SalesSettings, stageId: string): PipelineStage {
  const stage = settings.stages.find((s) => s.id === stageId);
  if (!stage) throw new CrmError(PIPELINE_ERRORS.unknownStage, { stageId });
  return stage;
}

export function firstStage(settings: SalesSettings): PipelineStage {
  return [...settings.stages].sort((a, b) => a.order - b.order)[0]!;
}

/** Reaching a stage counts as passing every earlier one (a deal may skip stages). */
export function reachedThrough(settings: SalesSettings, stage: PipelineStage, already: readonly string[]): string[] {
  const upTo = settings.stages.filter((s) => s.order <= stage.order).map((s) => s.id);
  return [...new Set([...already, ...upTo])];
}

function leaveStage(history: StageVisit[], now: string): StageVisit[] {
  return history.map((v, i) => (i === history.length - 1 && !v.leftAt ? { ...v, leftAt: now } : v));
}

export function assertOpen(o: Opportunity): void {
  if (o.status !== 'OPEN') throw new CrmError(PIPELINE_ERRORS.closed, { status: o.status === 'WON' ? '赢单' : '输单' });
}

export function movedToStage(o: Opportunity, stage: PipelineStage, settings: SalesSettings, actorId: string, now: string): Opportunity {
  assertOpen(o);
  if (o.stageId === stage.id) throw new CrmError(PIPELINE_ERRORS.sameStage);
  return {
    ...o,
    stageId: stage.id,
    stageEnteredAt: now,
    reachedStageIds: reachedThrough(settings, stage, o.reachedStageIds),
    stageHistory: [...leaveStage(o.stageHistory, now), { stageId: stage.id, enteredAt: now, by: actorId }],
    updatedAt: now,
    version: o.version + 1,
  };
}

/** WON passes every stage; LOST keeps what was reached. */
export function closed(
  o: Opportunity,
  outcome: 'WON' | 'LOST',
  details: { reason: string; lessons?: string; orderId?: string },
  settings: SalesSettings,
  now: string,
): Opportunity {
  assertOpen(o);
  return {
    ...o,
    status: outcome,
    closedAt: now,
    closeReason: details.reason,
    lessons: details.lessons,
    orderId: details.orderId ?? o.orderId,
    reachedStageIds: outcome === 'WON' ? [...new Set([...o.reachedStageIds, ...settings.stages.map((s) => s.id)])] : o.reachedStageIds,
    stageHistory: leaveStage(o.stageHistory, now),
    updatedAt: now,
    version: o.version + 1,
  };
}

/** Milliseconds spent in each stage (a stage visited twice adds up); the current stay counts up to now. */
export function timeInStages(o: Pick<Opportunity, 'stageHistory'>, now: string): Map<string, number> {
  const spent = new Map<string, number>();
  for (const visit of o.stageHistory) {
    const ms = Date.parse(visit.leftAt ?? now) - Date.parse(visit.enteredAt);
    spent.set(visit.stageId, (spent.get(visit.stageId) ?? 0) + Math.max(0, ms));
  }
  return spent;
}

export function isStalled(o: Pick<Opportunity, 'status' | 'stageEnteredAt'>, settings: SalesSettings, now: Date): boolean {
  return o.status === 'OPEN' && Date.parse(o.stageEnteredAt) <= now.getTime() - settings.stalledAfterDays * DAY_MS;
}

export function stalledCutoff(settings: SalesSettings, now: Date): string {
  return new Date(now.getTime() - settings.stalledAfterDays * DAY_MS).toISOString();
}
