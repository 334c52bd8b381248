import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Customer as CustomerModel, TeamMember as TeamMemberModel } from '../../domain/customers/customer.types';
import { Contact as ContactModel } from '../../domain/customers/contact.types';
import { User as UserModel } from '../../domain/users/user.types';
import { Department as DepartmentModel } from '../../domain/users/department.types';
import { Opportunity as OpportunityModel, StageVisit as StageVisitModel } from '../../domain/pipeline/opportunity.types';
import { PipelineStage as PipelineStageModel, SalesSettings as SalesSettingsModel } from '../../domain/pipeline/sales-settings.types';
import { CustomerSummaryRef as CustomerSummaryRefModel } from '../resolvers/sales-loaders';
import { Product as ProductModel } from '../../domain/products/product.types';
import { Order as OrderModel, OrderLineView as OrderLineViewModel, PlannedInstalment as PlannedInstalmentModel, OrderApproval as OrderApprovalModel, StatusChange as StatusChangeModel, Shipment as ShipmentModel } from '../../domain/orders/order.types';
import { PaymentPlan as PaymentPlanModel, Payment as PaymentModel, Invoice as InvoiceModel, OrderLedger as OrderLedgerModel, CustomerReceivable as CustomerReceivableModel } from '../../domain/money/money.types';
import { OwnershipEvent as OwnershipEventModel } from '../../domain/protection/ownership.types';
import { Application as ApplicationModel } from '../../domain/protection/application.types';
import { Pool as PoolModel } from '../../domain/pools/pool.types';
import { AssignmentRule as AssignmentRuleModel } from '../../domain/pools/assignment.types';
import { FollowUp as FollowUpModel } from '../../domain/follow-ups/follow-up.types';
import { LoggedFollowUp as LoggedFollowUpModel, RepDay as RepDayModel } from '../../domain/follow-ups/follow-up.service';
import { Task as TaskModel } from '../../domain/tasks/task.types';
import { Agenda as AgendaModel } from '../../domain/tasks/task.service';
import { Plan as PlanModel, WorkReport as WorkReportModel } from '../../domain/tasks/plan.types';
import { NotificationPreferences as NotificationPreferencesModel, ImportantDate as ImportantDateModel, Delivery as DeliveryModel } from '../../domain/reminders/reminder.types';
import { OutgoingMessage as OutgoingMessageModel } from '../../notify/notifier';
import { Campaign as CampaignModel, CampaignRecipient as CampaignRecipientModel, OptOut as OptOutModel } from '../../domain/messaging/messaging.types';
import { CampaignPreview as CampaignPreviewModel } from '../../domain/messaging/campaign.service';
import { ServiceTicket as ServiceTicketModel, TicketStep as TicketStepModel } from '../../domain/service/service-ticket.types';
import { Target as TargetModel } from '../../domain/targets/target.types';
import { TargetProgressReport as TargetProgressReportModel } from '../../domain/targets/target.service';
import { DepartmentProgress as DepartmentProgressModel, RepProgress as RepProgressModel } from '../../domain/targets/target.rules';
import { ValueGradeReport as ValueGradeReportModel } from '../../domain/reports/customer-reports.rules';
import { ParetoView as ParetoViewModel } from '../../domain/reports/pareto.rules';
import { ActivityReport as ActivityReportModel, ActivityRow as ActivityRowModel, ActivityTotal as ActivityTotalModel } from '../../domain/reports/activity-report.rules';
import { FunnelReport as FunnelReportModel, FunnelReportStage as FunnelReportStageModel } from '../../domain/reports/funnel-report.rules';
import { AgingReport as AgingReportModel, AgingAmounts as AgingAmountsModel, RepAging as RepAgingModel } from '../../domain/reports/receivables-aging.rules';
import { ServiceReport as ServiceReportModel, RankedStaff as RankedStaffModel } from '../../domain/reports/service-report.rules';
import { AuditEntry as AuditEntryModel } from '../../domain/audit/audit.types';
import { ApiContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Opaque, signed page cursor */
  Cursor: { input: string; output: string; }
  /** Calendar date, e.g. 2026-11-24 */
  Date: { input: string; output: string; }
  /** ISO-8601 instant, e.g. 2026-11-24T08:00:00.000Z */
  DateTime: { input: string; output: string; }
  /** Exact decimal amount as a string, e.g. 12345.60 */
  Decimal: { input: string; output: string; }
};

export type AddImportantDateInput = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  day?: InputMaybe<Scalars['Int']['input']>;
  kind: ImportantDateKind;
  label?: InputMaybe<Scalars['String']['input']>;
  lunar?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lunar month/day when lunar; for a contact's birthday they default to the contact's birthday. */
  month?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A rep's day in one query: before leaving, review today and plan tomorrow. */
export type Agenda = {
  __typename?: 'Agenda';
  /** Company-local date of 'today'. */
  date: Scalars['Date']['output'];
  /** Own customers whose protection ends within the window, soonest first. */
  expiringCustomers: Array<Customer>;
  /** Open tasks due before today. */
  overdue: Array<Task>;
  today: Array<Task>;
  tomorrow: Array<Task>;
  user: UserRef;
};

/** Outstanding amounts by days past due. */
export type AgingAmounts = {
  __typename?: 'AgingAmounts';
  days0To30: Scalars['Decimal']['output'];
  days31To60: Scalars['Decimal']['output'];
  days61To90: Scalars['Decimal']['output'];
  daysOver90: Scalars['Decimal']['output'];
  notDue: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
};

/** 转意向申请 or 时间加权（延期）申请, decided by a manager above the applicant. */
export type Application = {
  __typename?: 'Application';
  applicant?: Maybe<UserRef>;
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  days?: Maybe<Scalars['Int']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decider?: Maybe<UserRef>;
  decisionComment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ApplicationKind;
  reason: Scalars['String']['output'];
  status: ApplicationStatus;
};

export type ApplicationKind =
  | 'EXTENSION'
  | 'INTENT';

export type ApplicationStatus =
  | 'APPROVED'
  /** Closed without a decision: its customer was merged into another. */
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

export type ApprovalState =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type AssignmentMode =
  | 'POOL'
  | 'ROUND_ROBIN';

/** Routes new customers of a source and/or region to a department's reps (round robin) or to a pool. */
export type AssignmentRule = {
  __typename?: 'AssignmentRule';
  active: Scalars['Boolean']['output'];
  departmentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  mode: AssignmentMode;
  name: Scalars['String']['output'];
  poolId?: Maybe<Scalars['ID']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
};

export type AssignmentRuleInput = {
  departmentId: Scalars['ID']['input'];
  mode: AssignmentMode;
  name: Scalars['String']['input'];
  poolId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** One item a write touched: its key, kind, and what was written. */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** JSON: the record as written (Put) or the update expression and values (Update); absent for deletes. */
  detail?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Scalars['String']['output']>;
  op: Scalars['String']['output'];
  pk: Scalars['String']['output'];
  sk: Scalars['String']['output'];
  /** The detail was shortened to keep the entry small. */
  truncated?: Maybe<Scalars['Boolean']['output']>;
};

/** An append-only record of one write: who, when, through which operation, what changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The user (or 系统 for sweeps and background work). */
  actor?: Maybe<UserRef>;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<AuditChange>;
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  /** The GraphQL operation the write came through, e.g. `mutation createCustomer`. */
  operation?: Maybe<Scalars['String']['output']>;
  /** api, system or restore. */
  source: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['Cursor']['output'];
  node: AuditEntry;
};

export type BuyingStatus =
  | 'CLOSED'
  | 'LOYAL'
  | 'PROSPECT'
  | 'QUALIFIED'
  | 'TARGET';

export type BuyingStatusCount = {
  __typename?: 'BuyingStatusCount';
  count: Scalars['Int']['output'];
  status: BuyingStatus;
};

/** 五级分类: counts now (customers owned in the scope) and transitions made in the period. */
export type BuyingStatusReport = {
  __typename?: 'BuyingStatusReport';
  counts: Array<BuyingStatusCount>;
  total: Scalars['Int']['output'];
  transitions: Array<BuyingTransition>;
};

export type BuyingTransition = {
  __typename?: 'BuyingTransition';
  count: Scalars['Int']['output'];
  from: BuyingStatus;
  to: BuyingStatus;
};

export type CampaignStatus =
  | 'COMPLETED'
  /** Recipients left to send: call sendMessageCampaign (again). */
  | 'SENDING';

export type ClaimRules = {
  __typename?: 'ClaimRules';
  cooldownDays: Scalars['Int']['output'];
  dailyClaimCap?: Maybe<Scalars['Int']['output']>;
  dailyOpenCap?: Maybe<Scalars['Int']['output']>;
  holdHours: Scalars['Int']['output'];
};

export type ClaimRulesInput = {
  cooldownDays: Scalars['Int']['input'];
  dailyClaimCap?: InputMaybe<Scalars['Int']['input']>;
  dailyOpenCap?: InputMaybe<Scalars['Int']['input']>;
  holdHours: Scalars['Int']['input'];
};

export type CloseOpportunityInput = {
  expectedVersion: Scalars['Int']['input'];
  /** Lessons learned (经验教训). */
  lessons?: InputMaybe<Scalars['String']['input']>;
  outcome: CloseOutcome;
  reason: Scalars['String']['input'];
};

export type CloseOutcome =
  | 'LOST'
  | 'WON';

