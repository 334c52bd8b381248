import { createCustomer } from '../../functions/domain/customers/customer.service';
import { logFollowUp } from '../../functions/domain/follow-ups/follow-up.service';
import { addImportantDate } from '../../functions/domain/reminders/reminder.service';
import { createPlan, submitWorkReport } from '../../functions/domain/tasks/plan.service';
import { createTask } from '../../functions/domain/tasks/task.service';
import { ADMIN_ONLY, MANAGERS, OWNER_CHAIN, SIGNED_IN, type MatrixRole, type SecurityFixture } from './security-fixture';
import type { TestStack } from './test-stack';

/**
 * Catalog rows of follow-ups, tasks, plans, work reports and reminders (schema/follow-ups.graphql,
 * tasks.graphql, reminders.graphql). Everything acted on belongs to the east rep (REP_OWNER), made
 * fresh for each call, so the owner chain may work it and nobody else may.
 */
interface ActivityHelpers {
  stack: TestStack;
  fx: SecurityFixture;
}

let serial = 0;
const DAY = 86_400_000;
const soon = (h: ActivityHelpers, days = 1) => new Date(h.stack.clock.now().getTime() + days * DAY).toISOString();
const today = (h: ActivityHelpers) => h.stack.clock.now().toISOString().slice(0, 10);
const REASON_TEXT = '电话沟通了采购计划和预算，约定下周上门演示。';

async function repCustomer(h: ActivityHelpers) {
  return createCustomer(h.stack.as(h.fx.org.rep), { kind: 'COMPANY', name: `活动矩阵${Date.now().toString(36)}${serial++}有限公司` });
}

async function repTask(h: ActivityHelpers, aboutCustomer = false) {
  const customerId = aboutCustomer ? (await repCustomer(h)).id : undefined;
  const task = await createTask(h.stack.as(h.fx.org.rep), { title: '矩阵待办', dueAt: soon(h), remindAt: soon(h, 0.5), quadrant: 'IMPORTANT', customerId });
  return { id: task.id, customerId: task.customerId ?? null, version: task.version };
}

async function repFollowUp(h: ActivityHelpers) {
  const customer = await repCustomer(h);
  const logged = await logFollowUp(h.stack.as(h.fx.org.rep), { customerId: customer.id, type: 'CALL', contactName: '王经理', content: REASON_TEXT });
  return { customerId: customer.id, id: logged.followUp.id, version: logged.followUp.version };
}

/** A monthly report of a month nobody has reported yet (each call its own period). */
async function repReport(h: ActivityHelpers) {
  const report = await submitWorkReport(h.stack.as(h.fx.org.rep), { kind: 'MONTHLY', date: `20${String(10 + (serial++ % 15)).padStart(2, '0')}-${String(1 + (serial % 12)).padStart(2, '0')}-15`, content: '本月拜访客户二十家。' });
  return { period: report.period, version: report.version };
}

