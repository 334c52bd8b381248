/**
 * Every key of the single table, built in one place. Prefixes name the entity; `#` sorts before
 * letters, so a customer's profile comes first in its item collection.
 */
export const keys = {
  companySettings: () => ({ PK: 'COMPANY', SK: 'SETTINGS' }),
  sequence: (name: string) => ({ PK: `SEQ#${name}`, SK: 'SEQ' }),
  sweepState: (name: string) => ({ PK: `SWEEP#${name}`, SK: 'STATE' }),

  user: (id: string) => ({ PK: `USER#${id}`, SK: '#PROFILE' }),
  userCounters: (id: string) => ({ PK: `USER#${id}`, SK: 'COUNTERS' }),
  userEmail: (email: string) => ({ PK: `UNIQUE#EMAIL#${email}`, SK: 'UNIQUE' }),
  department: (id: string) => ({ PK: `DEPT#${id}`, SK: '#PROFILE' }),

  customer: (id: string) => ({ PK: `CUST#${id}`, SK: '#PROFILE' }),
  customerName: (nameKey: string) => ({ PK: `UNIQUE#CUSTNAME#${nameKey}`, SK: 'UNIQUE' }),
  nameGram: (gram: string, customerId: string) => ({ PK: `GRAM#${gram}`, SK: `CUST#${customerId}` }),
  contact: (customerId: string, contactId: string) => ({ PK: `CUST#${customerId}`, SK: `CONTACT#${contactId}` }),
  ownershipEvent: (customerId: string, eventId: string) => ({ PK: `CUST#${customerId}`, SK: `OWNERSHIP#${eventId}` }),
  claimBan: (customerId: string, userId: string) => ({ PK: `CUST#${customerId}`, SK: `BAN#${userId}` }),
  application: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `APPLICATION#${id}` }),
  buyingStatusChange: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `STATUS#${id}` }),
  buyingTransitions: (month: string) => ({ PK: `AGG#BUYING#${month}`, SK: 'TRANSITIONS' }),

  // ---- pools, locks, teams, assignment (issue 11) ----
  pool: (id: string) => ({ PK: `POOL#${id}`, SK: '#PROFILE' }),
  dailyCounter: (kind: string, userId: string, poolId: string, day: string) => ({ PK: `USER#${userId}`, SK: `${kind}#${poolId}#${day}` }),
  teamMembership: (customerId: string, userId: string) => ({ PK: `CUST#${customerId}`, SK: `TEAM#${userId}` }),
  assignmentRule: (id: string) => ({ PK: `ASSIGN#${id}`, SK: '#RULE' }),
  roundRobin: (ruleId: string) => ({ PK: `ASSIGN#${ruleId}`, SK: 'TICKETS' }),
} as const;

export const PREFIX = {
  customerPartition: 'CUST#',
  contact: 'CONTACT#',
  ownershipEvent: 'OWNERSHIP#',
  profile: '#PROFILE',
} as const;

/** GSI key values. */
export const indexKeys = {
  ownerList: (ownerId: string) => `OWNER#${ownerId}`,
  poolList: (poolId: string) => `POOL#${poolId}`,
  allCustomers: 'CUSTOMERS',
  allUsers: 'USERS',
  allDepartments: 'DEPARTMENTS',
  formalCustomers: 'FORMAL',
  /** One partition per day keeps each sweep Query to the items due in that day. */
  dueBucket: (kind: string, at: string) => `DUE#${kind}#${at.slice(0, 10)}`,
  dueSort: (at: string, id: string) => `${at}#${id}`,
} as const;

// ---- pipeline, products, orders and money (issue #5) ----

/** Keys of opportunities, products, orders and their money; documented in docs/data-model.md. */
export const salesKeys = {
  settings: () => ({ PK: 'COMPANY', SK: 'SALES_SETTINGS' }),
  opportunity: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `OPP#${id}` }),
  funnelCounter: (ownerId: string, currency: string, bucket: string) => ({ PK: `FUNNEL#${ownerId}`, SK: `${currency}#${bucket}` }),
  forecastCounter: (ownerId: string, currency: string, month: string, bucket: string) => ({
    PK: `FORECAST#${ownerId}`,
    SK: `${currency}#${month}#${bucket}`,
  }),
  product: (id: string) => ({ PK: `PRODUCT#${id}`, SK: '#PRODUCT' }),
  productCode: (code: string) => ({ PK: `UNIQUE#PRODUCTCODE#${code}`, SK: 'UNIQUE' }),
  order: (id: string) => ({ PK: `ORDER#${id}`, SK: '#ORDER' }),
  orderLine: (orderId: string, lineNo: number) => ({ PK: `ORDER#${orderId}`, SK: `LINE#${String(lineNo).padStart(3, '0')}` }),
  orderLedger: (orderId: string) => ({ PK: `ORDER#${orderId}`, SK: 'LEDGER' }),
  shipment: (orderId: string, id: string) => ({ PK: `ORDER#${orderId}`, SK: `SHIP#${id}` }),
  paymentPlan: (orderId: string, planNo: number) => ({ PK: `ORDER#${orderId}`, SK: `PLAN#${String(planNo).padStart(2, '0')}` }),
  payment: (orderId: string, id: string) => ({ PK: `ORDER#${orderId}`, SK: `PAY#${id}` }),
  invoice: (orderId: string, id: string) => ({ PK: `ORDER#${orderId}`, SK: `INV#${id}` }),
  invoiceNumber: (number: string) => ({ PK: `UNIQUE#INVOICE#${number}`, SK: 'UNIQUE' }),
  receivable: (customerId: string, currency: string) => ({ PK: `RECV#${customerId}`, SK: currency }),
} as const;