/** One page of the company's data as JSON Lines (one stored record per line). */
export type CompanyExportPage = {
  __typename?: 'CompanyExportPage';
  items: Scalars['Int']['output'];
  jsonl: Scalars['String']['output'];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type CompanyImportResult = {
  __typename?: 'CompanyImportResult';
  /** Name it when sending the next chunk of the same import. */
  importId: Scalars['ID']['output'];
  items: Scalars['Int']['output'];
};

/** Per-company rule numbers (PRODUCT.md defaults), editable by admins. */
export type CompanySettings = {
  __typename?: 'CompanySettings';
  contentlessPhrases: Array<Scalars['String']['output']>;
  extensionMaxDays: Scalars['Int']['output'];
  followUpFreshnessDays: Scalars['Int']['output'];
  intentProtectionDays: Scalars['Int']['output'];
  invalidFollowUpLimit: Scalars['Int']['output'];
  locale: Scalars['String']['output'];
  managerWarningDaysBefore: Array<Scalars['Int']['output']>;
  maxHotCustomers: Scalars['Int']['output'];
  maxLockedCustomers: Scalars['Int']['output'];
  maxOwnedCustomers: Scalars['Int']['output'];
  potentialProtectionDays: Scalars['Int']['output'];
  reclaimCooldownDays: Scalars['Int']['output'];
  /** Whether a rep releasing a customer may pick the pool (among theirs); otherwise it goes to its home pool. */
  repsMayChooseReleasePool: Scalars['Boolean']['output'];
  /** Whether reps may lock their own customers (managers always may). */
  repsMayLock: Scalars['Boolean']['output'];
  timeZone: Scalars['String']['output'];
  validFollowUpMinChars: Scalars['Int']['output'];
  warningDaysBefore: Array<Scalars['Int']['output']>;
};

export type CompanySettingsInput = {
  contentlessPhrases?: InputMaybe<Array<Scalars['String']['input']>>;
  extensionMaxDays?: InputMaybe<Scalars['Int']['input']>;
  followUpFreshnessDays?: InputMaybe<Scalars['Int']['input']>;
  intentProtectionDays?: InputMaybe<Scalars['Int']['input']>;
  invalidFollowUpLimit?: InputMaybe<Scalars['Int']['input']>;
  managerWarningDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  maxHotCustomers?: InputMaybe<Scalars['Int']['input']>;
  maxLockedCustomers?: InputMaybe<Scalars['Int']['input']>;
  maxOwnedCustomers?: InputMaybe<Scalars['Int']['input']>;
  potentialProtectionDays?: InputMaybe<Scalars['Int']['input']>;
  reclaimCooldownDays?: InputMaybe<Scalars['Int']['input']>;
  repsMayChooseReleasePool?: InputMaybe<Scalars['Boolean']['input']>;
  repsMayLock?: InputMaybe<Scalars['Boolean']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  validFollowUpMinChars?: InputMaybe<Scalars['Int']['input']>;
  warningDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type Contact = {
  __typename?: 'Contact';
  birthday?: Maybe<Scalars['Date']['output']>;
  birthdayIsLunar: Scalars['Boolean']['output'];
  customerId: Scalars['ID']['output'];
  department?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mobile?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  primary: Scalars['Boolean']['output'];
  qq?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  wechat?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  birthday?: InputMaybe<Scalars['Date']['input']>;
  birthdayIsLunar?: InputMaybe<Scalars['Boolean']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  qq?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  wechat?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  buyingStatus?: InputMaybe<BuyingStatus>;
  city?: InputMaybe<Scalars['String']['input']>;
  contacts?: InputMaybe<Array<ContactInput>>;
  creditGrade?: InputMaybe<Grade>;
  hot?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CustomerKind>;
  name: Scalars['String']['input'];
  /** Managers and admins may create for a rep in their subtree; default: yourself. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  valueGrade?: InputMaybe<Grade>;
  vip?: InputMaybe<Scalars['Boolean']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDepartmentInput = {
  kind?: InputMaybe<DepartmentKind>;
  name: Scalars['String']['input'];
  parentId: Scalars['ID']['input'];
};

export type CreateOpportunityInput = {
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  expectedAmount: Scalars['Decimal']['input'];
  expectedCloseDate: Scalars['Date']['input'];
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: the first stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateOrderInput = {
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  extraTerms?: InputMaybe<Array<Scalars['String']['input']>>;
  lines: Array<OrderLineInput>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Must add up to the order total; absent: the whole total is due on the signing date. */
  paymentPlan?: InputMaybe<Array<InstalmentInput>>;
  paymentTerms?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreatePlanInput = {
  content: Scalars['String']['input'];
  endDate: Scalars['Date']['input'];
  period: PlanPeriod;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type CreateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category: Scalars['String']['input'];
  code: Scalars['String']['input'];
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  listPrice: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

export type CreateServiceTicketInput = {
  /** A SERVICE user; may be assigned later. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default by type: complaints 2 h, online support 4 h, repairs 24 h, installation 48 h, training and return visits 72 h. */
  responseDueAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
  type: ServiceTicketType;
};

export type CreateTaskInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dueAt: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Managers and admins may give the task to someone in their subtree. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  quadrant?: InputMaybe<Quadrant>;
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
};

export type CreateUserInput = {
  departmentId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

export type Customer = {
  __typename?: 'Customer';
  address?: Maybe<Scalars['String']['output']>;
  buyingStatus: BuyingStatus;
  buyingStatusChangedAt: Scalars['DateTime']['output'];
  city?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  creditGrade?: Maybe<Grade>;
  /** Latest follow-ups, newest first (from the customer's own item collection: no extra read). */
  followUps: Array<FollowUp>;
  hot: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  importantDates: Array<ImportantDate>;
  inPool: Scalars['Boolean']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  kind: CustomerKind;
  lifecycle: LifecycleStage;
  lifecycleChangedAt: Scalars['DateTime']['output'];
  locked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Open opportunities (商机) on the customer; a pool's reclaim rule may read them. */
  openOpportunities: Scalars['Int']['output'];
  owner?: Maybe<UserRef>;
  /** Ownership history, oldest first. */
  ownershipHistory: Array<OwnershipEvent>;
  /** Masked (138****5678) for VIP customers unless you own them, and for pool customers. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Home pool: its rules protect the customer while owned; it returns there when reclaimed. */
  poolId?: Maybe<Scalars['ID']['output']>;
  protection?: Maybe<Protection>;
  region?: Maybe<Scalars['String']['output']>;
  /** Service tickets of the customer, newest first. */
  serviceTickets: Array<ServiceTicket>;
  source?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  /** Tasks about this customer, by due time (from its item collection: no extra read). */
  tasks: Array<Task>;
  team: Array<TeamMember>;
  updatedAt: Scalars['DateTime']['output'];
  valueGrade?: Maybe<Grade>;
  version: Scalars['Int']['output'];
  vip: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
};


export type CustomerFollowUpsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerTasksArgs = {
  includeDone?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CustomerAging = {
  __typename?: 'CustomerAging';
  amounts: AgingAmounts;
  customer: CustomerSummary;
  owner?: Maybe<UserRef>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['Cursor']['output'];
  node: Customer;
};

export type CustomerFilter = {
  /** Owned customers whose protection ends before this instant, soonest first. */
  expiringBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Customers in the public pool (公海). */
  inPool?: InputMaybe<Scalars['Boolean']['input']>;
  /** A rep's customers (managers: a rep in their subtree). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Customers of this pool (members only). */
  poolId?: InputMaybe<Scalars['ID']['input']>;
  /** Customers you work on as a team member (协作人). */
  teamOf?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CustomerKind =
  | 'COMPANY'
  | 'PERSON';

/** An existing customer whose name contains the keyword: enough to spot a duplicate, nothing more. */
export type CustomerNameMatch = {
  __typename?: 'CustomerNameMatch';
  code: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  inPool: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
};

/** What a customer owes (应收款), as running totals. */
export type CustomerReceivable = {
  __typename?: 'CustomerReceivable';
  contracted: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  customer: CustomerSummary;
  outstanding: Scalars['Decimal']['output'];
  owner?: Maybe<UserRef>;
  received: Scalars['Decimal']['output'];
};

/** A customer as sales records name it. */
export type CustomerSummary = {
  __typename?: 'CustomerSummary';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DeadlineReason =
  | 'EXTENSION'
  | 'INTENT_STAGE'
  /** The pool's rule: no open opportunity (商机) for N days. */
  | 'NO_OPEN_OPPORTUNITY'
  | 'NO_VALID_FOLLOW_UP'
  | 'POTENTIAL_STAGE';

/** One reminder message on one channel. */
export type Delivery = {
  __typename?: 'Delivery';
  attempts: Scalars['Int']['output'];
  channel: DeliveryChannel;
  createdAt: Scalars['DateTime']['output'];
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  failure?: Maybe<DeliveryFailure>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  sendAfter: Scalars['DateTime']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
  subject?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  to?: Maybe<Scalars['String']['output']>;
  user: UserRef;
};

export type DeliveryChannel =
  | 'EMAIL'
  | 'SMS';

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  edges: Array<DeliveryEdge>;
  pageInfo: PageInfo;
};

export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  cursor: Scalars['Cursor']['output'];
  node: Delivery;
};

export type DeliveryFailure =
  /** The sweep stopped between claiming and confirming: the outcome is unknown, so it was not sent again. */
  | 'INTERRUPTED'
  /** The user has no mobile number / e-mail for a chosen channel. */
  | 'NO_ADDRESS'
  /** SNS refused the message (bad number, opted out…). */
  | 'REJECTED'
  | 'RETRIES_EXHAUSTED';

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  kind: DepartmentKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  path: Scalars['String']['output'];
};

export type DepartmentForecast = {
  __typename?: 'DepartmentForecast';
  department?: Maybe<Department>;
  figures: ForecastFigures;
};

export type DepartmentKind =
  | 'BRANCH'
  | 'COMPANY'
  | 'DEPARTMENT';

export type DepartmentTargetProgress = {
  __typename?: 'DepartmentTargetProgress';
  /** Over the whole subtree. */
  actual: Scalars['Decimal']['output'];
  /** Sum of the targets split from ownTarget, and whether it equals ownTarget. */
  allocated?: Maybe<Scalars['Decimal']['output']>;
  allocationBalanced?: Maybe<Scalars['Boolean']['output']>;
  department: Department;
  /** 0 for the report's top department. */
  depth: Scalars['Int']['output'];
  /** Sum of its reps' and sub-departments' targets. */
  membersTarget?: Maybe<Scalars['Decimal']['output']>;
  /** Set on the department itself. */
  ownTarget?: Maybe<Scalars['Decimal']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
  /** ownTarget, else membersTarget. */
  target?: Maybe<Scalars['Decimal']['output']>;
};

export type EmailSubscription = {
  __typename?: 'EmailSubscription';
  email: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  status: EmailSubscriptionStatus;
};

export type EmailSubscriptionStatus =
  | 'FAILED'
  /** SNS sent a confirmation e-mail; reminders arrive once the user confirms. */
  | 'PENDING_CONFIRMATION';

/** 跟进记录: a call, visit, e-mail or online chat with a customer. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** When the contact happened. */
  at: Scalars['DateTime']['output'];
  author: UserRef;
  contactId?: Maybe<Scalars['ID']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  /** The company-local day it counts for (KPI). */
  day: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  interestLevel?: Maybe<InterestLevel>;
  invalidReasons: Array<FollowUpInvalidReason>;
  needs?: Maybe<Scalars['String']['output']>;
  nextContactAt?: Maybe<Scalars['DateTime']['output']>;
  /** The task (and reminder) made from the next contact time. */
  nextContactTaskId?: Maybe<Scalars['ID']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  review: FollowUpReview;
  subject?: Maybe<Scalars['String']['output']>;
  type: FollowUpType;
  /** Counts for protection: refreshes the customer's deadline. */
  valid: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  edges: Array<FollowUpEdge>;
  pageInfo: PageInfo;
};

export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  cursor: Scalars['Cursor']['output'];
  node: FollowUp;
};

/** Why a follow-up does not count for protection (rule 6). */
export type FollowUpInvalidReason =
  /** Nothing beyond contentless phrases such as 没找到人 / 外出 / 沟通. */
  | 'CONTENTLESS'
  /** No contact named. */
  | 'NO_CONTACT'
  /** Fewer than the required characters of content (a Chinese character counts as one). */
  | 'TOO_SHORT';

export type FollowUpReview = {
  __typename?: 'FollowUpReview';
  comment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewer?: Maybe<UserRef>;
  status: FollowUpReviewStatus;
};

export type FollowUpReviewStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type FollowUpType =
  | 'CALL'
  | 'EMAIL'
  | 'ONLINE'
  | 'OTHER'
  | 'VISIT';

export type FollowUpTypeCount = {
  __typename?: 'FollowUpTypeCount';
  count: Scalars['Int']['output'];
  type: FollowUpType;
};

/** Weighted forecast of a period: open deals by expected close month, won deals by the month they were won. */
export type Forecast = {
  __typename?: 'Forecast';
  byDepartment: Array<DepartmentForecast>;
  byMonth: Array<MonthForecast>;
  byRep: Array<RepForecast>;
  currency: Scalars['String']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
  total: ForecastFigures;
};

export type ForecastFigures = {
  __typename?: 'ForecastFigures';
  /** wonAmount + weightedAmount */
  forecastAmount: Scalars['Decimal']['output'];
  openAmount: Scalars['Decimal']['output'];
  openCount: Scalars['Int']['output'];
  /** Open amounts × win probability of their stage. */
  weightedAmount: Scalars['Decimal']['output'];
  wonAmount: Scalars['Decimal']['output'];
  wonCount: Scalars['Int']['output'];
};

/** Opportunities and amounts per stage, read from per-owner counters (never from every deal). */
export type Funnel = {
  __typename?: 'Funnel';
  currency: Scalars['String']['output'];
  lost: FunnelTotal;
  openAmount: Scalars['Decimal']['output'];
  openCount: Scalars['Int']['output'];
  stages: Array<FunnelStage>;
  weightedAmount: Scalars['Decimal']['output'];
  /** won / (won + lost) */
  winRate?: Maybe<Scalars['Float']['output']>;
  won: FunnelTotal;
};

export type FunnelReport = {
  __typename?: 'FunnelReport';
  created: Scalars['Int']['output'];
  createdAmount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  lost: Scalars['Int']['output'];
  lostAmount: Scalars['Decimal']['output'];
  stages: Array<FunnelReportStage>;
  winRate?: Maybe<Scalars['Float']['output']>;
  /** Closed in the period. */
  won: Scalars['Int']['output'];
  wonAmount: Scalars['Decimal']['output'];
};

export type FunnelReportStage = {
  __typename?: 'FunnelReportStage';
  averageDaysInStage?: Maybe<Scalars['Float']['output']>;
  /** reached / reached of the previous stage. */
  conversionFromPrevious?: Maybe<Scalars['Float']['output']>;
  /** Stays in the stage that ended in the period, and their average length. */
  exits: Scalars['Int']['output'];
  openAmount: Scalars['Decimal']['output'];
  /** Open deals in the stage now. */
  openCount: Scalars['Int']['output'];
  /** Deals created in the period that reached this stage. */
  reached: Scalars['Int']['output'];
  stage: PipelineStage;
};

export type FunnelStage = {
  __typename?: 'FunnelStage';
  amount: Scalars['Decimal']['output'];
  /** Average days deals spent here before moving on. */
  averageDaysInStage?: Maybe<Scalars['Float']['output']>;
  /** reached / reached of the previous stage (null for the first stage or when nothing reached it). */
  conversionFromPrevious?: Maybe<Scalars['Float']['output']>;
  /** Open deals now in this stage. */
  count: Scalars['Int']['output'];
  /** Deals that ever reached this stage. */
  reached: Scalars['Int']['output'];
  stage: PipelineStage;
  weightedAmount: Scalars['Decimal']['output'];
};

export type FunnelTotal = {
  __typename?: 'FunnelTotal';
  amount: Scalars['Decimal']['output'];
  count: Scalars['Int']['output'];
};

export type Grade =
  | 'A'
  | 'B'
  | 'C';

export type GradeDays = {
  __typename?: 'GradeDays';
  A?: Maybe<Scalars['Int']['output']>;
  B?: Maybe<Scalars['Int']['output']>;
  C?: Maybe<Scalars['Int']['output']>;
};

export type GradeDaysInput = {
  A?: InputMaybe<Scalars['Int']['input']>;
  B?: InputMaybe<Scalars['Int']['input']>;
  C?: InputMaybe<Scalars['Int']['input']>;
};

export type Health = {
  __typename?: 'Health';
  companyId: Scalars['String']['output'];
  now: Scalars['DateTime']['output'];
  ok: Scalars['Boolean']['output'];
};

/** A yearly date (solar or lunar), reminded to the customer's owner in the morning of the day. */
export type ImportantDate = {
  __typename?: 'ImportantDate';
  contactId?: Maybe<Scalars['ID']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  day: Scalars['Int']['output'];
  /** 农历腊月二十 / 3月5日 */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ImportantDateKind;
  label?: Maybe<Scalars['String']['output']>;
  lunar: Scalars['Boolean']['output'];
  month: Scalars['Int']['output'];
  nextReminderAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type ImportantDateKind =
  | 'ANNIVERSARY'
  | 'BIRTHDAY'
  | 'OTHER';

export type InstalmentInput = {
  amount: Scalars['Decimal']['input'];
  dueDate: Scalars['Date']['input'];
};

export type InterestLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

/** An invoice issued (开票), recorded by finance. */
export type Invoice = {
  __typename?: 'Invoice';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: InvoiceKind;
  number: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
  orderNumber: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<UserRef>;
  title?: Maybe<Scalars['String']['output']>;
};

export type InvoiceInput = {
  amount: Scalars['Decimal']['input'];
  issuedOn: Scalars['Date']['input'];
  kind: InvoiceKind;
  number: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type InvoiceKind =
  | 'OTHER'
  | 'VAT_NORMAL'
  | 'VAT_SPECIAL';

export type LifecycleCount = {
  __typename?: 'LifecycleCount';
  count: Scalars['Int']['output'];
  stage: LifecycleStage;
};

/** Customers per lifecycle stage now, the public pools' size, and ownership moves in the period. */
export type LifecycleReport = {
  __typename?: 'LifecycleReport';
  claims: Scalars['Int']['output'];
  counts: Array<LifecycleCount>;
  hot: Scalars['Int']['output'];
  /** Created by reps of the scope in the period. */
  newCustomers: Scalars['Int']['output'];
  poolSize: Scalars['Int']['output'];
  pools: Array<PoolCount>;
  reclaims: Scalars['Int']['output'];
  releases: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  transfersIn: Scalars['Int']['output'];
  transfersOut: Scalars['Int']['output'];
};

export type LifecycleStage =
  | 'FORMAL'
  | 'INTENT'
  | 'POTENTIAL';

export type LogFollowUpInput = {
  /** Default: now. Not in the future, not older than the follow-up freshness window. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** A saved contact of the customer… */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** …or the name of whoever was spoken to. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  interestLevel?: InputMaybe<InterestLevel>;
  needs?: InputMaybe<Scalars['String']['input']>;
  /** Becomes a task with a reminder for the customer's owner. */
  nextContactAt?: InputMaybe<Scalars['DateTime']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type: FollowUpType;
};

export type LogFollowUpResult = {
  __typename?: 'LogFollowUpResult';
  /** The customer after the follow-up: a valid one moves protection.deadline. */
  customer: Customer;
  followUp: FollowUp;
  /** The next-contact task, when a next contact time was given. */
  task?: Maybe<Task>;
};

export type MergeResult = {
  __typename?: 'MergeResult';
  mergedCustomerId: Scalars['ID']['output'];
  movedRecords: Scalars['Int']['output'];
  survivor: Customer;
};

export type MessageCampaign = {
  __typename?: 'MessageCampaign';
  channel: MessageChannel;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<UserRef>;
  excludedNoAddress: Scalars['Int']['output'];
  excludedOptOut: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Not yet sent, failed or skipped. */
  pending: Scalars['Int']['output'];
  recipients: MessageRecipientConnection;
  sent: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  status: CampaignStatus;
  subject?: Maybe<Scalars['String']['output']>;
  template: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};


export type MessageCampaignRecipientsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RecipientStatus>;
};

export type MessageCampaignConnection = {
  __typename?: 'MessageCampaignConnection';
  edges: Array<MessageCampaignEdge>;
  pageInfo: PageInfo;
};

export type MessageCampaignEdge = {
  __typename?: 'MessageCampaignEdge';
  cursor: Scalars['Cursor']['output'];
  node: MessageCampaign;
};

/** 短信个性群发 / 邮件群发. The template may use {姓名} (contact name), {公司} (customer name) and {职务} (contact title). */
export type MessageCampaignInput = {
  channel: MessageChannel;
  filter?: InputMaybe<RecipientFilterInput>;
  name: Scalars['String']['input'];
  /** E-mail only (required there). */
  subject?: InputMaybe<Scalars['String']['input']>;
  template: Scalars['String']['input'];
};

export type MessageChannel =
  | 'EMAIL'
  | 'SMS';

/** 退订: a phone number or e-mail address that receives no campaign message. */
export type MessageOptOut = {
  __typename?: 'MessageOptOut';
  address: Scalars['String']['output'];
  channel: MessageChannel;
  createdAt: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type MessageOptOutConnection = {
  __typename?: 'MessageOptOutConnection';
  edges: Array<MessageOptOutEdge>;
  pageInfo: PageInfo;
};

export type MessageOptOutEdge = {
  __typename?: 'MessageOptOutEdge';
  cursor: Scalars['Cursor']['output'];
  node: MessageOptOut;
};

export type MessagePreview = {
  __typename?: 'MessagePreview';
  /** Matching contacts without a mainland mobile (SMS) or e-mail address (EMAIL). */
  excludedNoAddress: Scalars['Int']['output'];
  /** Matching contacts on the opt-out list: never messaged. */
  excludedOptOut: Scalars['Int']['output'];
  recipientCount: Scalars['Int']['output'];
  samples: Array<RenderedMessage>;
};

/** The delivery record of one address. */
export type MessageRecipient = {
  __typename?: 'MessageRecipient';
  attempts: Scalars['Int']['output'];
  contactName: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: RecipientStatus;
  text: Scalars['String']['output'];
  /** Masked. */
  to: Scalars['String']['output'];
};

export type MessageRecipientConnection = {
  __typename?: 'MessageRecipientConnection';
  edges: Array<MessageRecipientEdge>;
  pageInfo: PageInfo;
};

export type MessageRecipientEdge = {
  __typename?: 'MessageRecipientEdge';
  cursor: Scalars['Cursor']['output'];
  node: MessageRecipient;
};

export type MetricValue = {
  __typename?: 'MetricValue';
  metric: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type MonthForecast = {
  __typename?: 'MonthForecast';
  figures: ForecastFigures;
  month: Scalars['String']['output'];
};

export type MoveOpportunityStageInput = {
  expectedVersion: Scalars['Int']['input'];
  stageId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addContact: Contact;
  addImportantDate: ImportantDate;
  /** Any sales user: records that this phone number or e-mail receives no more campaign messages. */
  addMessageOptOut: MessageOptOut;
  addTeamMember: Customer;
  /** Owner: apply for a protection extension (时间加权申请) of up to the company's maximum days. */
  applyForExtension: Application;
  /** Owner: apply to advance POTENTIAL → INTENT, with a reason. */
  applyForIntent: Application;
  /** A manager above the owner, or an admin. */
  approveOrder: Order;
  assignServiceTicket: ServiceTicket;
  cancelOrder: Order;
  /** Take a customer from the public pool (公海). Exactly one of several racing reps wins. */
  claimCustomer: Customer;
  closeOpportunity: Opportunity;
  /** RESOLVED → CLOSED, optionally with the customer's satisfaction. */
  closeServiceTicket: ServiceTicket;
  /** Every line shipped and every fen received. */
  completeOrder: Order;
  completeTask: Task;
  createAssignmentRule: AssignmentRule;
  createCustomer: Customer;
  createDepartment: Department;
  /** Admins and managers: freezes the recipients and rendered texts. Nothing is sent yet. */
  createMessageCampaign: MessageCampaign;
  createOpportunity: Opportunity;
  createOrder: Order;
  createPlan: Plan;
  createPool: Pool;
  /** Admins and managers. */
  createProduct: Product;
  createServiceTicket: ServiceTicket;
  createTask: Task;
  createUser: User;
  /** Managers above the applicant: approve or reject an application. */
  decideApplication: Application;
  deleteTask: Task;
  /** Admins: restore an export into an empty stack, chunk by chunk (first chunk without importId). */
  importCompanyData: CompanyImportResult;
  /** Owner (if allowed) or manager: exempt a customer from reclaim, within the lock cap. */
  lockCustomer: Customer;
  /** The customer's owner, managers above them, or admins log a follow-up. */
  logFollowUp: LogFollowUpResult;
  /** Owner/managers: mark a customer FORMAL (signed outside the order module). */
  markCustomerFormal: Customer;
  /** Managers/admins: merge two duplicates into the earlier-created one; history moves with it. */
  mergeCustomers: MergeResult;
  moveOpportunityStage: Opportunity;
  /** Customer satisfaction 1–5, once, after resolution. */
  rateServiceTicket: ServiceTicket;
  /** Managers: take an invalid-tracking (无效跟踪) customer away and give it to another rep. */
  reassignInvalidTrackingCustomer: Customer;
  /** Finance only. Never more than the contract. */
  recordInvoice: Invoice;
  /** Finance only. Never more than is due. */
  recordPayment: Payment;
  recordShipment: Shipment;
  rejectOrder: Order;
  /** Give your customer back to the pool; you cannot claim it again for the cooldown (default 3 days). */
  releaseCustomer: Customer;
  removeImportantDate: ImportantDate;
  /** Admins only. */
  removeMessageOptOut: Scalars['Boolean']['output'];
  removeTeamMember: Customer;
  /** RESOLVED or CLOSED → REOPENED. */
  reopenServiceTicket: ServiceTicket;
  resolveServiceTicket: ServiceTicket;
  /** A manager above the author approves or rejects, with a comment. */
  reviewFollowUp: FollowUp;
  /** Sends for up to ~20 s at the company's rate and returns the progress; call again until COMPLETED. Never messages a recipient twice. */
  sendMessageCampaign: MessageCampaign;
  /** Channels, quiet hours, digest time. Choosing e-mail subscribes your address (confirm the e-mail SNS sends). */
  setMyNotificationPreferences: NotificationPreferences;
  /** Admins: any; managers: reps and sub-departments below them. */
  setSalesTarget: SalesTarget;
  /** Local only (CRM_TEST_CLOCK=1), admins only: moves the whole local system's clock forward to this instant and runs the sweeps. */
  setTestClock: Health;
  /** Makes the customer FORMAL (CLOSED, or LOYAL on a later order) in the same transaction. */
  signOrder: Order;
  /** 分解 a department's target among its members; the sum is checked. */
  splitDepartmentTarget: Array<SalesTarget>;
  /** First response: OPEN or REOPENED → IN_PROGRESS. */
  startServiceTicket: ServiceTicket;
  submitOrderForApproval: Order;
  /** One report per period; the title follows the company convention. */
  submitWorkReport: WorkReport;
  /** Managers: move all customers of a rep (leaving or changing department) to another rep. */
  transferAllCustomers: TransferAllResult;
  /** Managers: move a customer of your subtree to another rep. */
  transferCustomer: Customer;
  unlockCustomer: Customer;
  /** Admins: change rule numbers. Deadlines follow on each customer's next change; see README. */
  updateCompanySettings: CompanySettings;
  updateContact: Contact;
  updateCustomer: Customer;
  updateOpportunity: Opportunity;
  /** Before signing only; an order awaiting approval returns to DRAFT. */
  updateOrder: Order;
  updatePlan: Plan;
  /** Changing reclaim rules recomputes the affected customers' deadlines at once. */
  updatePool: PoolUpdateResult;
  updateProduct: Product;
  /** Admins only. */
  updateSalesSettings: SalesSettings;
  updateTask: Task;
  updateUser: User;
  updateWorkReport: WorkReport;
};


export type MutationAddContactArgs = {
  customerId: Scalars['ID']['input'];
  input: ContactInput;
};


export type MutationAddImportantDateArgs = {
  input: AddImportantDateInput;
};


export type MutationAddMessageOptOutArgs = {
  address: Scalars['String']['input'];
  channel: MessageChannel;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddTeamMemberArgs = {
  customerId: Scalars['ID']['input'];
  input: TeamMemberInput;
};


export type MutationApplyForExtensionArgs = {
  customerId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationApplyForIntentArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationApproveOrderArgs = {
  id: Scalars['ID']['input'];
  input: OrderDecisionInput;
};


export type MutationAssignServiceTicketArgs = {
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  input: OrderDecisionInput;
};


export type MutationClaimCustomerArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationCloseOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: CloseOpportunityInput;
};


export type MutationCloseServiceTicketArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCompleteOrderArgs = {
  id: Scalars['ID']['input'];
  input: OrderDecisionInput;
};


export type MutationCompleteTaskArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateAssignmentRuleArgs = {
  input: AssignmentRuleInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateMessageCampaignArgs = {
  input: MessageCampaignInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePoolArgs = {
  input: PoolInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateServiceTicketArgs = {
  input: CreateServiceTicketInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationImportCompanyDataArgs = {
  importId?: InputMaybe<Scalars['ID']['input']>;
  jsonl: Scalars['String']['input'];
};


export type MutationLockCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLogFollowUpArgs = {
  input: LogFollowUpInput;
};


export type MutationMarkCustomerFormalArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationMergeCustomersArgs = {
  customerId: Scalars['ID']['input'];
  duplicateId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMoveOpportunityStageArgs = {
  id: Scalars['ID']['input'];
  input: MoveOpportunityStageInput;
};


export type MutationRateServiceTicketArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  satisfaction: Scalars['Int']['input'];
};


export type MutationReassignInvalidTrackingCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
};


export type MutationRecordInvoiceArgs = {
  input: InvoiceInput;
  orderId: Scalars['ID']['input'];
};


export type MutationRecordPaymentArgs = {
  input: PaymentInput;
  orderId: Scalars['ID']['input'];
};


export type MutationRecordShipmentArgs = {
  input: ShipmentInput;
  orderId: Scalars['ID']['input'];
};


export type MutationRejectOrderArgs = {
  id: Scalars['ID']['input'];
  input: OrderDecisionInput;
};


export type MutationReleaseCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toPoolId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRemoveImportantDateArgs = {
  customerId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRemoveMessageOptOutArgs = {
  address: Scalars['String']['input'];
  channel: MessageChannel;
};


export type MutationRemoveTeamMemberArgs = {
  customerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationReopenServiceTicketArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResolveServiceTicketArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationReviewFollowUpArgs = {
  customerId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  input: ReviewFollowUpInput;
};


export type MutationSendMessageCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMyNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationSetSalesTargetArgs = {
  input: SetTargetInput;
};


export type MutationSetTestClockArgs = {
  now: Scalars['DateTime']['input'];
};


export type MutationSignOrderArgs = {
  id: Scalars['ID']['input'];
  input: SignOrderInput;
};


export type MutationSplitDepartmentTargetArgs = {
  input: SplitTargetInput;
};


export type MutationStartServiceTicketArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitOrderForApprovalArgs = {
  id: Scalars['ID']['input'];
  input: OrderDecisionInput;
};


export type MutationSubmitWorkReportArgs = {
  input: SubmitWorkReportInput;
};


export type MutationTransferAllCustomersArgs = {
  fromUserId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
};


export type MutationTransferCustomerArgs = {
  customerId: Scalars['ID']['input'];
  keepPreviousOwnerAsMember?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
};


export type MutationUnlockCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateCompanySettingsArgs = {
  input: CompanySettingsInput;
};


export type MutationUpdateContactArgs = {
  contactId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpportunityInput;
};


export type MutationUpdateOrderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrderInput;
};


export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanInput;
};


export type MutationUpdatePoolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: PoolInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateSalesSettingsArgs = {
  input: SalesSettingsInput;
};


export type MutationUpdateTaskArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWorkReportArgs = {
  input: UpdateWorkReportInput;
  period: Scalars['String']['input'];
};

export type NotificationChannels =
  | 'BOTH'
  | 'EMAIL'
  | 'NONE'
  | 'SMS';

/** How you are reminded. Times are HH:mm in the company's time zone. Until you choose (version 0): SMS, or e-mail if you have no mobile number. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  channels: NotificationChannels;
  /** Daily agenda digest; none when null. */
  digestTime?: Maybe<Scalars['String']['output']>;
  emailSubscription?: Maybe<EmailSubscription>;
  nextDigestAt?: Maybe<Scalars['DateTime']['output']>;
  quietHoursEnd?: Maybe<Scalars['String']['output']>;
  quietHoursStart?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type NotificationPreferencesInput = {
  channels: NotificationChannels;
  digestTime?: InputMaybe<Scalars['String']['input']>;
  quietHoursEnd?: InputMaybe<Scalars['String']['input']>;
  quietHoursStart?: InputMaybe<Scalars['String']['input']>;
};

/** A deal in the pipeline (商机 / 跟单). */
export type Opportunity = {
  __typename?: 'Opportunity';
  closeReason?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer: CustomerSummary;
  daysInStage: Scalars['Float']['output'];
  expectedAmount: Scalars['Decimal']['output'];
  expectedCloseDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  lessons?: Maybe<Scalars['String']['output']>;
  orderId?: Maybe<Scalars['ID']['output']>;
  owner: UserRef;
  /** Products of interest. */
  products: Array<Product>;
  stage: PipelineStage;
  stageEnteredAt: Scalars['DateTime']['output'];
  stageHistory: Array<StageVisit>;
  /** Open with no stage change for the company's stalledAfterDays. */
  stalled: Scalars['Boolean']['output'];
  status: OpportunityStatus;
  /** Days spent per stage so far (the current stay counts up to now). */
  timeInStages: Array<StageTime>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** expectedAmount × the stage's win probability (open deals). */
  weightedAmount: Scalars['Decimal']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['Cursor']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OpportunityStatus>;
};

export type OpportunityStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** An order / contract (订单 / 合同). */
export type Order = {
  __typename?: 'Order';
  approval?: Maybe<OrderApproval>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer: CustomerSummary;
  discountTotal: Scalars['Decimal']['output'];
  /** 附加条款 */
  extraTerms: Array<Scalars['String']['output']>;
  fullyShipped: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  /** Running totals (signed orders). */
  ledger?: Maybe<OrderLedger>;
  lines: Array<OrderLine>;
  listTotal: Scalars['Decimal']['output'];
  /** Whether the total is above the company's approval threshold. */
  needsApproval: Scalars['Boolean']['output'];
  /** Gap-free per company: HT000001, HT000002, … */
  number: Scalars['String']['output'];
  opportunityId?: Maybe<Scalars['ID']['output']>;
  owner: UserRef;
  /** Instalments as stored since signing, with what is settled. */
  paymentPlans: Array<PaymentPlan>;
  paymentTerms?: Maybe<Scalars['String']['output']>;
  payments: Array<Payment>;
  /** The agreed payment plan (fixed at signing). */
  plannedInstalments: Array<PlannedInstalment>;
  shipments: Array<Shipment>;
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  signedBy?: Maybe<UserRef>;
  signedOn?: Maybe<Scalars['Date']['output']>;
  signerName?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  statusHistory: Array<OrderStatusChange>;
  title: Scalars['String']['output'];
  total: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OrderApproval = {
  __typename?: 'OrderApproval';
  comment?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<UserRef>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<UserRef>;
  state: ApprovalState;
  /** The total the decision was about. */
  total: Scalars['Decimal']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
};

export type OrderDecisionInput = {
  /** Required to reject or cancel. */
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['Cursor']['output'];
  node: Order;
};

export type OrderFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
};

export type OrderLedger = {
  __typename?: 'OrderLedger';
  invoiced: Scalars['Decimal']['output'];
  outstanding: Scalars['Decimal']['output'];
  received: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
  uninvoiced: Scalars['Decimal']['output'];
};

/** A contract line; amounts computed by the server (half-up to the fen per line). */
export type OrderLine = {
  __typename?: 'OrderLine';
  amount: Scalars['Decimal']['output'];
  /** Percent off the unit price, e.g. 12.5 */
  discountPercent: Scalars['Decimal']['output'];
  lineNo: Scalars['Int']['output'];
  listAmount: Scalars['Decimal']['output'];
  productCode: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  /** Shipped so far (signed orders). */
  shipped: Scalars['Decimal']['output'];
  unit: Scalars['String']['output'];
  unitPrice: Scalars['Decimal']['output'];
  unshipped: Scalars['Decimal']['output'];
};

export type OrderLineInput = {
  /** 0–100, up to 2 decimals. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId: Scalars['ID']['input'];
  /** Up to 3 decimals. */
  quantity: Scalars['Decimal']['input'];
  /** Default: the product's list price. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'SIGNED';

export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  at: Scalars['DateTime']['output'];
  by?: Maybe<UserRef>;
  note?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
};

/** A message as the local outbox notifier wrote it. */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  at: Scalars['DateTime']['output'];
  channel: DeliveryChannel;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type OwnershipAction =
  | 'ASSIGN'
  | 'CLAIM'
  | 'CREATE'
  | 'LOCK'
  | 'MERGE'
  | 'RECLAIM'
  | 'RELEASE'
  | 'TRANSFER'
  | 'UNLOCK';

/** An immutable record of an ownership change: who, when, from, to, why. */
export type OwnershipEvent = {
  __typename?: 'OwnershipEvent';
  action: OwnershipAction;
  actor?: Maybe<UserRef>;
  at: Scalars['DateTime']['output'];
  fromOwner?: Maybe<UserRef>;
  fromPoolId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toOwner?: Maybe<UserRef>;
  toPoolId?: Maybe<Scalars['ID']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 80/20: how much of the contracted revenue comes from the top 20% of customers (by contracted amount). */
export type ParetoView = {
  __typename?: 'ParetoView';
  /** True when the 20% cut falls inside a revenue band (bands are at most 10% wide) and that band's mean was used. */
  approximate: Scalars['Boolean']['output'];
  customersWithRevenue: Scalars['Int']['output'];
  topCustomers: Scalars['Int']['output'];
  topRevenue: Scalars['Decimal']['output'];
  /** topRevenue / totalRevenue, 4 decimals. */
  topShare?: Maybe<Scalars['Float']['output']>;
  totalRevenue: Scalars['Decimal']['output'];
};

/** Money received (回款), recorded by finance. */
export type Payment = {
  __typename?: 'Payment';
  allocations: Array<PaymentAllocation>;
  amount: Scalars['Decimal']['output'];
  /** The rep credited with it. */
  credited: UserRef;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  note?: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  orderNumber: Scalars['String']['output'];
  paidOn: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<UserRef>;
};

export type PaymentAllocation = {
  __typename?: 'PaymentAllocation';
  amount: Scalars['Decimal']['output'];
  planNo: Scalars['Int']['output'];
};

export type PaymentInput = {
  amount: Scalars['Decimal']['input'];
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The rep credited; default the order owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  paidOn: Scalars['Date']['input'];
  /** Settle this instalment only; absent: the oldest open instalments first. */
  planNo?: InputMaybe<Scalars['Int']['input']>;
};

export type PaymentMethod =
  /** 承兑汇票 */
  | 'ACCEPTANCE_BILL'
  | 'BANK_TRANSFER'
  | 'CASH'
  | 'CHECK'
  | 'ONLINE'
  | 'OTHER';

/** An instalment of a signed order's payment plan (回款计划). */
export type PaymentPlan = {
  __typename?: 'PaymentPlan';
  amount: Scalars['Decimal']['output'];
  dueDate: Scalars['Date']['output'];
  /** The next reminder to the owner (none once settled). */
  nextReminderAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open and past its due date. */
  overdue: Scalars['Boolean']['output'];
  planNo: Scalars['Int']['output'];
  remaining: Scalars['Decimal']['output'];
  settled: Scalars['Decimal']['output'];
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  status: PaymentPlanStatus;
};

export type PaymentPlanStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'SETTLED';

/** A configured pipeline stage; winProbability is a whole percent. */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  winProbability: Scalars['Int']['output'];
};

export type PipelineStageInput = {
  /** Keep the id of an existing stage; omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  winProbability: Scalars['Int']['input'];
};

export type Plan = {
  __typename?: 'Plan';
  /** Percent done. */
  completion: Scalars['Int']['output'];
  content: Scalars['String']['output'];
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  owner: UserRef;
  period: PlanPeriod;
  startDate: Scalars['Date']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PlanPeriod =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type PlannedInstalment = {
  __typename?: 'PlannedInstalment';
  amount: Scalars['Decimal']['output'];
  dueDate: Scalars['Date']['output'];
  planNo: Scalars['Int']['output'];
};

/** A public pool (公海): members see and claim its customers under its own rules. */
export type Pool = {
  __typename?: 'Pool';
  adminIds: Array<Scalars['ID']['output']>;
  claimRules: ClaimRules;
  everyone: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  memberDeptPaths: Array<Scalars['String']['output']>;
  memberUserIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  reclaimRules: ReclaimRules;
  version: Scalars['Int']['output'];
};

export type PoolCount = {
  __typename?: 'PoolCount';
  count: Scalars['Int']['output'];
  poolId: Scalars['ID']['output'];
};

export type PoolInput = {
  adminIds: Array<Scalars['ID']['input']>;
  claimRules: ClaimRulesInput;
  everyone: Scalars['Boolean']['input'];
  memberDepartmentIds: Array<Scalars['ID']['input']>;
  memberUserIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  reclaimRules: ReclaimRulesInput;
};

export type PoolUpdateResult = {
  __typename?: 'PoolUpdateResult';
  pool: Pool;
  /** Owned customers whose protection deadlines were recomputed under the new rules. */
  recomputed: Scalars['Int']['output'];
};

/** A catalogue entry (产品). */
export type Product = {
  __typename?: 'Product';
  /** Inactive products cannot be put on orders or opportunities. */
  active: Scalars['Boolean']['output'];
  /** Product line / category. */
  category: Scalars['String']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  listPrice: Scalars['Decimal']['output'];
  name: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProductCategory = {
  __typename?: 'ProductCategory';
  activeProducts: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** When an owned, non-FORMAL customer goes back to the public pool, and why. */
export type Protection = {
  __typename?: 'Protection';
  daysLeft?: Maybe<Scalars['Int']['output']>;
  deadline?: Maybe<Scalars['DateTime']['output']>;
  deadlineReason?: Maybe<DeadlineReason>;
  extendedUntil?: Maybe<Scalars['DateTime']['output']>;
  invalidFollowUps: Scalars['Int']['output'];
  invalidTracking: Scalars['Boolean']['output'];
  lastValidFollowUpAt?: Maybe<Scalars['DateTime']['output']>;
  ownedSince: Scalars['DateTime']['output'];
};

/** Importance/urgency quadrant (四象限). */
export type Quadrant =
  | 'IMPORTANT'
  | 'IMPORTANT_URGENT'
  | 'NEITHER'
  | 'URGENT';

export type Query = {
  __typename?: 'Query';
  /** Today's and tomorrow's tasks, overdue ones and soon-expiring customers (default: yourself). */
  agenda: Agenda;
  /** An assignee's tickets, newest first (default: yourself). */
  assignedServiceTickets: ServiceTicketConnection;
  assignmentRules: Array<AssignmentRule>;
  /** Admins: every write between two instants (at most 366 days), newest first. */
  auditLog: AuditEntryConnection;
  buyingStatusReport: BuyingStatusReport;
  /** 五级分类 transitions in a month (yyyy-mm), e.g. how many moved TARGET → QUALIFIED. */
  buyingStatusTransitions: Array<BuyingTransition>;
  companySettings: CompanySettings;
  customer: Customer;
  /** Your customers (rep), your department subtree's (manager), or all (admin); newest first. */
  customers: CustomerConnection;
  /** Managers: every report of a period (2026-W47 / 2026-11) in their subtree; admins: all. */
  departmentWorkReports: Array<WorkReport>;
  departments: Array<Department>;
  /** Admins: the whole company's data as JSON Lines, page by page (backup, or moving to another stack). */
  exportCompanyData: CompanyExportPage;
  /** Admins: reminders that could not be delivered, newest first. */
  failedDeliveries: DeliveryConnection;
  /** A customer's follow-ups, newest contact first. */
  followUps: FollowUpConnection;
  /** A rep's follow-ups of one day (default: yourself); managers see their subtree, admins everyone. */
  followUpsOfDay: RepFollowUpDay;
  /** Managers and admins: follow-ups of their subtree waiting for review. */
  followUpsToReview: FollowUpConnection;
  /** Months as YYYY-MM, at most 24. */
  forecast: Forecast;
  funnel: Funnel;
  funnelReport: FunnelReport;
  /** Liveness and the server's current time (moves with the local test clock). */
  health: Health;
  lifecycleReport: LifecycleReport;
  /** The signed-in user. */
  me: User;
  /** The creator, managers above them, admins. */
  messageCampaign: MessageCampaign;
  /** Admins: all campaigns, newest first; managers: campaigns created in their subtree. */
  messageCampaigns: MessageCampaignConnection;
  /** Admins only: the opt-out list of one channel. */
  messageOptOuts: MessageOptOutConnection;
  myNotificationPreferences: NotificationPreferences;
  /** Yours (rep), your subtree's (manager), everyone's (admin), or one customer's. */
  opportunities: OpportunityConnection;
  opportunity: Opportunity;
  order: Order;
  /** Yours (rep), your subtree's (manager), everyone's (admin, finance), or one customer's; newest first where the index allows. */
  orders: OrderConnection;
  /** Admins, local stack: the latest messages the outbox notifier printed (empty when deployed). */
  outbox: Array<OutboxMessage>;
  /** Pending applications of your department subtree (managers) or company (admins). */
  pendingApplications: Array<Application>;
  plans: Array<Plan>;
  /** Pools you belong to (admins: all). */
  pools: Array<Pool>;
  /** Admins and managers: recipient count and the first rendered messages, before anything is sent. */
  previewMessageCampaign: MessagePreview;
  product: Product;
  productCategories: Array<ProductCategory>;
  /** The catalogue in category/name order; inactive products only when asked. */
  products: Array<Product>;
  /** Customers with money outstanding, largest first (finance and admins: all; managers: subtree; reps: own). */
  receivables: Array<CustomerReceivable>;
  /** Open instalments by days past due: not due, 0–30, 31–60, 61–90, over 90. */
  receivablesAging: ReceivablesAging;
  /** asOf: default today. Finance sees the whole company. */
  receivablesAgingReport: ReceivablesAgingReport;
  /** metrics: any of FOLLOW_UPS, CALL, VISIT, EMAIL, ONLINE, OTHER, VALID, INVALID, NEW_CUSTOMERS (default all). */
  repActivityReport: RepActivityReport;
  salesSettings: SalesSettings;
  /** Duplicate check before entering a customer: names containing the keyword (at least two characters). */
  searchCustomerNames: Array<CustomerNameMatch>;
  /** rankBy: RESOLVED (default), SATISFACTION, RESPONSE_TIME or TICKETS. */
  serviceReport: ServiceReport;
  serviceTicket: ServiceTicket;
  /** Service staff and admins: every ticket in one status, oldest first. */
  serviceTicketQueue: ServiceTicketConnection;
  /** Open deals with no stage change for stalledAfterDays, oldest first. */
  stalledOpportunities: Array<Opportunity>;
  /** Actual vs target rolled up the department tree (rep: self; manager: subtree; admin: all). */
  targetProgress: TargetProgressReport;
  task: Task;
  /** Tasks due in [from, to), by due time (calendar). */
  tasks: TaskConnection;
  user: User;
  /** Admins: everyone; managers: their department subtree; others: themselves. */
  users: Array<User>;
  valueGradeReport: ValueGradeReport;
  workReports: Array<WorkReport>;
};


export type QueryAgendaArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAssignedServiceTicketsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryBuyingStatusReportArgs = {
  input: ReportInput;
};


export type QueryBuyingStatusTransitionsArgs = {
  month: Scalars['String']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentWorkReportsArgs = {
  period: Scalars['String']['input'];
};


export type QueryExportCompanyDataArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFailedDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowUpsOfDayArgs = {
  date: Scalars['Date']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFollowUpsToReviewArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryForecastArgs = {
  filter?: InputMaybe<SalesScopeFilter>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryFunnelArgs = {
  filter?: InputMaybe<SalesScopeFilter>;
};


export type QueryFunnelReportArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  input: ReportInput;
};


export type QueryLifecycleReportArgs = {
  input: ReportInput;
};


export type QueryMessageCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageCampaignsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMessageOptOutsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  channel: MessageChannel;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutboxArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPreviewMessageCampaignArgs = {
  input: MessageCampaignInput;
  sample?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReceivablesArgs = {
  filter?: InputMaybe<ReceivablesFilter>;
};


export type QueryReceivablesAgingArgs = {
  filter?: InputMaybe<ReceivablesFilter>;
};


export type QueryReceivablesAgingReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<ReportUnitInput>;
};


export type QueryRepActivityReportArgs = {
  granularity?: ReportGranularity;
  input: ReportInput;
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QuerySearchCustomerNamesArgs = {
  keyword: Scalars['String']['input'];
};


export type QueryServiceReportArgs = {
  input: ReportInput;
  rankBy?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceTicketQueueArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status: ServiceTicketStatus;
};


export type QueryStalledOpportunitiesArgs = {
  filter?: InputMaybe<SalesScopeFilter>;
};


export type QueryTargetProgressArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  metric: TargetMetric;
  period: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTaskArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryValueGradeReportArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<ReportUnitInput>;
};


export type QueryWorkReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReceivablesAging = {
  __typename?: 'ReceivablesAging';
  /** Today on the company's calendar. */
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  customers: Array<CustomerAging>;
  totals: AgingAmounts;
};

export type ReceivablesAgingReport = {
  __typename?: 'ReceivablesAgingReport';
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  reps: Array<RepAging>;
  totals: ReportAgingAmounts;
};

export type ReceivablesFilter = {
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which contacts receive the message, among the customers the sender may see (admins: all; managers: their department subtree). Empty = any. */
export type RecipientFilterInput = {
  buyingStatuses?: InputMaybe<Array<BuyingStatus>>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  lifecycles?: InputMaybe<Array<LifecycleStage>>;
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only each customer's primary contact. */
  primaryContactsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Customers carrying any of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RecipientStatus =
  | 'FAILED'
  | 'PENDING'
  /** Claimed by a sender right now. */
  | 'SENDING'
  | 'SENT'
  /** Opted out after the campaign was created. */
  | 'SKIPPED';

export type ReclaimRules = {
  __typename?: 'ReclaimRules';
  /** Customers with an open opportunity are not reclaimed at all. */
  exemptWithOpenOpportunity?: Maybe<Scalars['Boolean']['output']>;
  followUpDays?: Maybe<Scalars['Int']['output']>;
  followUpDaysByGrade?: Maybe<GradeDays>;
  intentDays?: Maybe<Scalars['Int']['output']>;
  managerWarningDaysBefore?: Maybe<Array<Scalars['Int']['output']>>;
  /** Reclaim when the customer has had no open opportunity for this many days (counted from taking it or from closing the last deal). */
  noOpenOpportunityDays?: Maybe<Scalars['Int']['output']>;
  potentialDays?: Maybe<Scalars['Int']['output']>;
  targetPoolId?: Maybe<Scalars['ID']['output']>;
  warningDaysBefore?: Maybe<Array<Scalars['Int']['output']>>;
};

export type ReclaimRulesInput = {
  /** Customers with an open opportunity are not reclaimed at all. */
  exemptWithOpenOpportunity?: InputMaybe<Scalars['Boolean']['input']>;
  followUpDays?: InputMaybe<Scalars['Int']['input']>;
  followUpDaysByGrade?: InputMaybe<GradeDaysInput>;
  intentDays?: InputMaybe<Scalars['Int']['input']>;
  managerWarningDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Reclaim when the customer has had no open opportunity for this many days (counted from taking it or from closing the last deal). */
  noOpenOpportunityDays?: InputMaybe<Scalars['Int']['input']>;
  potentialDays?: InputMaybe<Scalars['Int']['input']>;
  targetPoolId?: InputMaybe<Scalars['ID']['input']>;
  warningDaysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** One message as it would be sent; addresses are shown masked. */
export type RenderedMessage = {
  __typename?: 'RenderedMessage';
  contactName: Scalars['String']['output'];
  customerName: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** Rep KPIs. Metrics: FOLLOW_UPS, CALL, VISIT, EMAIL, ONLINE, OTHER, VALID, INVALID, NEW_CUSTOMERS. */
export type RepActivityReport = {
  __typename?: 'RepActivityReport';
  granularity: ReportGranularity;
  metrics: Array<Scalars['String']['output']>;
  /** Every rep of the scope over the whole period, zeros included. */
  reps: Array<RepActivityTotal>;
  rows: Array<RepActivityRow>;
  totals: Array<MetricValue>;
};

export type RepActivityRow = {
  __typename?: 'RepActivityRow';
  /** First day of the day, ISO week (Monday) or month. */
  periodStart: Scalars['Date']['output'];
  rep: UserRef;
  values: Array<MetricValue>;
};

export type RepActivityTotal = {
  __typename?: 'RepActivityTotal';
  rep: UserRef;
  values: Array<MetricValue>;
};

export type RepAging = {
  __typename?: 'RepAging';
  amounts: ReportAgingAmounts;
  rep: UserRef;
};

/** A rep's follow-ups of one day, with the counts KPIs use. */
export type RepFollowUpDay = {
  __typename?: 'RepFollowUpDay';
  byType: Array<FollowUpTypeCount>;
  date: Scalars['Date']['output'];
  followUps: Array<FollowUp>;
  total: Scalars['Int']['output'];
  user: UserRef;
  valid: Scalars['Int']['output'];
};

export type RepForecast = {
  __typename?: 'RepForecast';
  figures: ForecastFigures;
  owner: UserRef;
};

export type RepTargetProgress = {
  __typename?: 'RepTargetProgress';
  actual: Scalars['Decimal']['output'];
  departmentId: Scalars['ID']['output'];
  /** actual / target × 100, one decimal; null without a target. */
  percent?: Maybe<Scalars['Float']['output']>;
  rep: UserRef;
  target?: Maybe<Scalars['Decimal']['output']>;
};

/** Outstanding instalments by days past due. */
export type ReportAgingAmounts = {
  __typename?: 'ReportAgingAmounts';
  days1To30: Scalars['Decimal']['output'];
  days31To60: Scalars['Decimal']['output'];
  days61To90: Scalars['Decimal']['output'];
  daysOver90: Scalars['Decimal']['output'];
  notDue: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
};

export type ReportGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/**
 * A report's period (company-calendar dates, inclusive, at most 366 days; 92 for daily/weekly breakdowns)
 * and org unit: a department subtree or one person. Without one: rep → self, manager → own subtree, admin → company.
 */
export type ReportInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The org unit of a report that needs no period. */
export type ReportUnitInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type ReviewFollowUpInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  expectedVersion: Scalars['Int']['input'];
};

export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'MANAGER'
  | 'REP'
  | 'SERVICE';

/** Whose numbers: a rep, a department subtree, or (default) everything you may see. */
export type SalesScopeFilter = {
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Per-company rules of the sales modules (admins edit them with updateSalesSettings). */
export type SalesSettings = {
  __typename?: 'SalesSettings';
  /** Orders above this total need a manager's approval before signing. */
  orderApprovalThreshold: Scalars['Decimal']['output'];
  /** Owners are reminded this many days before an instalment is due, and on the day. */
  paymentReminderDaysBefore: Scalars['Int']['output'];
  paymentReminderHour: Scalars['Int']['output'];
  stages: Array<PipelineStage>;
  /** Open deals without a stage change for this many days are stalled. */
  stalledAfterDays: Scalars['Int']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0 until first saved; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type SalesSettingsInput = {
  expectedVersion: Scalars['Int']['input'];
  orderApprovalThreshold: Scalars['Decimal']['input'];
  paymentReminderDaysBefore: Scalars['Int']['input'];
  paymentReminderHour?: InputMaybe<Scalars['Int']['input']>;
  /** In funnel order. */
  stages: Array<PipelineStageInput>;
  stalledAfterDays: Scalars['Int']['input'];
};

/** 销售任务 of a rep or department for a month (2026-03), quarter (2026-Q1) or year (2026). */
export type SalesTarget = {
  __typename?: 'SalesTarget';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  metric: TargetMetric;
  period: Scalars['String']['output'];
  periodKind: TargetPeriodKind;
  setBy?: Maybe<UserRef>;
  /** The department whose target was split to give this one. */
  splitFromDepartmentId?: Maybe<Scalars['ID']['output']>;
  subjectId: Scalars['ID']['output'];
  subjectKind: TargetSubjectKind;
  subjectName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Tickets opened in the period (by their assignee), with their current status. */
export type ServiceReport = {
  __typename?: 'ServiceReport';
  averageResponseMinutes?: Maybe<Scalars['Float']['output']>;
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  byStatus: Array<ServiceStatusCount>;
  byType: Array<ServiceTypeCount>;
  overdue: Scalars['Int']['output'];
  /** RESOLVED, SATISFACTION, RESPONSE_TIME or TICKETS. */
  rankBy: Scalars['String']['output'];
  ranking: Array<ServiceStaffRank>;
  resolved: Scalars['Int']['output'];
  responded: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unassigned: Scalars['Int']['output'];
};

export type ServiceStaffRank = {
  __typename?: 'ServiceStaffRank';
  averageResponseMinutes?: Maybe<Scalars['Float']['output']>;
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  overdue: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  rated: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  responded: Scalars['Int']['output'];
  staff: UserRef;
  tickets: Scalars['Int']['output'];
};

export type ServiceStatusCount = {
  __typename?: 'ServiceStatusCount';
  count: Scalars['Int']['output'];
  status: ServiceTicketStatus;
};

/** 服务工单: an after-sales request of a customer. */
export type ServiceTicket = {
  __typename?: 'ServiceTicket';
  /** A SERVICE user. */
  assignee?: Maybe<UserRef>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** FW000001… */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<UserRef>;
  customer: CustomerSummary;
  description?: Maybe<Scalars['String']['output']>;
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  overdueFlaggedAt?: Maybe<Scalars['DateTime']['output']>;
  productIds: Array<Scalars['ID']['output']>;
  reopenCount: Scalars['Int']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  responseDueAt: Scalars['DateTime']['output'];
  /** Answered late, or still unanswered past the deadline (flagged and the assignee reminded by the reminder sweep). */
  responseOverdue: Scalars['Boolean']['output'];
  /** 1–5 */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  satisfactionComment?: Maybe<Scalars['String']['output']>;
  status: ServiceTicketStatus;
  steps: Array<ServiceTicketStep>;
  subject: Scalars['String']['output'];
  type: ServiceTicketType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ServiceTicketAction =
  | 'ASSIGN'
  | 'CLOSE'
  | 'CREATE'
  | 'OVERDUE'
  | 'RATE'
  | 'REOPEN'
  | 'RESOLVE'
  | 'START';

export type ServiceTicketConnection = {
  __typename?: 'ServiceTicketConnection';
  edges: Array<ServiceTicketEdge>;
  pageInfo: PageInfo;
};

export type ServiceTicketEdge = {
  __typename?: 'ServiceTicketEdge';
  cursor: Scalars['Cursor']['output'];
  node: ServiceTicket;
};

export type ServiceTicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'REOPENED'
  | 'RESOLVED';

export type ServiceTicketStep = {
  __typename?: 'ServiceTicketStep';
  action: ServiceTicketAction;
  at: Scalars['DateTime']['output'];
  by?: Maybe<UserRef>;
  from?: Maybe<ServiceTicketStatus>;
  note?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ServiceTicketStatus>;
};

export type ServiceTicketType =
  /** 投诉: the service manager is told at once by SMS and e-mail */
  | 'COMPLAINT'
  /** 安装 */
  | 'INSTALLATION'
  /** 在线支持 */
  | 'ONLINE_SUPPORT'
  /** 保外维修 */
  | 'PAID_REPAIR'
  /** 回访 (never for VIP customers) */
  | 'RETURN_VISIT'
  /** 培训 */
  | 'TRAINING'
  /** 保内维修 */
  | 'WARRANTY_REPAIR';

export type ServiceTypeCount = {
  __typename?: 'ServiceTypeCount';
  count: Scalars['Int']['output'];
  statuses: Array<ServiceStatusCount>;
  type: ServiceTicketType;
};

export type SetTargetInput = {
  amount: Scalars['Decimal']['input'];
  /** Default CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Pass the version you saw when replacing a target. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  metric: TargetMetric;
  /** 2026-03, 2026-Q1 or 2026 */
  period: Scalars['String']['input'];
  subjectId: Scalars['ID']['input'];
  subjectKind: TargetSubjectKind;
};

/** A delivery (发货 / 出库) against some lines of a signed order. */
export type Shipment = {
  __typename?: 'Shipment';
  carrier?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<ShipmentLine>;
  note?: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<UserRef>;
  shippedOn: Scalars['Date']['output'];
  trackingNo?: Maybe<Scalars['String']['output']>;
};

export type ShipmentInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ShipmentLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  shippedOn: Scalars['Date']['input'];
  trackingNo?: InputMaybe<Scalars['String']['input']>;
};

export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  lineNo: Scalars['Int']['output'];
  quantity: Scalars['Decimal']['output'];
};

export type ShipmentLineInput = {
  lineNo: Scalars['Int']['input'];
  quantity: Scalars['Decimal']['input'];
};

export type SignOrderInput = {
  expectedVersion: Scalars['Int']['input'];
  signedOn: Scalars['Date']['input'];
  /** Who signed for the customer. */
  signerName: Scalars['String']['input'];
};

export type SplitTargetInput = {
  /** Direct reps and sub-departments; amounts must add up to the department's target exactly. */
  allocations: Array<TargetAllocationInput>;
  currency?: InputMaybe<Scalars['String']['input']>;
  departmentId: Scalars['ID']['input'];
  metric: TargetMetric;
  period: Scalars['String']['input'];
};

export type StageTime = {
  __typename?: 'StageTime';
  days: Scalars['Float']['output'];
  stage: PipelineStage;
};

export type StageVisit = {
  __typename?: 'StageVisit';
  by?: Maybe<UserRef>;
  enteredAt: Scalars['DateTime']['output'];
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  stage: PipelineStage;
};

export type SubmitWorkReportInput = {
  content: Scalars['String']['input'];
  /** Any day of the period; default today (company time). */
  date?: InputMaybe<Scalars['Date']['input']>;
  kind: WorkReportKind;
  nextPlan?: InputMaybe<Scalars['String']['input']>;
};

export type TargetAllocationInput = {
  amount: Scalars['Decimal']['input'];
  subjectId: Scalars['ID']['input'];
  subjectKind: TargetSubjectKind;
};

export type TargetMetric =
  /** 回款额: payments received in the period */
  | 'RECEIVED'
  /** 签约额: totals of orders signed in the period */
  | 'SIGNED';

export type TargetPeriodKind =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type TargetProgressReport = {
  __typename?: 'TargetProgressReport';
  currency: Scalars['String']['output'];
  /** The department tree in depth-first order. */
  departments: Array<DepartmentTargetProgress>;
  from: Scalars['Date']['output'];
  metric: TargetMetric;
  period: Scalars['String']['output'];
  reps: Array<RepTargetProgress>;
  to: Scalars['Date']['output'];
};

export type TargetSubjectKind =
  | 'DEPARTMENT'
  | 'REP';

/** 待办任务. Tasks about a customer are addressed with its customerId as well as their id. */
export type Task = {
  __typename?: 'Task';
  createdAt: Scalars['DateTime']['output'];
  customerId?: Maybe<Scalars['ID']['output']>;
  customerName?: Maybe<Scalars['String']['output']>;
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt: Scalars['DateTime']['output'];
  followUpId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  owner: UserRef;
  quadrant: Quadrant;
  remindAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the reminder for the current remindAt went out. */
  reminded: Scalars['Boolean']['output'];
  source: TaskSource;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['Cursor']['output'];
  node: Task;
};

export type TaskSource =
  | 'MANUAL'
  /** Made from a follow-up's next contact time. */
  | 'NEXT_CONTACT';

export type TeamAccess =
  | 'READ'
  | 'WRITE';

export type TeamMember = {
  __typename?: 'TeamMember';
  access: TeamAccess;
  role: TeamRole;
  until?: Maybe<Scalars['DateTime']['output']>;
  user: UserRef;
};

export type TeamMemberInput = {
  access: TeamAccess;
  role: TeamRole;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId: Scalars['ID']['input'];
};

export type TeamRole =
  | 'AFTER_SALES'
  | 'CO_FOLLOWER';

export type TransferAllResult = {
  __typename?: 'TransferAllResult';
  failed: Array<TransferFailure>;
  transferred: Scalars['Int']['output'];
};

export type TransferFailure = {
  __typename?: 'TransferFailure';
  customerId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type UpdateContactInput = {
  birthday?: InputMaybe<Scalars['Date']['input']>;
  birthdayIsLunar?: InputMaybe<Scalars['Boolean']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  qq?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  wechat?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  buyingStatus?: InputMaybe<BuyingStatus>;
  city?: InputMaybe<Scalars['String']['input']>;
  creditGrade?: InputMaybe<Grade>;
  expectedVersion: Scalars['Int']['input'];
  hot?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CustomerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  valueGrade?: InputMaybe<Grade>;
  vip?: InputMaybe<Scalars['Boolean']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOpportunityInput = {
  expectedAmount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrderInput = {
  expectedVersion: Scalars['Int']['input'];
  extraTerms?: InputMaybe<Array<Scalars['String']['input']>>;
  lines?: InputMaybe<Array<OrderLineInput>>;
  paymentPlan?: InputMaybe<Array<InstalmentInput>>;
  paymentTerms?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlanInput = {
  completion?: InputMaybe<Scalars['Int']['input']>;
  content?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaskInput = {
  done?: InputMaybe<Scalars['Boolean']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  quadrant?: InputMaybe<Quadrant>;
  /** null removes the reminder; a new time schedules a new one. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UpdateWorkReportInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  nextPlan?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  department?: Maybe<Department>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role: Role;
  version: Scalars['Int']['output'];
};

/** A colleague as any user of the company may see them. */
export type UserRef = {
  __typename?: 'UserRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ValueGradeCount = {
  __typename?: 'ValueGradeCount';
  count: Scalars['Int']['output'];
  grade: ValueGradeKey;
  share?: Maybe<Scalars['Float']['output']>;
};

export type ValueGradeKey =
  | 'A'
  | 'B'
  | 'C'
  /** Not graded yet. */
  | 'NONE';

export type ValueGradeReport = {
  __typename?: 'ValueGradeReport';
  currency: Scalars['String']['output'];
  grades: Array<ValueGradeCount>;
  pareto: ParetoView;
  total: Scalars['Int']['output'];
};

/** 工作周报 / 月报, titled like 2026年第47周工作周报—张三. */
export type WorkReport = {
  __typename?: 'WorkReport';
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: WorkReportKind;
  nextPlan?: Maybe<Scalars['String']['output']>;
  owner: UserRef;
  /** 2026-W47 or 2026-11 */
  period: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkReportKind =
  | 'MONTHLY'
  | 'WEEKLY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddImportantDateInput: AddImportantDateInput;
  Agenda: ResolverTypeWrapper<AgendaModel>;
  AgingAmounts: ResolverTypeWrapper<AgingAmounts>;
  Application: ResolverTypeWrapper<ApplicationModel>;
  ApplicationKind: ApplicationKind;
  ApplicationStatus: ApplicationStatus;
  ApprovalState: ApprovalState;
  AssignmentMode: AssignmentMode;
  AssignmentRule: ResolverTypeWrapper<AssignmentRuleModel>;
  AssignmentRuleInput: AssignmentRuleInput;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuyingStatus: BuyingStatus;
  BuyingStatusCount: ResolverTypeWrapper<BuyingStatusCount>;
  BuyingStatusReport: ResolverTypeWrapper<BuyingStatusReport>;
  BuyingTransition: ResolverTypeWrapper<BuyingTransition>;
  CampaignStatus: CampaignStatus;
  ClaimRules: ResolverTypeWrapper<ClaimRules>;
  ClaimRulesInput: ClaimRulesInput;
  CloseOpportunityInput: CloseOpportunityInput;
  CloseOutcome: CloseOutcome;
  CompanyExportPage: ResolverTypeWrapper<CompanyExportPage>;
  CompanyImportResult: ResolverTypeWrapper<CompanyImportResult>;
  CompanySettings: ResolverTypeWrapper<CompanySettings>;
  CompanySettingsInput: CompanySettingsInput;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactInput: ContactInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateOpportunityInput: CreateOpportunityInput;
  CreateOrderInput: CreateOrderInput;
  CreatePlanInput: CreatePlanInput;
  CreateProductInput: CreateProductInput;
  CreateServiceTicketInput: CreateServiceTicketInput;
  CreateTaskInput: CreateTaskInput;
  CreateUserInput: CreateUserInput;
  Cursor: ResolverTypeWrapper<Scalars['Cursor']['output']>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerAging: ResolverTypeWrapper<Omit<CustomerAging, 'customer'> & { customer: ResolversTypes['CustomerSummary'] }>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerNameMatch: ResolverTypeWrapper<CustomerNameMatch>;
  CustomerReceivable: ResolverTypeWrapper<CustomerReceivableModel>;
  CustomerSummary: ResolverTypeWrapper<CustomerSummaryRefModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineReason: DeadlineReason;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Delivery: ResolverTypeWrapper<DeliveryModel>;
  DeliveryChannel: DeliveryChannel;
  DeliveryConnection: ResolverTypeWrapper<Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['DeliveryEdge']> }>;
  DeliveryEdge: ResolverTypeWrapper<Omit<DeliveryEdge, 'node'> & { node: ResolversTypes['Delivery'] }>;
  DeliveryFailure: DeliveryFailure;
  DeliveryStatus: DeliveryStatus;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DepartmentForecast: ResolverTypeWrapper<Omit<DepartmentForecast, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  DepartmentKind: DepartmentKind;
  DepartmentTargetProgress: ResolverTypeWrapper<DepartmentProgressModel>;
  EmailSubscription: ResolverTypeWrapper<EmailSubscription>;
  EmailSubscriptionStatus: EmailSubscriptionStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUpModel>;
  FollowUpConnection: ResolverTypeWrapper<Omit<FollowUpConnection, 'edges'> & { edges: Array<ResolversTypes['FollowUpEdge']> }>;
  FollowUpEdge: ResolverTypeWrapper<Omit<FollowUpEdge, 'node'> & { node: ResolversTypes['FollowUp'] }>;
  FollowUpInvalidReason: FollowUpInvalidReason;
  FollowUpReview: ResolverTypeWrapper<FollowUpReview>;
  FollowUpReviewStatus: FollowUpReviewStatus;
  FollowUpType: FollowUpType;
  FollowUpTypeCount: ResolverTypeWrapper<FollowUpTypeCount>;
  Forecast: ResolverTypeWrapper<Omit<Forecast, 'byDepartment'> & { byDepartment: Array<ResolversTypes['DepartmentForecast']> }>;
  ForecastFigures: ResolverTypeWrapper<ForecastFigures>;
  Funnel: ResolverTypeWrapper<Omit<Funnel, 'stages'> & { stages: Array<ResolversTypes['FunnelStage']> }>;
  FunnelReport: ResolverTypeWrapper<FunnelReportModel>;
  FunnelReportStage: ResolverTypeWrapper<FunnelReportStageModel>;
  FunnelStage: ResolverTypeWrapper<Omit<FunnelStage, 'stage'> & { stage: ResolversTypes['PipelineStage'] }>;
  FunnelTotal: ResolverTypeWrapper<FunnelTotal>;
  Grade: Grade;
  GradeDays: ResolverTypeWrapper<GradeDays>;
  GradeDaysInput: GradeDaysInput;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportantDate: ResolverTypeWrapper<ImportantDateModel>;
  ImportantDateKind: ImportantDateKind;
  InstalmentInput: InstalmentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterestLevel: InterestLevel;
  Invoice: ResolverTypeWrapper<InvoiceModel>;
  InvoiceInput: InvoiceInput;
  InvoiceKind: InvoiceKind;
  LifecycleCount: ResolverTypeWrapper<LifecycleCount>;
  LifecycleReport: ResolverTypeWrapper<LifecycleReport>;
  LifecycleStage: LifecycleStage;
  LogFollowUpInput: LogFollowUpInput;
  LogFollowUpResult: ResolverTypeWrapper<LoggedFollowUpModel>;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'survivor'> & { survivor: ResolversTypes['Customer'] }>;
  MessageCampaign: ResolverTypeWrapper<CampaignModel>;
  MessageCampaignConnection: ResolverTypeWrapper<Omit<MessageCampaignConnection, 'edges'> & { edges: Array<ResolversTypes['MessageCampaignEdge']> }>;
  MessageCampaignEdge: ResolverTypeWrapper<Omit<MessageCampaignEdge, 'node'> & { node: ResolversTypes['MessageCampaign'] }>;
  MessageCampaignInput: MessageCampaignInput;
  MessageChannel: MessageChannel;
  MessageOptOut: ResolverTypeWrapper<OptOutModel>;
  MessageOptOutConnection: ResolverTypeWrapper<Omit<MessageOptOutConnection, 'edges'> & { edges: Array<ResolversTypes['MessageOptOutEdge']> }>;
  MessageOptOutEdge: ResolverTypeWrapper<Omit<MessageOptOutEdge, 'node'> & { node: ResolversTypes['MessageOptOut'] }>;
  MessagePreview: ResolverTypeWrapper<CampaignPreviewModel>;
  MessageRecipient: ResolverTypeWrapper<CampaignRecipientModel>;
  MessageRecipientConnection: ResolverTypeWrapper<Omit<MessageRecipientConnection, 'edges'> & { edges: Array<ResolversTypes['MessageRecipientEdge']> }>;
  MessageRecipientEdge: ResolverTypeWrapper<Omit<MessageRecipientEdge, 'node'> & { node: ResolversTypes['MessageRecipient'] }>;
  MetricValue: ResolverTypeWrapper<MetricValue>;
  MonthForecast: ResolverTypeWrapper<MonthForecast>;
  MoveOpportunityStageInput: MoveOpportunityStageInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationChannels: NotificationChannels;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferencesModel>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Opportunity: ResolverTypeWrapper<OpportunityModel>;
  OpportunityConnection: ResolverTypeWrapper<Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversTypes['OpportunityEdge']> }>;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityFilter: OpportunityFilter;
  OpportunityStatus: OpportunityStatus;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderApproval: ResolverTypeWrapper<OrderApprovalModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderDecisionInput: OrderDecisionInput;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLedger: ResolverTypeWrapper<OrderLedgerModel>;
  OrderLine: ResolverTypeWrapper<OrderLineViewModel>;
  OrderLineInput: OrderLineInput;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<StatusChangeModel>;
  OutboxMessage: ResolverTypeWrapper<OutgoingMessageModel>;
  OwnershipAction: OwnershipAction;
  OwnershipEvent: ResolverTypeWrapper<OwnershipEventModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParetoView: ResolverTypeWrapper<ParetoViewModel>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentAllocation: ResolverTypeWrapper<PaymentAllocation>;
  PaymentInput: PaymentInput;
  PaymentMethod: PaymentMethod;
  PaymentPlan: ResolverTypeWrapper<PaymentPlanModel>;
  PaymentPlanStatus: PaymentPlanStatus;
  PipelineStage: ResolverTypeWrapper<PipelineStageModel>;
  PipelineStageInput: PipelineStageInput;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanPeriod: PlanPeriod;
  PlannedInstalment: ResolverTypeWrapper<PlannedInstalmentModel>;
  Pool: ResolverTypeWrapper<PoolModel>;
  PoolCount: ResolverTypeWrapper<PoolCount>;
  PoolInput: PoolInput;
  PoolUpdateResult: ResolverTypeWrapper<Omit<PoolUpdateResult, 'pool'> & { pool: ResolversTypes['Pool'] }>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductCategory: ResolverTypeWrapper<ProductCategory>;
  Protection: ResolverTypeWrapper<Protection>;
  Quadrant: Quadrant;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivablesAging: ResolverTypeWrapper<Omit<ReceivablesAging, 'customers'> & { customers: Array<ResolversTypes['CustomerAging']> }>;
  ReceivablesAgingReport: ResolverTypeWrapper<AgingReportModel>;
  ReceivablesFilter: ReceivablesFilter;
  RecipientFilterInput: RecipientFilterInput;
  RecipientStatus: RecipientStatus;
  ReclaimRules: ResolverTypeWrapper<ReclaimRules>;
  ReclaimRulesInput: ReclaimRulesInput;
  RenderedMessage: ResolverTypeWrapper<RenderedMessage>;
  RepActivityReport: ResolverTypeWrapper<ActivityReportModel>;
  RepActivityRow: ResolverTypeWrapper<ActivityRowModel>;
  RepActivityTotal: ResolverTypeWrapper<ActivityTotalModel>;
  RepAging: ResolverTypeWrapper<RepAgingModel>;
  RepFollowUpDay: ResolverTypeWrapper<RepDayModel>;
  RepForecast: ResolverTypeWrapper<RepForecast>;
  RepTargetProgress: ResolverTypeWrapper<RepProgressModel>;
  ReportAgingAmounts: ResolverTypeWrapper<AgingAmountsModel>;
  ReportGranularity: ReportGranularity;
  ReportInput: ReportInput;
  ReportUnitInput: ReportUnitInput;
  ReviewDecision: ReviewDecision;
  ReviewFollowUpInput: ReviewFollowUpInput;
  Role: Role;
  SalesScopeFilter: SalesScopeFilter;
  SalesSettings: ResolverTypeWrapper<SalesSettingsModel>;
  SalesSettingsInput: SalesSettingsInput;
  SalesTarget: ResolverTypeWrapper<TargetModel>;
  ServiceReport: ResolverTypeWrapper<ServiceReportModel>;
  ServiceStaffRank: ResolverTypeWrapper<RankedStaffModel>;
  ServiceStatusCount: ResolverTypeWrapper<ServiceStatusCount>;
  ServiceTicket: ResolverTypeWrapper<ServiceTicketModel>;
  ServiceTicketAction: ServiceTicketAction;
  ServiceTicketConnection: ResolverTypeWrapper<Omit<ServiceTicketConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceTicketEdge']> }>;
  ServiceTicketEdge: ResolverTypeWrapper<Omit<ServiceTicketEdge, 'node'> & { node: ResolversTypes['ServiceTicket'] }>;
  ServiceTicketStatus: ServiceTicketStatus;
  ServiceTicketStep: ResolverTypeWrapper<TicketStepModel>;
  ServiceTicketType: ServiceTicketType;
  ServiceTypeCount: ResolverTypeWrapper<ServiceTypeCount>;
  SetTargetInput: SetTargetInput;
  Shipment: ResolverTypeWrapper<ShipmentModel>;
  ShipmentInput: ShipmentInput;
  ShipmentLine: ResolverTypeWrapper<ShipmentLine>;
  ShipmentLineInput: ShipmentLineInput;
  SignOrderInput: SignOrderInput;
  SplitTargetInput: SplitTargetInput;
  StageTime: ResolverTypeWrapper<Omit<StageTime, 'stage'> & { stage: ResolversTypes['PipelineStage'] }>;
  StageVisit: ResolverTypeWrapper<StageVisitModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitWorkReportInput: SubmitWorkReportInput;
  TargetAllocationInput: TargetAllocationInput;
  TargetMetric: TargetMetric;
  TargetPeriodKind: TargetPeriodKind;
  TargetProgressReport: ResolverTypeWrapper<TargetProgressReportModel>;
  TargetSubjectKind: TargetSubjectKind;
  Task: ResolverTypeWrapper<TaskModel>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskSource: TaskSource;
  TeamAccess: TeamAccess;
  TeamMember: ResolverTypeWrapper<TeamMemberModel>;
  TeamMemberInput: TeamMemberInput;
  TeamRole: TeamRole;
  TransferAllResult: ResolverTypeWrapper<TransferAllResult>;
  TransferFailure: ResolverTypeWrapper<TransferFailure>;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePlanInput: UpdatePlanInput;
  UpdateProductInput: UpdateProductInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkReportInput: UpdateWorkReportInput;
  User: ResolverTypeWrapper<UserModel>;
  UserRef: ResolverTypeWrapper<UserRef>;
  ValueGradeCount: ResolverTypeWrapper<ValueGradeCount>;
  ValueGradeKey: ValueGradeKey;
  ValueGradeReport: ResolverTypeWrapper<ValueGradeReportModel>;
  WorkReport: ResolverTypeWrapper<WorkReportModel>;
  WorkReportKind: WorkReportKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddImportantDateInput: AddImportantDateInput;
  Agenda: AgendaModel;
  AgingAmounts: AgingAmounts;
  Application: ApplicationModel;
  AssignmentRule: AssignmentRuleModel;
  AssignmentRuleInput: AssignmentRuleInput;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  BuyingStatusCount: BuyingStatusCount;
  BuyingStatusReport: BuyingStatusReport;
  BuyingTransition: BuyingTransition;
  ClaimRules: ClaimRules;
  ClaimRulesInput: ClaimRulesInput;
  CloseOpportunityInput: CloseOpportunityInput;
  CompanyExportPage: CompanyExportPage;
  CompanyImportResult: CompanyImportResult;
  CompanySettings: CompanySettings;
  CompanySettingsInput: CompanySettingsInput;
  Contact: ContactModel;
  ContactInput: ContactInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateOpportunityInput: CreateOpportunityInput;
  CreateOrderInput: CreateOrderInput;
  CreatePlanInput: CreatePlanInput;
  CreateProductInput: CreateProductInput;
  CreateServiceTicketInput: CreateServiceTicketInput;
  CreateTaskInput: CreateTaskInput;
  CreateUserInput: CreateUserInput;
  Cursor: Scalars['Cursor']['output'];
  Customer: CustomerModel;
  CustomerAging: Omit<CustomerAging, 'customer'> & { customer: ResolversParentTypes['CustomerSummary'] };
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerNameMatch: CustomerNameMatch;
  CustomerReceivable: CustomerReceivableModel;
  CustomerSummary: CustomerSummaryRefModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Delivery: DeliveryModel;
  DeliveryConnection: Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeliveryEdge']> };
  DeliveryEdge: Omit<DeliveryEdge, 'node'> & { node: ResolversParentTypes['Delivery'] };
  Department: DepartmentModel;
  DepartmentForecast: Omit<DepartmentForecast, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  DepartmentTargetProgress: DepartmentProgressModel;
  EmailSubscription: EmailSubscription;
  Float: Scalars['Float']['output'];
  FollowUp: FollowUpModel;
  FollowUpConnection: Omit<FollowUpConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowUpEdge']> };
  FollowUpEdge: Omit<FollowUpEdge, 'node'> & { node: ResolversParentTypes['FollowUp'] };
  FollowUpReview: FollowUpReview;
  FollowUpTypeCount: FollowUpTypeCount;
  Forecast: Omit<Forecast, 'byDepartment'> & { byDepartment: Array<ResolversParentTypes['DepartmentForecast']> };
  ForecastFigures: ForecastFigures;
  Funnel: Omit<Funnel, 'stages'> & { stages: Array<ResolversParentTypes['FunnelStage']> };
  FunnelReport: FunnelReportModel;
  FunnelReportStage: FunnelReportStageModel;
  FunnelStage: Omit<FunnelStage, 'stage'> & { stage: ResolversParentTypes['PipelineStage'] };
  FunnelTotal: FunnelTotal;
  GradeDays: GradeDays;
  GradeDaysInput: GradeDaysInput;
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportantDate: ImportantDateModel;
  InstalmentInput: InstalmentInput;
  Int: Scalars['Int']['output'];
  Invoice: InvoiceModel;
  InvoiceInput: InvoiceInput;
  LifecycleCount: LifecycleCount;
  LifecycleReport: LifecycleReport;
  LogFollowUpInput: LogFollowUpInput;
  LogFollowUpResult: LoggedFollowUpModel;
  MergeResult: Omit<MergeResult, 'survivor'> & { survivor: ResolversParentTypes['Customer'] };
  MessageCampaign: CampaignModel;
  MessageCampaignConnection: Omit<MessageCampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageCampaignEdge']> };
  MessageCampaignEdge: Omit<MessageCampaignEdge, 'node'> & { node: ResolversParentTypes['MessageCampaign'] };
  MessageCampaignInput: MessageCampaignInput;
  MessageOptOut: OptOutModel;
  MessageOptOutConnection: Omit<MessageOptOutConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageOptOutEdge']> };
  MessageOptOutEdge: Omit<MessageOptOutEdge, 'node'> & { node: ResolversParentTypes['MessageOptOut'] };
  MessagePreview: CampaignPreviewModel;
  MessageRecipient: CampaignRecipientModel;
  MessageRecipientConnection: Omit<MessageRecipientConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageRecipientEdge']> };
  MessageRecipientEdge: Omit<MessageRecipientEdge, 'node'> & { node: ResolversParentTypes['MessageRecipient'] };
  MetricValue: MetricValue;
  MonthForecast: MonthForecast;
  MoveOpportunityStageInput: MoveOpportunityStageInput;
  Mutation: Record<PropertyKey, never>;
  NotificationPreferences: NotificationPreferencesModel;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Opportunity: OpportunityModel;
  OpportunityConnection: Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpportunityEdge']> };
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  OpportunityFilter: OpportunityFilter;
  Order: OrderModel;
  OrderApproval: OrderApprovalModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderDecisionInput: OrderDecisionInput;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLedger: OrderLedgerModel;
  OrderLine: OrderLineViewModel;
  OrderLineInput: OrderLineInput;
  OrderStatusChange: StatusChangeModel;
  OutboxMessage: OutgoingMessageModel;
  OwnershipEvent: OwnershipEventModel;
  PageInfo: PageInfo;
  ParetoView: ParetoViewModel;
  Payment: PaymentModel;
  PaymentAllocation: PaymentAllocation;
  PaymentInput: PaymentInput;
  PaymentPlan: PaymentPlanModel;
  PipelineStage: PipelineStageModel;
  PipelineStageInput: PipelineStageInput;
  Plan: PlanModel;
  PlannedInstalment: PlannedInstalmentModel;
  Pool: PoolModel;
  PoolCount: PoolCount;
  PoolInput: PoolInput;
  PoolUpdateResult: Omit<PoolUpdateResult, 'pool'> & { pool: ResolversParentTypes['Pool'] };
  Product: ProductModel;
  ProductCategory: ProductCategory;
  Protection: Protection;
  Query: Record<PropertyKey, never>;
  ReceivablesAging: Omit<ReceivablesAging, 'customers'> & { customers: Array<ResolversParentTypes['CustomerAging']> };
  ReceivablesAgingReport: AgingReportModel;
  ReceivablesFilter: ReceivablesFilter;
  RecipientFilterInput: RecipientFilterInput;
  ReclaimRules: ReclaimRules;
  ReclaimRulesInput: ReclaimRulesInput;
  RenderedMessage: RenderedMessage;
  RepActivityReport: ActivityReportModel;
  RepActivityRow: ActivityRowModel;
  RepActivityTotal: ActivityTotalModel;
  RepAging: RepAgingModel;
  RepFollowUpDay: RepDayModel;
  RepForecast: RepForecast;
  RepTargetProgress: RepProgressModel;
  ReportAgingAmounts: AgingAmountsModel;
  ReportInput: ReportInput;
  ReportUnitInput: ReportUnitInput;
  ReviewFollowUpInput: ReviewFollowUpInput;
  SalesScopeFilter: SalesScopeFilter;
  SalesSettings: SalesSettingsModel;
  SalesSettingsInput: SalesSettingsInput;
  SalesTarget: TargetModel;
  ServiceReport: ServiceReportModel;
  ServiceStaffRank: RankedStaffModel;
  ServiceStatusCount: ServiceStatusCount;
  ServiceTicket: ServiceTicketModel;
  ServiceTicketConnection: Omit<ServiceTicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceTicketEdge']> };
  ServiceTicketEdge: Omit<ServiceTicketEdge, 'node'> & { node: ResolversParentTypes['ServiceTicket'] };
  ServiceTicketStep: TicketStepModel;
  ServiceTypeCount: ServiceTypeCount;
  SetTargetInput: SetTargetInput;
  Shipment: ShipmentModel;
  ShipmentInput: ShipmentInput;
  ShipmentLine: ShipmentLine;
  ShipmentLineInput: ShipmentLineInput;
  SignOrderInput: SignOrderInput;
  SplitTargetInput: SplitTargetInput;
  StageTime: Omit<StageTime, 'stage'> & { stage: ResolversParentTypes['PipelineStage'] };
  StageVisit: StageVisitModel;
  String: Scalars['String']['output'];
  SubmitWorkReportInput: SubmitWorkReportInput;
  TargetAllocationInput: TargetAllocationInput;
  TargetProgressReport: TargetProgressReportModel;
  Task: TaskModel;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TeamMember: TeamMemberModel;
  TeamMemberInput: TeamMemberInput;
  TransferAllResult: TransferAllResult;
  TransferFailure: TransferFailure;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePlanInput: UpdatePlanInput;
  UpdateProductInput: UpdateProductInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWorkReportInput: UpdateWorkReportInput;
  User: UserModel;
  UserRef: UserRef;
  ValueGradeCount: ValueGradeCount;
  ValueGradeReport: ValueGradeReportModel;
  WorkReport: WorkReportModel;
}>;

export type AgendaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Agenda'] = ResolversParentTypes['Agenda']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expiringCustomers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  overdue?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  today?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  tomorrow?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
}>;

export type AgingAmountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgingAmounts'] = ResolversParentTypes['AgingAmounts']> = ResolversObject<{
  days0To30?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  daysOver90?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  notDue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ApplicationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = ResolversObject<{
  applicant?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decider?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  decisionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ApplicationKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
}>;

export type AssignmentRuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AssignmentRule'] = ResolversParentTypes['AssignmentRule']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AssignmentMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  poolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type BuyingStatusCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyingStatusCount'] = ResolversParentTypes['BuyingStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
}>;

export type BuyingStatusReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyingStatusReport'] = ResolversParentTypes['BuyingStatusReport']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['BuyingStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['BuyingTransition']>, ParentType, ContextType>;
}>;

export type BuyingTransitionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyingTransition'] = ResolversParentTypes['BuyingTransition']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
}>;

export type ClaimRulesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimRules'] = ResolversParentTypes['ClaimRules']> = ResolversObject<{
  cooldownDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailyClaimCap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dailyOpenCap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  holdHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyExportPageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyExportPage'] = ResolversParentTypes['CompanyExportPage']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jsonl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['Cursor']>, ParentType, ContextType>;
}>;

export type CompanyImportResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanyImportResult'] = ResolversParentTypes['CompanyImportResult']> = ResolversObject<{
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanySettingsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanySettings'] = ResolversParentTypes['CompanySettings']> = ResolversObject<{
  contentlessPhrases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  extensionMaxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpFreshnessDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intentProtectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidFollowUpLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  managerWarningDaysBefore?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  maxHotCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxLockedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxOwnedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  potentialProtectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reclaimCooldownDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repsMayChooseReleasePool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  repsMayLock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFollowUpMinChars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningDaysBefore?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  birthday?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthdayIsLunar?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wechat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface CursorScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Cursor'], any> {
  name: 'Cursor';
}

export type CustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyingStatus?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
  buyingStatusChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType, RequireFields<CustomerFollowUpsArgs, 'first'>>;
  hot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importantDates?: Resolver<Array<ResolversTypes['ImportantDate']>, ParentType, ContextType>;
  inPool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  lifecycleChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  ownershipHistory?: Resolver<Array<ResolversTypes['OwnershipEvent']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  poolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  protection?: Resolver<Maybe<ResolversTypes['Protection']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceTickets?: Resolver<Array<ResolversTypes['ServiceTicket']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<CustomerTasksArgs, 'includeDone'>>;
  team?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  valueGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vip?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerAgingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerAging'] = ResolversParentTypes['CustomerAging']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['AgingAmounts'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['CustomerSummary'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerNameMatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerNameMatch'] = ResolversParentTypes['CustomerNameMatch']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inPool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
}>;

export type CustomerReceivableResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerReceivable'] = ResolversParentTypes['CustomerReceivable']> = ResolversObject<{
  contracted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['CustomerSummary'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CustomerSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerSummary'] = ResolversParentTypes['CustomerSummary']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeliveryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['DeliveryChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['DeliveryFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sendAfter?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
}>;

export type DeliveryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeliveryConnection'] = ResolversParentTypes['DeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DeliveryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeliveryEdge'] = ResolversParentTypes['DeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DepartmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DepartmentForecastResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DepartmentForecast'] = ResolversParentTypes['DepartmentForecast']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ForecastFigures'], ParentType, ContextType>;
}>;

export type DepartmentTargetProgressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DepartmentTargetProgress'] = ResolversParentTypes['DepartmentTargetProgress']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  allocated?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  allocationBalanced?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersTarget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ownTarget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type EmailSubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EmailSubscription'] = ResolversParentTypes['EmailSubscription']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailSubscriptionStatus'], ParentType, ContextType>;
}>;

export type FollowUpResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestLevel?: Resolver<Maybe<ResolversTypes['InterestLevel']>, ParentType, ContextType>;
  invalidReasons?: Resolver<Array<ResolversTypes['FollowUpInvalidReason']>, ParentType, ContextType>;
  needs?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextContactAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextContactTaskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['FollowUpReview'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FollowUpType'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FollowUpConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpConnection'] = ResolversParentTypes['FollowUpConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FollowUpEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FollowUpEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpEdge'] = ResolversParentTypes['FollowUpEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType>;
}>;

export type FollowUpReviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpReview'] = ResolversParentTypes['FollowUpReview']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpReviewStatus'], ParentType, ContextType>;
}>;

export type FollowUpTypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FollowUpTypeCount'] = ResolversParentTypes['FollowUpTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FollowUpType'], ParentType, ContextType>;
}>;

export type ForecastResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = ResolversObject<{
  byDepartment?: Resolver<Array<ResolversTypes['DepartmentForecast']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthForecast']>, ParentType, ContextType>;
  byRep?: Resolver<Array<ResolversTypes['RepForecast']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ForecastFigures'], ParentType, ContextType>;
}>;

export type ForecastFiguresResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ForecastFigures'] = ResolversParentTypes['ForecastFigures']> = ResolversObject<{
  forecastAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wonAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wonCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FunnelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Funnel'] = ResolversParentTypes['Funnel']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['FunnelTotal'], ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['FunnelStage']>, ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['FunnelTotal'], ParentType, ContextType>;
}>;

export type FunnelReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FunnelReport'] = ResolversParentTypes['FunnelReport']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lostAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['FunnelReportStage']>, ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wonAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FunnelReportStageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FunnelReportStage'] = ResolversParentTypes['FunnelReportStage']> = ResolversObject<{
  averageDaysInStage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conversionFromPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type FunnelStageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FunnelStage'] = ResolversParentTypes['FunnelStage']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  averageDaysInStage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conversionFromPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FunnelTotalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FunnelTotal'] = ResolversParentTypes['FunnelTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GradeDaysResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GradeDays'] = ResolversParentTypes['GradeDays']> = ResolversObject<{
  A?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  B?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  C?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportantDateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportantDate'] = ResolversParentTypes['ImportantDate']> = ResolversObject<{
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportantDateKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lunar?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextReminderAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvoiceKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecycleCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LifecycleCount'] = ResolversParentTypes['LifecycleCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
}>;

export type LifecycleReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LifecycleReport'] = ResolversParentTypes['LifecycleReport']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['LifecycleCount']>, ParentType, ContextType>;
  hot?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  poolSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pools?: Resolver<Array<ResolversTypes['PoolCount']>, ParentType, ContextType>;
  reclaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LogFollowUpResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LogFollowUpResult'] = ResolversParentTypes['LogFollowUpResult']> = ResolversObject<{
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
}>;

export type MergeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = ResolversObject<{
  mergedCustomerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type MessageCampaignResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageCampaign'] = ResolversParentTypes['MessageCampaign']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['MessageChannel'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  excludedNoAddress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedOptOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<ResolversTypes['MessageRecipientConnection'], ParentType, ContextType, RequireFields<MessageCampaignRecipientsArgs, 'first'>>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageCampaignConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageCampaignConnection'] = ResolversParentTypes['MessageCampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageCampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MessageCampaignEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageCampaignEdge'] = ResolversParentTypes['MessageCampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageCampaign'], ParentType, ContextType>;
}>;

export type MessageOptOutResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageOptOut'] = ResolversParentTypes['MessageOptOut']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['MessageChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MessageOptOutConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageOptOutConnection'] = ResolversParentTypes['MessageOptOutConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageOptOutEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MessageOptOutEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageOptOutEdge'] = ResolversParentTypes['MessageOptOutEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageOptOut'], ParentType, ContextType>;
}>;

export type MessagePreviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessagePreview'] = ResolversParentTypes['MessagePreview']> = ResolversObject<{
  excludedNoAddress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedOptOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['RenderedMessage']>, ParentType, ContextType>;
}>;

export type MessageRecipientResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageRecipient'] = ResolversParentTypes['MessageRecipient']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecipientStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MessageRecipientConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageRecipientConnection'] = ResolversParentTypes['MessageRecipientConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageRecipientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MessageRecipientEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MessageRecipientEdge'] = ResolversParentTypes['MessageRecipientEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageRecipient'], ParentType, ContextType>;
}>;

export type MetricValueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MetricValue'] = ResolversParentTypes['MetricValue']> = ResolversObject<{
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonthForecastResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MonthForecast'] = ResolversParentTypes['MonthForecast']> = ResolversObject<{
  figures?: Resolver<ResolversTypes['ForecastFigures'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'customerId' | 'input'>>;
  addImportantDate?: Resolver<ResolversTypes['ImportantDate'], ParentType, ContextType, RequireFields<MutationAddImportantDateArgs, 'input'>>;
  addMessageOptOut?: Resolver<ResolversTypes['MessageOptOut'], ParentType, ContextType, RequireFields<MutationAddMessageOptOutArgs, 'address' | 'channel'>>;
  addTeamMember?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'customerId' | 'input'>>;
  applyForExtension?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationApplyForExtensionArgs, 'customerId' | 'days' | 'reason'>>;
  applyForIntent?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationApplyForIntentArgs, 'customerId' | 'reason'>>;
  approveOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationApproveOrderArgs, 'id' | 'input'>>;
  assignServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationAssignServiceTicketArgs, 'assigneeId' | 'id'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id' | 'input'>>;
  claimCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationClaimCustomerArgs, 'customerId'>>;
  closeOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationCloseOpportunityArgs, 'id' | 'input'>>;
  closeServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationCloseServiceTicketArgs, 'id'>>;
  completeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCompleteOrderArgs, 'id' | 'input'>>;
  completeTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'expectedVersion' | 'id'>>;
  createAssignmentRule?: Resolver<ResolversTypes['AssignmentRule'], ParentType, ContextType, RequireFields<MutationCreateAssignmentRuleArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createMessageCampaign?: Resolver<ResolversTypes['MessageCampaign'], ParentType, ContextType, RequireFields<MutationCreateMessageCampaignArgs, 'input'>>;
  createOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationCreateOpportunityArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  createPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationCreatePlanArgs, 'input'>>;
  createPool?: Resolver<ResolversTypes['Pool'], ParentType, ContextType, RequireFields<MutationCreatePoolArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationCreateServiceTicketArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  decideApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDecideApplicationArgs, 'applicationId' | 'approve' | 'customerId'>>;
  deleteTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'expectedVersion' | 'id'>>;
  importCompanyData?: Resolver<ResolversTypes['CompanyImportResult'], ParentType, ContextType, RequireFields<MutationImportCompanyDataArgs, 'jsonl'>>;
  lockCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationLockCustomerArgs, 'customerId' | 'reason'>>;
  logFollowUp?: Resolver<ResolversTypes['LogFollowUpResult'], ParentType, ContextType, RequireFields<MutationLogFollowUpArgs, 'input'>>;
  markCustomerFormal?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationMarkCustomerFormalArgs, 'customerId'>>;
  mergeCustomers?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'customerId' | 'duplicateId' | 'reason'>>;
  moveOpportunityStage?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationMoveOpportunityStageArgs, 'id' | 'input'>>;
  rateServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationRateServiceTicketArgs, 'id' | 'satisfaction'>>;
  reassignInvalidTrackingCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationReassignInvalidTrackingCustomerArgs, 'customerId' | 'reason' | 'toUserId'>>;
  recordInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationRecordInvoiceArgs, 'input' | 'orderId'>>;
  recordPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input' | 'orderId'>>;
  recordShipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType, RequireFields<MutationRecordShipmentArgs, 'input' | 'orderId'>>;
  rejectOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRejectOrderArgs, 'id' | 'input'>>;
  releaseCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationReleaseCustomerArgs, 'customerId' | 'reason'>>;
  removeImportantDate?: Resolver<ResolversTypes['ImportantDate'], ParentType, ContextType, RequireFields<MutationRemoveImportantDateArgs, 'customerId' | 'expectedVersion' | 'id'>>;
  removeMessageOptOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMessageOptOutArgs, 'address' | 'channel'>>;
  removeTeamMember?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'customerId' | 'userId'>>;
  reopenServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationReopenServiceTicketArgs, 'id' | 'reason'>>;
  resolveServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationResolveServiceTicketArgs, 'id' | 'resolution'>>;
  reviewFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationReviewFollowUpArgs, 'customerId' | 'id' | 'input'>>;
  sendMessageCampaign?: Resolver<ResolversTypes['MessageCampaign'], ParentType, ContextType, RequireFields<MutationSendMessageCampaignArgs, 'id'>>;
  setMyNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetMyNotificationPreferencesArgs, 'input'>>;
  setSalesTarget?: Resolver<ResolversTypes['SalesTarget'], ParentType, ContextType, RequireFields<MutationSetSalesTargetArgs, 'input'>>;
  setTestClock?: Resolver<ResolversTypes['Health'], ParentType, ContextType, RequireFields<MutationSetTestClockArgs, 'now'>>;
  signOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationSignOrderArgs, 'id' | 'input'>>;
  splitDepartmentTarget?: Resolver<Array<ResolversTypes['SalesTarget']>, ParentType, ContextType, RequireFields<MutationSplitDepartmentTargetArgs, 'input'>>;
  startServiceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<MutationStartServiceTicketArgs, 'id'>>;
  submitOrderForApproval?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationSubmitOrderForApprovalArgs, 'id' | 'input'>>;
  submitWorkReport?: Resolver<ResolversTypes['WorkReport'], ParentType, ContextType, RequireFields<MutationSubmitWorkReportArgs, 'input'>>;
  transferAllCustomers?: Resolver<ResolversTypes['TransferAllResult'], ParentType, ContextType, RequireFields<MutationTransferAllCustomersArgs, 'fromUserId' | 'reason' | 'toUserId'>>;
  transferCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationTransferCustomerArgs, 'customerId' | 'reason' | 'toUserId'>>;
  unlockCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUnlockCustomerArgs, 'customerId' | 'reason'>>;
  updateCompanySettings?: Resolver<ResolversTypes['CompanySettings'], ParentType, ContextType, RequireFields<MutationUpdateCompanySettingsArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'contactId' | 'customerId' | 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  updateOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'id' | 'input'>>;
  updateOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationUpdateOrderArgs, 'id' | 'input'>>;
  updatePlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'id' | 'input'>>;
  updatePool?: Resolver<ResolversTypes['PoolUpdateResult'], ParentType, ContextType, RequireFields<MutationUpdatePoolArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'id' | 'input'>>;
  updateSalesSettings?: Resolver<ResolversTypes['SalesSettings'], ParentType, ContextType, RequireFields<MutationUpdateSalesSettingsArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  updateWorkReport?: Resolver<ResolversTypes['WorkReport'], ParentType, ContextType, RequireFields<MutationUpdateWorkReportArgs, 'input' | 'period'>>;
}>;

export type NotificationPreferencesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  channels?: Resolver<ResolversTypes['NotificationChannels'], ParentType, ContextType>;
  digestTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailSubscription?: Resolver<Maybe<ResolversTypes['EmailSubscription']>, ParentType, ContextType>;
  nextDigestAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quietHoursEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quietHoursStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpportunityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = ResolversObject<{
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['CustomerSummary'], ParentType, ContextType>;
  daysInStage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  stageEnteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StageVisit']>, ParentType, ContextType>;
  stalled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OpportunityStatus'], ParentType, ContextType>;
  timeInStages?: Resolver<Array<ResolversTypes['StageTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type OpportunityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OpportunityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  approval?: Resolver<Maybe<ResolversTypes['OrderApproval']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['CustomerSummary'], ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  extraTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fullyShipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
  ledger?: Resolver<Maybe<ResolversTypes['OrderLedger']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  listTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  needsApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  paymentPlans?: Resolver<Array<ResolversTypes['PaymentPlan']>, ParentType, ContextType>;
  paymentTerms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  plannedInstalments?: Resolver<Array<ResolversTypes['PlannedInstalment']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderApprovalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderApproval'] = ResolversParentTypes['OrderApproval']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ApprovalState'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLedgerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderLedger'] = ResolversParentTypes['OrderLedger']> = ResolversObject<{
  invoiced?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  uninvoiced?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unshipped?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type OrderStatusChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OutboxMessageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OutboxMessage'] = ResolversParentTypes['OutboxMessage']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['DeliveryChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OwnershipEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OwnershipEvent'] = ResolversParentTypes['OwnershipEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['OwnershipAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromOwner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  fromPoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toOwner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  toPoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['Cursor']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParetoViewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParetoView'] = ResolversParentTypes['ParetoView']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customersWithRevenue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  topShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  allocations?: Resolver<Array<ResolversTypes['PaymentAllocation']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  credited?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
}>;

export type PaymentAllocationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PaymentAllocation'] = ResolversParentTypes['PaymentAllocation']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  planNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaymentPlanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PaymentPlan'] = ResolversParentTypes['PaymentPlan']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nextReminderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentPlanStatus'], ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winProbability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  completion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['PlanPeriod'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlannedInstalmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlannedInstalment'] = ResolversParentTypes['PlannedInstalment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  planNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PoolResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Pool'] = ResolversParentTypes['Pool']> = ResolversObject<{
  adminIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  claimRules?: Resolver<ResolversTypes['ClaimRules'], ParentType, ContextType>;
  everyone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberDeptPaths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  memberUserIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reclaimRules?: Resolver<ResolversTypes['ReclaimRules'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PoolCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PoolCount'] = ResolversParentTypes['PoolCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  poolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PoolUpdateResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PoolUpdateResult'] = ResolversParentTypes['PoolUpdateResult']> = ResolversObject<{
  pool?: Resolver<ResolversTypes['Pool'], ParentType, ContextType>;
  recomputed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductCategoryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProductCategory'] = ResolversParentTypes['ProductCategory']> = ResolversObject<{
  activeProducts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProtectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Protection'] = ResolversParentTypes['Protection']> = ResolversObject<{
  daysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadlineReason?: Resolver<Maybe<ResolversTypes['DeadlineReason']>, ParentType, ContextType>;
  extendedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  invalidFollowUps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidTracking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastValidFollowUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ownedSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agenda?: Resolver<ResolversTypes['Agenda'], ParentType, ContextType, RequireFields<QueryAgendaArgs, 'expiringWithinDays'>>;
  assignedServiceTickets?: Resolver<ResolversTypes['ServiceTicketConnection'], ParentType, ContextType, RequireFields<QueryAssignedServiceTicketsArgs, 'first'>>;
  assignmentRules?: Resolver<Array<ResolversTypes['AssignmentRule']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first' | 'from' | 'to'>>;
  buyingStatusReport?: Resolver<ResolversTypes['BuyingStatusReport'], ParentType, ContextType, RequireFields<QueryBuyingStatusReportArgs, 'input'>>;
  buyingStatusTransitions?: Resolver<Array<ResolversTypes['BuyingTransition']>, ParentType, ContextType, RequireFields<QueryBuyingStatusTransitionsArgs, 'month'>>;
  companySettings?: Resolver<ResolversTypes['CompanySettings'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  departmentWorkReports?: Resolver<Array<ResolversTypes['WorkReport']>, ParentType, ContextType, RequireFields<QueryDepartmentWorkReportsArgs, 'period'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  exportCompanyData?: Resolver<ResolversTypes['CompanyExportPage'], ParentType, ContextType, RequireFields<QueryExportCompanyDataArgs, 'limit'>>;
  failedDeliveries?: Resolver<ResolversTypes['DeliveryConnection'], ParentType, ContextType, RequireFields<QueryFailedDeliveriesArgs, 'first'>>;
  followUps?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<QueryFollowUpsArgs, 'customerId' | 'first'>>;
  followUpsOfDay?: Resolver<ResolversTypes['RepFollowUpDay'], ParentType, ContextType, RequireFields<QueryFollowUpsOfDayArgs, 'date'>>;
  followUpsToReview?: Resolver<ResolversTypes['FollowUpConnection'], ParentType, ContextType, RequireFields<QueryFollowUpsToReviewArgs, 'first'>>;
  forecast?: Resolver<ResolversTypes['Forecast'], ParentType, ContextType, RequireFields<QueryForecastArgs, 'from' | 'to'>>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType, Partial<QueryFunnelArgs>>;
  funnelReport?: Resolver<ResolversTypes['FunnelReport'], ParentType, ContextType, RequireFields<QueryFunnelReportArgs, 'input'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  lifecycleReport?: Resolver<ResolversTypes['LifecycleReport'], ParentType, ContextType, RequireFields<QueryLifecycleReportArgs, 'input'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  messageCampaign?: Resolver<ResolversTypes['MessageCampaign'], ParentType, ContextType, RequireFields<QueryMessageCampaignArgs, 'id'>>;
  messageCampaigns?: Resolver<ResolversTypes['MessageCampaignConnection'], ParentType, ContextType, RequireFields<QueryMessageCampaignsArgs, 'first'>>;
  messageOptOuts?: Resolver<ResolversTypes['MessageOptOutConnection'], ParentType, ContextType, RequireFields<QueryMessageOptOutsArgs, 'channel' | 'first'>>;
  myNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, RequireFields<QueryOpportunitiesArgs, 'first'>>;
  opportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  outbox?: Resolver<Array<ResolversTypes['OutboxMessage']>, ParentType, ContextType, RequireFields<QueryOutboxArgs, 'limit'>>;
  pendingApplications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType, RequireFields<QueryPlansArgs, 'first'>>;
  pools?: Resolver<Array<ResolversTypes['Pool']>, ParentType, ContextType>;
  previewMessageCampaign?: Resolver<ResolversTypes['MessagePreview'], ParentType, ContextType, RequireFields<QueryPreviewMessageCampaignArgs, 'input' | 'sample'>>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productCategories?: Resolver<Array<ResolversTypes['ProductCategory']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductsArgs, 'includeInactive'>>;
  receivables?: Resolver<Array<ResolversTypes['CustomerReceivable']>, ParentType, ContextType, Partial<QueryReceivablesArgs>>;
  receivablesAging?: Resolver<ResolversTypes['ReceivablesAging'], ParentType, ContextType, Partial<QueryReceivablesAgingArgs>>;
  receivablesAgingReport?: Resolver<ResolversTypes['ReceivablesAgingReport'], ParentType, ContextType, Partial<QueryReceivablesAgingReportArgs>>;
  repActivityReport?: Resolver<ResolversTypes['RepActivityReport'], ParentType, ContextType, RequireFields<QueryRepActivityReportArgs, 'granularity' | 'input'>>;
  salesSettings?: Resolver<ResolversTypes['SalesSettings'], ParentType, ContextType>;
  searchCustomerNames?: Resolver<Array<ResolversTypes['CustomerNameMatch']>, ParentType, ContextType, RequireFields<QuerySearchCustomerNamesArgs, 'keyword'>>;
  serviceReport?: Resolver<ResolversTypes['ServiceReport'], ParentType, ContextType, RequireFields<QueryServiceReportArgs, 'input'>>;
  serviceTicket?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType, RequireFields<QueryServiceTicketArgs, 'id'>>;
  serviceTicketQueue?: Resolver<ResolversTypes['ServiceTicketConnection'], ParentType, ContextType, RequireFields<QueryServiceTicketQueueArgs, 'first' | 'status'>>;
  stalledOpportunities?: Resolver<Array<ResolversTypes['Opportunity']>, ParentType, ContextType, Partial<QueryStalledOpportunitiesArgs>>;
  targetProgress?: Resolver<ResolversTypes['TargetProgressReport'], ParentType, ContextType, RequireFields<QueryTargetProgressArgs, 'metric' | 'period'>>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first' | 'from' | 'to'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  valueGradeReport?: Resolver<ResolversTypes['ValueGradeReport'], ParentType, ContextType, Partial<QueryValueGradeReportArgs>>;
  workReports?: Resolver<Array<ResolversTypes['WorkReport']>, ParentType, ContextType, RequireFields<QueryWorkReportsArgs, 'first'>>;
}>;

export type ReceivablesAgingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReceivablesAging'] = ResolversParentTypes['ReceivablesAging']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['CustomerAging']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AgingAmounts'], ParentType, ContextType>;
}>;

export type ReceivablesAgingReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReceivablesAgingReport'] = ResolversParentTypes['ReceivablesAgingReport']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reps?: Resolver<Array<ResolversTypes['RepAging']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ReportAgingAmounts'], ParentType, ContextType>;
}>;

