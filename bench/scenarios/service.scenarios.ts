import type { Scenario, ScenarioKit } from './scenario';

const TICKET_FIELDS = 'id code type subject status customer { id name } assignee { name }';

/** After-sales tickets (on the customers the orders scenarios signed), sales targets, reports and admin reads. */
export function serviceScenarios(k: ScenarioKit): Scenario[] {
  const tickets: string[] = [];
  const month = k.day(0).slice(0, 7);
  const period = { from: k.day(-30), to: k.day(0) };
  const report = (name: string, document: string, variables: Record<string, unknown> = {}): Scenario => ({
    name,
    module: 'reports',
    shape: 'other',
    document,
    next: (i) => ({ user: k.managerOf(k.rep(i)), variables }),
  });
  return [
    {
      name: 'createServiceTicket',
      module: 'service',
      shape: 'other',
      document: `mutation($input: CreateServiceTicketInput!) { createServiceTicket(input: $input) { ${TICKET_FIELDS} } }`,
      next: (i) => ({ user: k.rep(i), variables: { input: { customerId: k.customer('order', i).id, type: 'INSTALLATION', subject: `空调安装第${i}单`, assigneeId: k.service.id } } }),
      observe: (data) => tickets.push((data.createServiceTicket as { id: string }).id),
    },
    {
      name: 'serviceTicket',
      module: 'service',
      shape: 'object',
      document: `query($id: ID!) { serviceTicket(id: $id) { ${TICKET_FIELDS} } }`,
      next: (i) => ({ user: k.service, variables: { id: tickets[i] ?? 'none' } }),
    },
    { name: 'assignedServiceTickets', module: 'service', shape: 'list', document: `query { assignedServiceTickets(first: 20) { edges { node { ${TICKET_FIELDS} } } } }`, next: () => ({ user: k.service }) },
    { name: 'serviceTicketQueue (OPEN)', module: 'service', shape: 'list', document: `query { serviceTicketQueue(status: OPEN, first: 20) { edges { node { ${TICKET_FIELDS} } } } }`, next: () => ({ user: k.service }) },
    {
      name: 'setSalesTarget',
      module: 'targets',
      shape: 'other',
      document: 'mutation($input: SetTargetInput!) { setSalesTarget(input: $input) { period } }',
      // One (rep, month) per request: a target is set once, later changes need its version.
      next: (i) => ({ user: k.admin, variables: { input: { subjectKind: 'REP', subjectId: k.rep(i).id, period: `${2027 + Math.floor(i / k.data.reps.length / 12)}-${String(1 + (Math.floor(i / k.data.reps.length) % 12)).padStart(2, '0')}`, metric: 'SIGNED', amount: '100000.00' } } }),
    },
    {
      name: 'targetProgress (manager)',
      module: 'targets',
      shape: 'other',
      document: 'query($period: String!) { targetProgress(period: $period, metric: SIGNED) { period reps { rep { name } target actual } } }',
      next: (i) => ({ user: k.managerOf(k.rep(i)), variables: { period: month } }),
    },
    report('buyingStatusReport', 'query($input: ReportInput!) { buyingStatusReport(input: $input) { total } }', { input: period }),
    report('lifecycleReport', 'query($input: ReportInput!) { lifecycleReport(input: $input) { total hot poolSize } }', { input: period }),
    report('repActivityReport', 'query($input: ReportInput!) { repActivityReport(input: $input) { metrics totals { metric value } } }', { input: period }),
    report('funnelReport', 'query($input: ReportInput!) { funnelReport(input: $input) { currency created createdAmount } }', { input: period }),
    report('valueGradeReport', 'query { valueGradeReport { currency total } }'),
    report('receivablesAgingReport', 'query { receivablesAgingReport { asOf currency } }'),
    report('serviceReport', 'query($input: ReportInput!) { serviceReport(input: $input) { total responded } }', { input: period }),
    { name: 'messageCampaigns (admin)', module: 'messaging', shape: 'list', document: 'query { messageCampaigns(first: 20) { edges { node { id name channel } } } }', next: () => ({ user: k.admin }) },
    {
      name: 'auditLog (admin)',
      module: 'admin',
      shape: 'list',
      document: 'query($from: DateTime!, $to: DateTime!) { auditLog(from: $from, to: $to, first: 50) { edges { node { id at actor { name } } } } }',
      next: () => ({ user: k.admin, variables: { from: k.at(-24), to: k.at(24 * 7) } }),
    },
  ];
}
