import { versions, type Scenario, type ScenarioKit } from './scenario';

const FOLLOW_UP_FIELDS = 'id customerId type at contactName content valid version author { name }';
const TASK_FIELDS = 'id title dueAt quadrant done version owner { name }';

/** Follow-ups, tasks and important dates: they land on the 'read' customers, which the customer 360 view reads later. */
export function activityScenarios(k: ScenarioKit): Scenario[] {
  const followUps: { id: string; customerId: string; version: number; author: number }[] = [];
  const tasks: { id: string; customerId: string; version: number }[] = [];
  const taskVersions = versions();
  return [
    {
      name: 'logFollowUp',
      module: 'follow-ups',
      shape: 'other',
      document: `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { ${FOLLOW_UP_FIELDS} } customer { id version protection { deadline } } } }`,
      next: (i) => ({
        user: k.rep(i),
        variables: {
          input: {
            customerId: k.customer('read', i).id,
            type: i % 2 ? 'VISIT' : 'CALL',
            contactName: '王伟',
            content: `与采购经理沟通第${i}批空调采购计划，对方预算已批，下周安排现场演示`,
            interestLevel: 'HIGH',
            nextContactAt: k.at(72),
          },
        },
      }),
      observe: (data, i) => {
        const f = (data.logFollowUp as { followUp: { id: string; customerId: string; version: number } }).followUp;
        followUps.push({ ...f, author: i });
      },
    },
    {
      name: 'followUps page (customer)',
      module: 'follow-ups',
      shape: 'list',
      document: `query($customerId: ID!) { followUps(customerId: $customerId, first: 20) { edges { node { ${FOLLOW_UP_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      next: (i) => ({ user: k.rep(i), variables: { customerId: k.customer('read', i).id } }),
    },
    {
      name: 'followUpsOfDay (rep)',
      module: 'follow-ups',
      shape: 'list',
      document: `query($date: Date!) { followUpsOfDay(date: $date) { total valid byType { type count } followUps { ${FOLLOW_UP_FIELDS} } } }`,
      next: (i) => ({ user: k.rep(i), variables: { date: k.day(0) } }),
    },
    {
      name: 'followUpsToReview (manager)',
      module: 'follow-ups',
      shape: 'list',
      document: `query { followUpsToReview(first: 20) { edges { node { ${FOLLOW_UP_FIELDS} } } pageInfo { hasNextPage } } }`,
      next: (i) => ({ user: k.managerOf(k.rep(i)) }),
    },
    {
      name: 'reviewFollowUp',
      module: 'follow-ups',
      shape: 'other',
      document: 'mutation($customerId: ID!, $id: ID!, $input: ReviewFollowUpInput!) { reviewFollowUp(customerId: $customerId, id: $id, input: $input) { id version } }',
      next: (i) => {
        const f = followUps[i];
        return { user: k.managerOf(k.rep(f?.author ?? i)), variables: { customerId: f?.customerId ?? 'none', id: f?.id ?? 'none', input: { decision: 'APPROVE', comment: '跟进及时', expectedVersion: f?.version ?? 1 } } };
      },
    },
    {
      name: 'createTask',
      module: 'tasks',
      shape: 'other',
      document: `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} customerId } }`,
      next: (i) => ({ user: k.rep(i), variables: { input: { title: `回访客户第${i}次`, customerId: k.customer('read', i).id, dueAt: k.at(24 + (i % 48)), remindAt: k.at(23 + (i % 48)), quadrant: 'IMPORTANT' } } }),
      observe: (data) => {
        const t = data.createTask as { id: string; customerId: string; version: number };
        tasks.push(t);
        taskVersions.learn(t);
      },
    },
    {
      name: 'agenda (rep)',
      module: 'tasks',
      shape: 'object',
      document: `query { agenda { date today { ${TASK_FIELDS} } tomorrow { ${TASK_FIELDS} } overdue { ${TASK_FIELDS} } expiringCustomers { id name protection { daysLeft } } } }`,
      next: (i) => ({ user: k.rep(i) }),
    },
    {
      name: 'tasks page (calendar week)',
      module: 'tasks',
      shape: 'list',
      document: `query($from: DateTime!, $to: DateTime!) { tasks(from: $from, to: $to, first: 50) { edges { node { ${TASK_FIELDS} } } pageInfo { hasNextPage } } }`,
      next: (i) => ({ user: k.rep(i), variables: { from: k.at(0), to: k.at(24 * 7) } }),
    },
    {
      name: 'completeTask',
      module: 'tasks',
      shape: 'other',
      document: 'mutation($id: ID!, $customerId: ID, $v: Int!) { completeTask(id: $id, customerId: $customerId, expectedVersion: $v) { id done version } }',
      next: (i) => {
        const t = tasks[i];
        return { user: k.rep(i), variables: { id: t?.id ?? 'none', customerId: t?.customerId, v: taskVersions.of(t?.id) } };
      },
    },
    { name: 'plans (rep)', module: 'tasks', shape: 'list', document: 'query { plans { id title } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'addImportantDate',
      module: 'reminders',
      shape: 'other',
      document: 'mutation($input: AddImportantDateInput!) { addImportantDate(input: $input) { id kind month day lunar } }',
      next: (i) => ({ user: k.rep(i), variables: { input: { customerId: k.customer('read', i).id, kind: 'BIRTHDAY', label: '董事长生日', month: 1 + (i % 12), day: 1 + (i % 28), lunar: i % 2 === 0 } } }),
    },
    { name: 'myNotificationPreferences', module: 'reminders', shape: 'object', document: 'query { myNotificationPreferences { channels digestTime } }', next: (i) => ({ user: k.rep(i) }) },
    {
      name: 'setMyNotificationPreferences',
      module: 'reminders',
      shape: 'other',
      document: 'mutation($input: NotificationPreferencesInput!) { setMyNotificationPreferences(input: $input) { channels digestTime } }',
      next: (i) => ({ user: k.rep(i), variables: { input: { channels: 'SMS', quietHoursStart: '22:00', quietHoursEnd: '08:00', digestTime: '08:30' } } }),
    },
  ];
}