export type ReclaimRulesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReclaimRules'] = ResolversParentTypes['ReclaimRules']> = ResolversObject<{
  exemptWithOpenOpportunity?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  followUpDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  followUpDaysByGrade?: Resolver<Maybe<ResolversTypes['GradeDays']>, ParentType, ContextType>;
  intentDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  managerWarningDaysBefore?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  noOpenOpportunityDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  potentialDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetPoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  warningDaysBefore?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
}>;

export type RenderedMessageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RenderedMessage'] = ResolversParentTypes['RenderedMessage']> = ResolversObject<{
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RepActivityReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepActivityReport'] = ResolversParentTypes['RepActivityReport']> = ResolversObject<{
  granularity?: Resolver<ResolversTypes['ReportGranularity'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reps?: Resolver<Array<ResolversTypes['RepActivityTotal']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RepActivityRow']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['MetricValue']>, ParentType, ContextType>;
}>;

export type RepActivityRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepActivityRow'] = ResolversParentTypes['RepActivityRow']> = ResolversObject<{
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rep?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['MetricValue']>, ParentType, ContextType>;
}>;

export type RepActivityTotalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepActivityTotal'] = ResolversParentTypes['RepActivityTotal']> = ResolversObject<{
  rep?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['MetricValue']>, ParentType, ContextType>;
}>;