export const SALES_PREFIX = {
  opportunity: 'OPP#',
  orderLine: 'LINE#',
  shipment: 'SHIP#',
  paymentPlan: 'PLAN#',
  payment: 'PAY#',
  invoice: 'INV#',
} as const;

/** GSI key values of the sales records (which GSI each overloads: docs/data-model.md). */
export const salesIndexKeys = {
  ownerOpportunities: (ownerId: string) => `OPPS#${ownerId}`,
  allOpportunities: 'OPPS',
  opportunityById: (id: string) => `OPP#${id}`,
  funnelCounters: 'FUNNEL',
  forecastMonth: (month: string) => `FORECAST#${month}`,
  allProducts: 'PRODUCTS',
  ownerOrders: (ownerId: string) => `ORDERS#${ownerId}`,
  allOrders: 'ORDERS',
  customerOrders: (customerId: string) => `CUSTORDERS#${customerId}`,
  ownerOpenPlans: (ownerId: string) => `OPENPLANS#${ownerId}`,
  allOpenPlans: 'OPENPLANS',
  ownerReceivables: (ownerId: string) => `RECEIVABLES#${ownerId}`,
  allReceivables: 'RECEIVABLES',
} as const;

// ---- follow-ups, tasks, plans, reports and reminders (issue #4) ----

/** Keys of follow-ups, tasks, plans, work reports, important dates, reminder deliveries; see docs/data-model.md. */
export const activityKeys = {
  /** In the customer's collection, newest-first by contact time: the customer page is one Query. */
  followUp: (customerId: string, at: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `FOLLOWUP#${at}#${id}` }),
  /** Tasks about a customer live in its collection (they move with it on transfer); personal tasks stand alone. */
  customerTask: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `TASK#${id}` }),
  personalTask: (id: string) => ({ PK: `TASK#${id}`, SK: '#TASK' }),
  importantDate: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `DATE#${id}` }),
  plan: (ownerId: string, id: string) => ({ PK: `USER#${ownerId}`, SK: `PLAN#${id}` }),
  workReport: (ownerId: string, period: string) => ({ PK: `USER#${ownerId}`, SK: `REPORT#${period}` }),
  notificationPreferences: (userId: string) => ({ PK: `USER#${userId}`, SK: 'NOTIFY#PREFS' }),
  /** One per reminder occurrence and channel: the idempotency key of a message. */
  delivery: (occurrenceKey: string, channel: string) => ({ PK: `DELIVERY#${occurrenceKey}`, SK: channel }),
  /** Fixed one-second window of the company's SMS send rate. */
  smsRateWindow: (epochSecond: number) => ({ PK: 'RATE#SMS', SK: String(epochSecond) }),
} as const;

export const ACTIVITY_PREFIX = {
  followUp: 'FOLLOWUP#',
  task: 'TASK#',
  importantDate: 'DATE#',
  plan: 'PLAN#',
  workReport: 'REPORT#',
} as const;

/** GSI partitions of the activity entities (all single-Query access patterns). */
export const activityIndexKeys = {
  /** GSI1: a rep's follow-ups of one company-time-zone day (KPI counts). */
  followUpsOfDay: (authorId: string, day: string) => `FU#${authorId}#${day}`,
  /** GSI2 (sparse): follow-ups awaiting review, sorted by the author's department path. */
  followUpsToReview: 'FU#REVIEW',
  /** GSI1: every task of a user by due time (agenda days, calendar). */
  tasksOf: (ownerId: string) => `TASKS#${ownerId}`,
  /** GSI2 (sparse): open tasks of a user by due time (overdue). */
  openTasksOf: (ownerId: string) => `OPENTASKS#${ownerId}`,
  /** GSI2: work reports of one period, sorted by the author's department path. */
  workReportsOf: (period: string) => `REPORTS#${period}`,
  /** GSI1 (sparse): deliveries that failed for good, newest first (admin list). */
  failedDeliveries: 'DELIVERIES#FAILED',
  /** DUE bucket kind of everything the reminder sweep sends (the PROTECT kind belongs to the expiry sweep). */
  reminderDueKind: 'REMIND',
} as const;

// ---- service tickets, targets and report aggregates (issue #6) ----