export const ACTIVITY_OPERATIONS: {
  op: string;
  variant?: string;
  variables?: (h: ActivityHelpers, role: MatrixRole) => Record<string, unknown> | Promise<Record<string, unknown>>;
  allow: readonly MatrixRole[];
}[] = [
  // ---- follow-ups ----
  { op: 'Query.followUps', variables: (h) => ({ customerId: h.fx.customers.east.customer.id }), allow: OWNER_CHAIN },
  { op: 'Query.followUps', variant: 'another department', variables: (h) => ({ customerId: h.fx.customers.west.customer.id }), allow: ['ADMIN', 'MANAGER_OTHER', 'REP_OTHER'] },
  { op: 'Query.followUpsOfDay', variables: (h) => ({ date: today(h) }), allow: SIGNED_IN },
  { op: 'Query.followUpsOfDay', variant: "the rep's day", variables: (h) => ({ date: today(h), userId: h.fx.org.rep.id }), allow: OWNER_CHAIN },
  { op: 'Query.followUpsToReview', variables: () => ({ first: 50 }), allow: MANAGERS },
  {
    op: 'Mutation.logFollowUp',
    variables: async (h) => ({ input: { customerId: (await repCustomer(h)).id, type: 'VISIT', contactName: '王经理', content: REASON_TEXT } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.reviewFollowUp',
    variables: async (h) => {
      const f = await repFollowUp(h);
      return { customerId: f.customerId, id: f.id, input: { decision: 'APPROVE', comment: '跟进到位', expectedVersion: f.version } };
    },
    allow: ['ADMIN', 'MANAGER_OWN'],
  },

  // ---- tasks ----
  { op: 'Query.agenda', allow: SIGNED_IN },
  { op: 'Query.agenda', variant: "the rep's agenda", variables: (h) => ({ userId: h.fx.org.rep.id }), allow: OWNER_CHAIN },
  { op: 'Query.tasks', variables: (h) => ({ from: soon(h, -1), to: soon(h, 30) }), allow: SIGNED_IN },
  { op: 'Query.tasks', variant: "the rep's tasks", variables: (h) => ({ userId: h.fx.org.rep.id, from: soon(h, -1), to: soon(h, 30) }), allow: OWNER_CHAIN },
  { op: 'Query.task', variables: async (h) => ({ id: (await repTask(h)).id }), allow: OWNER_CHAIN },
  { op: 'Query.task', variant: 'about a customer', variables: async (h) => { const t = await repTask(h, true); return { id: t.id, customerId: t.customerId }; }, allow: OWNER_CHAIN },
  { op: 'Mutation.createTask', variables: (h) => ({ input: { title: '矩阵新待办', dueAt: soon(h) } }), allow: SIGNED_IN },
  {
    op: 'Mutation.createTask',
    variant: 'about the east customer',
    variables: (h) => ({ input: { title: '回访', dueAt: soon(h), customerId: h.fx.customers.east.customer.id } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.updateTask',
    variables: async (h) => { const t = await repTask(h, true); return { id: t.id, customerId: t.customerId, input: { title: '改期', expectedVersion: t.version } }; },
    allow: OWNER_CHAIN,
  },
  { op: 'Mutation.completeTask', variables: async (h) => { const t = await repTask(h); return { id: t.id, expectedVersion: t.version }; }, allow: OWNER_CHAIN },
  { op: 'Mutation.deleteTask', variables: async (h) => { const t = await repTask(h, true); return { id: t.id, customerId: t.customerId, expectedVersion: t.version }; }, allow: OWNER_CHAIN },

  // ---- plans and work reports ----
  { op: 'Query.plans', allow: SIGNED_IN },
  { op: 'Query.plans', variant: "the rep's plans", variables: (h) => ({ userId: h.fx.org.rep.id }), allow: OWNER_CHAIN },
  { op: 'Query.workReports', allow: SIGNED_IN },
  { op: 'Query.workReports', variant: "the rep's reports", variables: (h) => ({ userId: h.fx.org.rep.id }), allow: OWNER_CHAIN },
  { op: 'Query.departmentWorkReports', variables: (h) => ({ period: h.stack.clock.now().toISOString().slice(0, 7) }), allow: MANAGERS },
  {
    op: 'Mutation.createPlan',
    variables: (h) => ({ input: { period: 'WEEK', startDate: today(h), endDate: soon(h, 6).slice(0, 10), title: '本周计划', content: '拜访五家客户' } }),
    allow: SIGNED_IN,
  },
  {
    op: 'Mutation.updatePlan',
    variables: async (h) => {
      const plan = await createPlan(h.stack.as(h.fx.org.rep), { period: 'WEEK', startDate: today(h), endDate: soon(h, 6).slice(0, 10), title: '计划', content: '拜访' });
      return { id: plan.id, input: { completion: 50, expectedVersion: plan.version } };
    },
    allow: ['REP_OWNER'],
  },
  {
    op: 'Mutation.submitWorkReport',
    variables: () => ({ input: { kind: 'MONTHLY', date: `20${String(10 + (serial++ % 15)).padStart(2, '0')}-${String(1 + (serial % 12)).padStart(2, '0')}-10`, content: '本月工作总结。' } }),
    allow: SIGNED_IN,
  },
  {
    op: 'Mutation.updateWorkReport',
    variables: async (h) => { const r = await repReport(h); return { period: r.period, input: { nextPlan: '下月计划', expectedVersion: r.version } }; },
    allow: ['REP_OWNER'],
  },

  // ---- reminders ----
  { op: 'Query.myNotificationPreferences', allow: SIGNED_IN },
  { op: 'Mutation.setMyNotificationPreferences', variables: () => ({ input: { channels: 'SMS', digestTime: '08:30' } }), allow: SIGNED_IN },
  { op: 'Query.failedDeliveries', allow: ADMIN_ONLY },
  { op: 'Query.outbox', allow: ADMIN_ONLY },
  {
    op: 'Mutation.addImportantDate',
    variables: async (h) => ({ input: { customerId: (await repCustomer(h)).id, kind: 'ANNIVERSARY', label: '合作纪念日', month: 5, day: 20 } }),
    allow: OWNER_CHAIN,
  },
  {
    op: 'Mutation.removeImportantDate',
    variables: async (h) => {
      const customer = await repCustomer(h);
      const date = await addImportantDate(h.stack.as(h.fx.org.rep), { customerId: customer.id, kind: 'ANNIVERSARY', label: '纪念日', month: 6, day: 1 });
      return { customerId: customer.id, id: date.id, expectedVersion: date.version };
    },
    allow: OWNER_CHAIN,
  },
];