export type RepAgingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepAging'] = ResolversParentTypes['RepAging']> = ResolversObject<{
  amounts?: Resolver<ResolversTypes['ReportAgingAmounts'], ParentType, ContextType>;
  rep?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
}>;

export type RepFollowUpDayResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepFollowUpDay'] = ResolversParentTypes['RepFollowUpDay']> = ResolversObject<{
  byType?: Resolver<Array<ResolversTypes['FollowUpTypeCount']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RepForecastResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepForecast'] = ResolversParentTypes['RepForecast']> = ResolversObject<{
  figures?: Resolver<ResolversTypes['ForecastFigures'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
}>;

export type RepTargetProgressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RepTargetProgress'] = ResolversParentTypes['RepTargetProgress']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rep?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type ReportAgingAmountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReportAgingAmounts'] = ResolversParentTypes['ReportAgingAmounts']> = ResolversObject<{
  days1To30?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  daysOver90?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  notDue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type SalesSettingsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SalesSettings'] = ResolversParentTypes['SalesSettings']> = ResolversObject<{
  orderApprovalThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paymentReminderDaysBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentReminderHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  stalledAfterDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SalesTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SalesTarget'] = ResolversParentTypes['SalesTarget']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodKind?: Resolver<ResolversTypes['TargetPeriodKind'], ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  splitFromDepartmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['TargetSubjectKind'], ParentType, ContextType>;
  subjectName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceReport'] = ResolversParentTypes['ServiceReport']> = ResolversObject<{
  averageResponseMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ServiceStatusCount']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['ServiceTypeCount']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ranking?: Resolver<Array<ResolversTypes['ServiceStaffRank']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unassigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceStaffRankResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceStaffRank'] = ResolversParentTypes['ServiceStaffRank']> = ResolversObject<{
  averageResponseMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceStatusCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceStatusCount'] = ResolversParentTypes['ServiceStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceTicketStatus'], ParentType, ContextType>;
}>;

