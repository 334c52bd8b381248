import { getVisibleCustomerOrThrow } from '../customers/customer.service';
import type { Customer } from '../customers/customer.types';
import { COMMON_ERRORS, CrmError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { isManagerOf } from '../users/access.rules';
import type { Application, ApplicationKind } from './application.types';
import { advancedToIntent } from './lifecycle.rules';
import { PROTECTION_ERRORS } from './protection.errors';
import { extendedProtection } from './protection.rules';

/**
 * Applications a manager decides: POTENTIAL → INTENT with a reason (rule 4) and protection
 * extensions of up to 30 days (rule 7). One pending application of each kind per customer.
 */
export async function applyForIntent(ctx: ServiceContext, customerId: string, reason: string): Promise<Application> {
  const customer = await ownedByApplicantOrThrow(ctx, customerId, '申请转意向客户');
  if (customer.lifecycle !== 'POTENTIAL') throw new CrmError(PROTECTION_ERRORS.notPotential, { stage: customer.lifecycle });
  return submit(ctx, customer, 'INTENT', reason);
}

export async function applyForExtension(ctx: ServiceContext, customerId: string, days: number, reason: string): Promise<Application> {
  const customer = await ownedByApplicantOrThrow(ctx, customerId, '申请延期');
  if (!Number.isInteger(days) || days < 1 || days > ctx.settings.extensionMaxDays) {
    throw new CrmError(PROTECTION_ERRORS.extensionTooLong, { max: ctx.settings.extensionMaxDays });
  }
  if (!customer.protection?.deadline) throw new CrmError(PROTECTION_ERRORS.noDeadline);
  return submit(ctx, customer, 'EXTENSION', reason, days);
}

async function ownedByApplicantOrThrow(ctx: ServiceContext, customerId: string, action: string): Promise<Customer> {
  const customer = await getVisibleCustomerOrThrow(ctx, customerId);
  if (customer.ownerId !== ctx.actor.id) throw new CrmError(PROTECTION_ERRORS.notOwner, { action });
  return customer;
}

async function submit(ctx: ServiceContext, customer: Customer, kind: ApplicationKind, reason: string, days?: number): Promise<Application> {
  const now = ctx.clock.now();
  const application: Application = {
    id: newId(now),
    customerId: customer.id,
    customerName: customer.name,
    kind,
    reason,
    days,
    applicantId: ctx.actor.id,
    applicantDeptPath: ctx.actor.departmentPath,
    status: 'PENDING',
    createdAt: now.toISOString(),
    version: 1,
  };
  await ctx.repos.commit([
    ctx.repos.protection.claimPendingSlot(customer.id, kind, application.id),
    ctx.repos.protection.putApplication(application),
  ]);
  return application;
}

/** A manager above the applicant (never the applicant) approves or rejects; approval changes the customer atomically. */
export async function decideApplication(
  ctx: ServiceContext,
  customerId: string,
  applicationId: string,
  approve: boolean,
  comment: string | undefined,
): Promise<Application> {
  const application = await ctx.repos.protection.getApplication(customerId, applicationId);
  if (!application || !isManagerOf(ctx.actor, application.applicantDeptPath)) throw new CrmError(PROTECTION_ERRORS.applicationNotFound);
  if (application.applicantId === ctx.actor.id) throw new CrmError(PROTECTION_ERRORS.ownApplication);
  if (application.status !== 'PENDING') throw new CrmError(PROTECTION_ERRORS.applicationDecided, { status: application.status });
  const now = ctx.clock.now().toISOString();
  const decided: Application = {
    ...application,
    status: approve ? 'APPROVED' : 'REJECTED',
    decidedAt: now,
    deciderId: ctx.actor.id,
    decisionComment: comment,
    version: application.version + 1,
  };
  const writes = [ctx.repos.protection.putApplication(decided, application.version), ctx.repos.protection.releasePendingSlot(customerId, application.kind)];
  if (approve) {
    const customer = await ctx.repos.customers.get(customerId, true);
    if (!customer) throw new CrmError(COMMON_ERRORS.notFound, { entity: '客户' });
    writes.push(ctx.repos.customers.putIfVersion(approvedCustomer(ctx, customer, application, now), customer.version));
  }
  await ctx.repos.commit(writes);
  return decided;
}

function approvedCustomer(ctx: ServiceContext, customer: Customer, application: Application, now: string): Customer {
  if (application.kind === 'INTENT') {
    if (customer.lifecycle !== 'POTENTIAL') throw new CrmError(PROTECTION_ERRORS.notPotential, { stage: customer.lifecycle });
    return advancedToIntent(customer, now, ctx.settings);
  }
  if (!customer.protection?.deadline) throw new CrmError(PROTECTION_ERRORS.noDeadline);
  return { ...customer, protection: extendedProtection(customer, customer.protection, application.days ?? 0, ctx.settings), updatedAt: now, version: customer.version + 1 };
}

/** Managers see their subtree's pending applications, admins all, reps their own customers' only via the customer. */
export async function listPendingApplications(ctx: ServiceContext): Promise<Application[]> {
  if (ctx.actor.role !== 'ADMIN' && ctx.actor.role !== 'MANAGER') throw new CrmError(COMMON_ERRORS.forbidden, { action: '查看待审批申请' });
  const pending = await ctx.repos.protection.listPending(ctx.actor.role === 'ADMIN' ? undefined : ctx.actor.departmentPath, 100);
  return pending.filter((a) => a.applicantId !== ctx.actor.id);
}