/** Keys of service tickets, sales targets and report aggregates; documented in docs/data-model.md. */
export const reportKeys = {
  /** In the customer's collection: the customer page shows its tickets, merges carry them along. */
  serviceTicket: (customerId: string, id: string) => ({ PK: `CUST#${customerId}`, SK: `TICKET#${id}` }),
  /** One target per subject (rep `R#<userId>` / department `D#<deptId>`), period and metric. */
  target: (period: string, metric: string, subject: string) => ({ PK: `TARGET#${period}`, SK: `${metric}#${subject}` }),
  /** One aggregate row per family, time bucket and owner; the owner's department path leads the SK so subtrees are one Query. */
  aggregate: (family: string, bucket: string, path: string, ownerId: string) => ({ PK: `AGG#${family}#${bucket}`, SK: `${path}${ownerId}#` }),
  /** The same counters summed over a department subtree: one row per family, bucket and department path. */
  departmentTotal: (family: string, bucket: string, path: string) => ({ PK: `AGGT#${family}#${bucket}`, SK: path }),
  /** Marks one stream record (or one chunk of it) as applied to the aggregates: the idempotency key of the consumer. */
  aggregateApplied: (eventId: string, chunk: number) => ({ PK: `AGGAPPLIED#${eventId}`, SK: String(chunk) }),
} as const;

export const REPORT_PREFIX = {
  serviceTicket: 'TICKET#',
  aggregate: 'AGG#',
  aggregateApplied: 'AGGAPPLIED#',
} as const;

/** GSI partitions of service tickets, targets and aggregates. */
export const reportIndexKeys = {
  /** GSI1: an assignee's tickets, newest first (SK `<createdAt>#<id>`). */
  ticketsOfAssignee: (assigneeId: string) => `TICKETS#${assigneeId}`,
  /** GSI2: every ticket, SK `<status>#<createdAt>#<id>` (the service desk's queue by status). */
  allTickets: 'TICKETS',
  /** GSI3: a ticket by id (its key includes the customer id). */
  ticketById: (id: string) => `TICKET#${id}`,
  /** DUE bucket kind of tickets waiting for a first response. */
  ticketDueKind: 'TICKET',
  /** GSI2: targets of one period and metric, SK = the subject's department path (+ user id for reps). */
  targetsOf: (period: string, metric: string) => `TARGETS#${period}#${metric}`,
  /** GSI1: one owner's rows of one aggregate family, SK = bucket (rep-scope reports are one Query per bucket range). */
  aggregatesOfOwner: (ownerId: string, family: string) => `AGGO#${ownerId}#${family}`,
} as const;

// ---- bulk messages (issue #9) ----

/** Keys of message campaigns, their recipients, opt-outs and the send-rate bucket; see docs/data-model.md. */
export const messagingKeys = {
  campaign: (id: string) => ({ PK: `CAMPAIGN#${id}`, SK: '#CAMPAIGN' }),
  /** One per address: a campaign can message an address at most once. */
  recipient: (campaignId: string, address: string) => ({ PK: `CAMPAIGN#${campaignId}`, SK: `RCPT#${address}` }),
  optOut: (channel: string, address: string) => ({ PK: `OPTOUT#${channel}`, SK: address }),
  /** The company's token bucket for campaign sends on one channel. */
  sendBucket: (channel: string) => ({ PK: `RATE#CAMPAIGN#${channel}`, SK: 'BUCKET' }),
} as const;

export const MESSAGING_PREFIX = { recipient: 'RCPT#' } as const;

/** GSI partitions of campaigns (GSI1: all, newest first; GSI2: by the creator's department path) and pending recipients. */
export const messagingIndexKeys = {
  allCampaigns: 'CAMPAIGNS',
  /** GSI1 (sparse): recipients still to send (PENDING or SENDING); removed when sent, failed or skipped. */
  pendingRecipients: (campaignId: string) => `CAMPAIGN#${campaignId}#PENDING`,
} as const;

// ---- audit log and backup (issue #8) ----

/** Keys of the append-only audit log and of a restore in progress; see docs/data-model.md. */
export const auditKeys = {
  /** One partition per month (`AUDIT#2026-03`), entries sorted by time: a time range is one Query per month. */
  entry: (at: string, id: string) => ({ PK: `AUDIT#${at.slice(0, 7)}`, SK: `${at}#${id}` }),
  month: (yyyyMm: string) => `AUDIT#${yyyyMm}`,
  /** The one restore (import) a stack may receive, started on an empty stack. */
  restoreState: () => ({ PK: 'RESTORE#STATE', SK: 'STATE' }),
} as const;

export const AUDIT_PREFIX = { entry: 'AUDIT#', restore: 'RESTORE#' } as const;

/** The sweeps' DUE-queue watermarks (`SWEEP#<kind>`), started on the company's first day. */
export const SWEEP_QUEUES = ['PROTECT', activityIndexKeys.reminderDueKind, reportIndexKeys.ticketDueKind] as const;