export type ServiceTicketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceTicket'] = ResolversParentTypes['ServiceTicket']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['CustomerSummary'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdueFlaggedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  productIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  responseOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfactionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceTicketStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ServiceTicketStep']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ServiceTicketType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceTicketConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceTicketConnection'] = ResolversParentTypes['ServiceTicketConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceTicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceTicketEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceTicketEdge'] = ResolversParentTypes['ServiceTicketEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceTicket'], ParentType, ContextType>;
}>;

export type ServiceTicketStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceTicketStep'] = ResolversParentTypes['ServiceTicketStep']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ServiceTicketAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ServiceTicketStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ServiceTicketStatus']>, ParentType, ContextType>;
}>;

export type ServiceTypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ServiceTypeCount'] = ResolversParentTypes['ServiceTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['ServiceStatusCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ServiceTicketType'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = ResolversObject<{
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShipmentLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  shippedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  trackingNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShipmentLineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ShipmentLine'] = ResolversParentTypes['ShipmentLine']> = ResolversObject<{
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type StageTimeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StageTime'] = ResolversParentTypes['StageTime']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type StageVisitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StageVisit'] = ResolversParentTypes['StageVisit']> = ResolversObject<{
  by?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  enteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  leftAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type TargetProgressReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TargetProgressReport'] = ResolversParentTypes['TargetProgressReport']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['DepartmentTargetProgress']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reps?: Resolver<Array<ResolversTypes['RepTargetProgress']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  followUpId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['Quadrant'], ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reminded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TaskSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['Cursor'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TeamMemberResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = ResolversObject<{
  access?: Resolver<ResolversTypes['TeamAccess'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
}>;

export type TransferAllResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TransferAllResult'] = ResolversParentTypes['TransferAllResult']> = ResolversObject<{
  failed?: Resolver<Array<ResolversTypes['TransferFailure']>, ParentType, ContextType>;
  transferred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferFailureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TransferFailure'] = ResolversParentTypes['TransferFailure']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UserRef'] = ResolversParentTypes['UserRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ValueGradeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValueGradeCount'] = ResolversParentTypes['ValueGradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['ValueGradeKey'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ValueGradeReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ValueGradeReport'] = ResolversParentTypes['ValueGradeReport']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['ValueGradeCount']>, ParentType, ContextType>;
  pareto?: Resolver<ResolversTypes['ParetoView'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WorkReport'] = ResolversParentTypes['WorkReport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkReportKind'], ParentType, ContextType>;
  nextPlan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['UserRef'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Agenda?: AgendaResolvers<ContextType>;
  AgingAmounts?: AgingAmountsResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  AssignmentRule?: AssignmentRuleResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BuyingStatusCount?: BuyingStatusCountResolvers<ContextType>;
  BuyingStatusReport?: BuyingStatusReportResolvers<ContextType>;
  BuyingTransition?: BuyingTransitionResolvers<ContextType>;
  ClaimRules?: ClaimRulesResolvers<ContextType>;
  CompanyExportPage?: CompanyExportPageResolvers<ContextType>;
  CompanyImportResult?: CompanyImportResultResolvers<ContextType>;
  CompanySettings?: CompanySettingsResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Cursor?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAging?: CustomerAgingResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerNameMatch?: CustomerNameMatchResolvers<ContextType>;
  CustomerReceivable?: CustomerReceivableResolvers<ContextType>;
  CustomerSummary?: CustomerSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryConnection?: DeliveryConnectionResolvers<ContextType>;
  DeliveryEdge?: DeliveryEdgeResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentForecast?: DepartmentForecastResolvers<ContextType>;
  DepartmentTargetProgress?: DepartmentTargetProgressResolvers<ContextType>;
  EmailSubscription?: EmailSubscriptionResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpConnection?: FollowUpConnectionResolvers<ContextType>;
  FollowUpEdge?: FollowUpEdgeResolvers<ContextType>;
  FollowUpReview?: FollowUpReviewResolvers<ContextType>;
  FollowUpTypeCount?: FollowUpTypeCountResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  ForecastFigures?: ForecastFiguresResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelReport?: FunnelReportResolvers<ContextType>;
  FunnelReportStage?: FunnelReportStageResolvers<ContextType>;
  FunnelStage?: FunnelStageResolvers<ContextType>;
  FunnelTotal?: FunnelTotalResolvers<ContextType>;
  GradeDays?: GradeDaysResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportantDate?: ImportantDateResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  LifecycleCount?: LifecycleCountResolvers<ContextType>;
  LifecycleReport?: LifecycleReportResolvers<ContextType>;
  LogFollowUpResult?: LogFollowUpResultResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  MessageCampaign?: MessageCampaignResolvers<ContextType>;
  MessageCampaignConnection?: MessageCampaignConnectionResolvers<ContextType>;
  MessageCampaignEdge?: MessageCampaignEdgeResolvers<ContextType>;
  MessageOptOut?: MessageOptOutResolvers<ContextType>;
  MessageOptOutConnection?: MessageOptOutConnectionResolvers<ContextType>;
  MessageOptOutEdge?: MessageOptOutEdgeResolvers<ContextType>;
  MessagePreview?: MessagePreviewResolvers<ContextType>;
  MessageRecipient?: MessageRecipientResolvers<ContextType>;
  MessageRecipientConnection?: MessageRecipientConnectionResolvers<ContextType>;
  MessageRecipientEdge?: MessageRecipientEdgeResolvers<ContextType>;
  MetricValue?: MetricValueResolvers<ContextType>;
  MonthForecast?: MonthForecastResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderApproval?: OrderApprovalResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLedger?: OrderLedgerResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  OutboxMessage?: OutboxMessageResolvers<ContextType>;
  OwnershipEvent?: OwnershipEventResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParetoView?: ParetoViewResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAllocation?: PaymentAllocationResolvers<ContextType>;
  PaymentPlan?: PaymentPlanResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlannedInstalment?: PlannedInstalmentResolvers<ContextType>;
  Pool?: PoolResolvers<ContextType>;
  PoolCount?: PoolCountResolvers<ContextType>;
  PoolUpdateResult?: PoolUpdateResultResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductCategory?: ProductCategoryResolvers<ContextType>;
  Protection?: ProtectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceivablesAging?: ReceivablesAgingResolvers<ContextType>;
  ReceivablesAgingReport?: ReceivablesAgingReportResolvers<ContextType>;
  ReclaimRules?: ReclaimRulesResolvers<ContextType>;
  RenderedMessage?: RenderedMessageResolvers<ContextType>;
  RepActivityReport?: RepActivityReportResolvers<ContextType>;
  RepActivityRow?: RepActivityRowResolvers<ContextType>;
  RepActivityTotal?: RepActivityTotalResolvers<ContextType>;
  RepAging?: RepAgingResolvers<ContextType>;
  RepFollowUpDay?: RepFollowUpDayResolvers<ContextType>;
  RepForecast?: RepForecastResolvers<ContextType>;
  RepTargetProgress?: RepTargetProgressResolvers<ContextType>;
  ReportAgingAmounts?: ReportAgingAmountsResolvers<ContextType>;
  SalesSettings?: SalesSettingsResolvers<ContextType>;
  SalesTarget?: SalesTargetResolvers<ContextType>;
  ServiceReport?: ServiceReportResolvers<ContextType>;
  ServiceStaffRank?: ServiceStaffRankResolvers<ContextType>;
  ServiceStatusCount?: ServiceStatusCountResolvers<ContextType>;
  ServiceTicket?: ServiceTicketResolvers<ContextType>;
  ServiceTicketConnection?: ServiceTicketConnectionResolvers<ContextType>;
  ServiceTicketEdge?: ServiceTicketEdgeResolvers<ContextType>;
  ServiceTicketStep?: ServiceTicketStepResolvers<ContextType>;
  ServiceTypeCount?: ServiceTypeCountResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentLine?: ShipmentLineResolvers<ContextType>;
  StageTime?: StageTimeResolvers<ContextType>;
  StageVisit?: StageVisitResolvers<ContextType>;
  TargetProgressReport?: TargetProgressReportResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TransferAllResult?: TransferAllResultResolvers<ContextType>;
  TransferFailure?: TransferFailureResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserRef?: UserRefResolvers<ContextType>;
  ValueGradeCount?: ValueGradeCountResolvers<ContextType>;
  ValueGradeReport?: ValueGradeReportResolvers<ContextType>;
  WorkReport?: WorkReportResolvers<ContextType>;
}>;

