import { createServiceTicket, transitionServiceTicket } from '../../functions/domain/service/service-ticket.service';
import { setTarget } from '../../functions/domain/targets/target.service';
import { ADMIN_ONLY, SIGNED_IN, type MatrixRole, type SecurityFixture } from './security-fixture';
import type { TestStack } from './test-stack';

/**
 * Authorization-matrix rows of service tickets, targets and reports (schema/service.graphql,
 * targets.graphql, reports.graphql), in the shape of the operation catalog: spread into OPERATION_CATALOG.
 * Tickets are opened on the fixture's FORMAL customer (owned by the east rep), so service staff see them.
 */
interface ReportHelpers {
  stack: TestStack;
  fx: SecurityFixture;
}

const MARCH = { input: { from: '2026-03-01', to: '2026-03-31' } };
let serial = 0;

async function ticket(h: ReportHelpers, resolved = false) {
  const service = h.stack.as(h.fx.org.service);
  const t = await createServiceTicket(service, { customerId: h.fx.customers.formal.customer.id, type: 'WARRANTY_REPAIR', subject: '矩阵测试工单', productIds: [] }, h.stack.notifier);
  if (resolved) await transitionServiceTicket(service, t.id, 'RESOLVE', '矩阵测试处理完毕');
  return t.id;
}

/** A department target of the east department for a period nobody else uses, so each call splits a fresh one. */
async function eastTarget(h: ReportHelpers) {
  const period = String(3000 + serial++);
  await setTarget(h.stack.as(h.fx.org.admin), { subjectKind: 'DEPARTMENT', subjectId: h.fx.org.east.id, period, metric: 'SIGNED', currency: 'CNY', amount: 10_000 });
  return period;
}

const TICKET_WORKERS: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'SERVICE'];
const TICKET_VIEWERS: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'REP_OWNER', 'SERVICE'];
const TARGET_SETTERS: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN'];

export const REPORT_OPERATIONS: {
  op: string;
  variant?: string;
  variables?: (h: ReportHelpers, role: MatrixRole) => Record<string, unknown> | Promise<Record<string, unknown>>;
  allow: readonly MatrixRole[];
}[] = [
  // ---- service tickets ----
  { op: 'Query.serviceTicket', variables: async (h) => ({ id: await ticket(h) }), allow: TICKET_VIEWERS },
  { op: 'Query.assignedServiceTickets', allow: SIGNED_IN },
  { op: 'Query.serviceTicketQueue', variables: () => ({ status: 'OPEN' }), allow: ['ADMIN', 'SERVICE'] },
  {
    op: 'Mutation.createServiceTicket',
    variables: (h) => ({ input: { customerId: h.fx.customers.formal.customer.id, type: 'INSTALLATION', subject: '矩阵测试安装' } }),
    allow: [...TICKET_VIEWERS],
  },
  { op: 'Mutation.assignServiceTicket', variables: async (h) => ({ id: await ticket(h), assigneeId: h.fx.org.service.id }), allow: TICKET_WORKERS },
  { op: 'Mutation.startServiceTicket', variables: async (h) => ({ id: await ticket(h) }), allow: TICKET_WORKERS },
  { op: 'Mutation.resolveServiceTicket', variables: async (h) => ({ id: await ticket(h), resolution: '已处理' }), allow: TICKET_WORKERS },
  { op: 'Mutation.closeServiceTicket', variables: async (h) => ({ id: await ticket(h, true), satisfaction: 4 }), allow: TICKET_WORKERS },
  { op: 'Mutation.reopenServiceTicket', variables: async (h) => ({ id: await ticket(h, true), reason: '问题复发' }), allow: TICKET_VIEWERS },
  { op: 'Mutation.rateServiceTicket', variables: async (h) => ({ id: await ticket(h, true), satisfaction: 5 }), allow: TICKET_VIEWERS },
  // ---- targets ----
  {
    op: 'Mutation.setSalesTarget',
    variables: (h) => ({ input: { subjectKind: 'REP', subjectId: h.fx.org.rep.id, period: `${3500 + serial++}`, metric: 'RECEIVED', amount: '1000' } }),
    allow: TARGET_SETTERS,
  },
  {
    op: 'Mutation.splitDepartmentTarget',
    variables: async (h) => ({
      input: { departmentId: h.fx.org.east.id, period: await eastTarget(h), metric: 'SIGNED', allocations: [{ subjectKind: 'REP', subjectId: h.fx.org.rep.id, amount: '100' }] },
    }),
    allow: TARGET_SETTERS,
  },
  { op: 'Query.targetProgress', variables: () => ({ period: '2026-03', metric: 'SIGNED' }), allow: SIGNED_IN },
  { op: 'Query.targetProgress', variant: 'another department', variables: (h) => ({ period: '2026-03', metric: 'SIGNED', departmentId: h.fx.org.west.id }), allow: ['ADMIN', 'MANAGER_OTHER'] },
  // ---- reports (default org unit: the caller's own view) ----
  { op: 'Query.buyingStatusReport', variables: () => MARCH, allow: SIGNED_IN },
  { op: 'Query.lifecycleReport', variables: () => MARCH, allow: SIGNED_IN },
  { op: 'Query.lifecycleReport', variant: 'the east department', variables: (h) => ({ input: { ...MARCH.input, departmentId: h.fx.org.east.id } }), allow: TARGET_SETTERS },
  { op: 'Query.valueGradeReport', allow: SIGNED_IN },
  { op: 'Query.repActivityReport', variables: () => ({ ...MARCH, granularity: 'WEEK' }), allow: SIGNED_IN },
  { op: 'Query.repActivityReport', variant: 'the east rep', variables: (h) => ({ input: { ...MARCH.input, userId: h.fx.org.rep.id }, granularity: 'MONTH' }), allow: ['ADMIN', 'MANAGER_OWN', 'REP_OWNER'] },
  { op: 'Query.funnelReport', variables: () => MARCH, allow: SIGNED_IN },
  { op: 'Query.receivablesAgingReport', allow: SIGNED_IN },
  { op: 'Query.serviceReport', variables: () => MARCH, allow: SIGNED_IN.filter((r) => r !== 'FINANCE') },
  { op: 'Query.serviceReport', variant: 'company-wide org unit', variables: () => ({ input: { ...MARCH.input, departmentId: 'root' } }), allow: ADMIN_ONLY },
];
