import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Customer as CustomerModel } from '../../domain/customers/customer.types';
import { Contact as ContactModel } from '../../domain/customers/contact.types';
import { User as UserModel } from '../../domain/users/user.types';
import { Department as DepartmentModel } from '../../domain/users/department.types';
import { OwnershipEvent as OwnershipEventModel } from '../../domain/protection/ownership.types';
import { Application as ApplicationModel } from '../../domain/protection/application.types';
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
  | 'PENDING'
  | 'REJECTED';

export type BuyingStatus =
  | 'CLOSED'
  | 'LOYAL'
  | 'PROSPECT'
  | 'QUALIFIED'
  | 'TARGET';

export type BuyingTransition = {
  __typename?: 'BuyingTransition';
  count: Scalars['Int']['output'];
  from: BuyingStatus;
  to: BuyingStatus;
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
  maxHotCustomers: Scalars['Int']['output'];
  maxOwnedCustomers: Scalars['Int']['output'];
  potentialProtectionDays: Scalars['Int']['output'];
  reclaimCooldownDays: Scalars['Int']['output'];
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
  maxHotCustomers?: InputMaybe<Scalars['Int']['input']>;
  maxOwnedCustomers?: InputMaybe<Scalars['Int']['input']>;
  potentialProtectionDays?: InputMaybe<Scalars['Int']['input']>;
  reclaimCooldownDays?: InputMaybe<Scalars['Int']['input']>;
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
  hot: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  inPool: Scalars['Boolean']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  kind: CustomerKind;
  lifecycle: LifecycleStage;
  lifecycleChangedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<UserRef>;
  /** Ownership history, oldest first. */
  ownershipHistory: Array<OwnershipEvent>;
  /** Masked (138****5678) for VIP customers unless you own them, and for pool customers. */
  phone?: Maybe<Scalars['String']['output']>;
  protection?: Maybe<Protection>;
  region?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  valueGrade?: Maybe<Grade>;
  version: Scalars['Int']['output'];
  vip: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
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

export type DeadlineReason =
  | 'EXTENSION'
  | 'INTENT_STAGE'
  | 'NO_VALID_FOLLOW_UP'
  | 'POTENTIAL_STAGE';

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  kind: DepartmentKind;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  path: Scalars['String']['output'];
};

export type DepartmentKind =
  | 'BRANCH'
  | 'COMPANY'
  | 'DEPARTMENT';

export type Grade =
  | 'A'
  | 'B'
  | 'C';

export type Health = {
  __typename?: 'Health';
  companyId: Scalars['String']['output'];
  now: Scalars['DateTime']['output'];
  ok: Scalars['Boolean']['output'];
};

export type LifecycleStage =
  | 'FORMAL'
  | 'INTENT'
  | 'POTENTIAL';

export type MergeResult = {
  __typename?: 'MergeResult';
  mergedCustomerId: Scalars['ID']['output'];
  movedRecords: Scalars['Int']['output'];
  survivor: Customer;
};

export type Mutation = {
  __typename?: 'Mutation';
  addContact: Contact;
  /** Owner: apply for a protection extension (时间加权申请) of up to the company's maximum days. */
  applyForExtension: Application;
  /** Owner: apply to advance POTENTIAL → INTENT, with a reason. */
  applyForIntent: Application;
  /** Take a customer from the public pool (公海). Exactly one of several racing reps wins. */
  claimCustomer: Customer;
  createCustomer: Customer;
  createDepartment: Department;
  createUser: User;
  /** Managers above the applicant: approve or reject an application. */
  decideApplication: Application;
  /** Owner/managers: mark a customer FORMAL (signed outside the order module). */
  markCustomerFormal: Customer;
  /** Managers/admins: merge two duplicates into the earlier-created one; history moves with it. */
  mergeCustomers: MergeResult;
  /** Managers: take an invalid-tracking (无效跟踪) customer away and give it to another rep. */
  reassignInvalidTrackingCustomer: Customer;
  /** Give your customer back to the pool; you cannot claim it again for the cooldown (default 3 days). */
  releaseCustomer: Customer;
  /** Local only (CRM_TEST_CLOCK=1), admins only: moves the whole local system's clock forward to this instant and runs the sweeps. */
  setTestClock: Health;
  /** Managers: move all customers of a rep (leaving or changing department) to another rep. */
  transferAllCustomers: TransferAllResult;
  /** Managers: move a customer of your subtree to another rep. */
  transferCustomer: Customer;
  /** Admins: change rule numbers. Deadlines follow on each customer's next change; see README. */
  updateCompanySettings: CompanySettings;
  updateContact: Contact;
  updateCustomer: Customer;
  updateUser: User;
};


export type MutationAddContactArgs = {
  customerId: Scalars['ID']['input'];
  input: ContactInput;
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


export type MutationClaimCustomerArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
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


export type MutationMarkCustomerFormalArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationMergeCustomersArgs = {
  customerId: Scalars['ID']['input'];
  duplicateId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReassignInvalidTrackingCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
};


export type MutationReleaseCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetTestClockArgs = {
  now: Scalars['DateTime']['input'];
};


export type MutationTransferAllCustomersArgs = {
  fromUserId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
};


export type MutationTransferCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toUserId: Scalars['ID']['input'];
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


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
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

export type Query = {
  __typename?: 'Query';
  /** 五级分类 transitions in a month (yyyy-mm), e.g. how many moved TARGET → QUALIFIED. */
  buyingStatusTransitions: Array<BuyingTransition>;
  companySettings: CompanySettings;
  customer: Customer;
  /** Your customers (rep), your department subtree's (manager), or all (admin); newest first. */
  customers: CustomerConnection;
  departments: Array<Department>;
  /** Liveness and the server's current time (moves with the local test clock). */
  health: Health;
  /** The signed-in user. */
  me: User;
  /** Pending applications of your department subtree (managers) or company (admins). */
  pendingApplications: Array<Application>;
  /** Duplicate check before entering a customer: names containing the keyword (at least two characters). */
  searchCustomerNames: Array<CustomerNameMatch>;
  user: User;
  /** Admins: everyone; managers: their department subtree; others: themselves. */
  users: Array<User>;
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


export type QuerySearchCustomerNamesArgs = {
  keyword: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'MANAGER'
  | 'REP'
  | 'SERVICE';

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

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
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
  Application: ResolverTypeWrapper<ApplicationModel>;
  ApplicationKind: ApplicationKind;
  ApplicationStatus: ApplicationStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuyingStatus: BuyingStatus;
  BuyingTransition: ResolverTypeWrapper<BuyingTransition>;
  CompanySettings: ResolverTypeWrapper<CompanySettings>;
  CompanySettingsInput: CompanySettingsInput;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactInput: ContactInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateUserInput: CreateUserInput;
  Cursor: ResolverTypeWrapper<Scalars['Cursor']['output']>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerNameMatch: ResolverTypeWrapper<CustomerNameMatch>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineReason: DeadlineReason;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentModel>;
  DepartmentKind: DepartmentKind;
  Grade: Grade;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LifecycleStage: LifecycleStage;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'survivor'> & { survivor: ResolversTypes['Customer'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnershipAction: OwnershipAction;
  OwnershipEvent: ResolverTypeWrapper<OwnershipEventModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Protection: ResolverTypeWrapper<Protection>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TransferAllResult: ResolverTypeWrapper<TransferAllResult>;
  TransferFailure: ResolverTypeWrapper<TransferFailure>;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
  UserRef: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Application: ApplicationModel;
  Boolean: Scalars['Boolean']['output'];
  BuyingTransition: BuyingTransition;
  CompanySettings: CompanySettings;
  CompanySettingsInput: CompanySettingsInput;
  Contact: ContactModel;
  ContactInput: ContactInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateUserInput: CreateUserInput;
  Cursor: Scalars['Cursor']['output'];
  Customer: CustomerModel;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerNameMatch: CustomerNameMatch;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MergeResult: Omit<MergeResult, 'survivor'> & { survivor: ResolversParentTypes['Customer'] };
  Mutation: Record<PropertyKey, never>;
  OwnershipEvent: OwnershipEventModel;
  PageInfo: PageInfo;
  Protection: Protection;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  TransferAllResult: TransferAllResult;
  TransferFailure: TransferFailure;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
  UserRef: UserRef;
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

export type BuyingTransitionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BuyingTransition'] = ResolversParentTypes['BuyingTransition']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BuyingStatus'], ParentType, ContextType>;
}>;

export type CompanySettingsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CompanySettings'] = ResolversParentTypes['CompanySettings']> = ResolversObject<{
  contentlessPhrases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  extensionMaxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpFreshnessDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intentProtectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalidFollowUpLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxHotCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxOwnedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  potentialProtectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reclaimCooldownDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  hot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inPool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  lifecycleChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['UserRef']>, ParentType, ContextType>;
  ownershipHistory?: Resolver<Array<ResolversTypes['OwnershipEvent']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protection?: Resolver<Maybe<ResolversTypes['Protection']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  valueGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vip?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DepartmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DepartmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  companyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MergeResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = ResolversObject<{
  mergedCustomerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'customerId' | 'input'>>;
  applyForExtension?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationApplyForExtensionArgs, 'customerId' | 'days' | 'reason'>>;
  applyForIntent?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationApplyForIntentArgs, 'customerId' | 'reason'>>;
  claimCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationClaimCustomerArgs, 'customerId'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  decideApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDecideApplicationArgs, 'applicationId' | 'approve' | 'customerId'>>;
  markCustomerFormal?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationMarkCustomerFormalArgs, 'customerId'>>;
  mergeCustomers?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'customerId' | 'duplicateId' | 'reason'>>;
  reassignInvalidTrackingCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationReassignInvalidTrackingCustomerArgs, 'customerId' | 'reason' | 'toUserId'>>;
  releaseCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationReleaseCustomerArgs, 'customerId' | 'reason'>>;
  setTestClock?: Resolver<ResolversTypes['Health'], ParentType, ContextType, RequireFields<MutationSetTestClockArgs, 'now'>>;
  transferAllCustomers?: Resolver<ResolversTypes['TransferAllResult'], ParentType, ContextType, RequireFields<MutationTransferAllCustomersArgs, 'fromUserId' | 'reason' | 'toUserId'>>;
  transferCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationTransferCustomerArgs, 'customerId' | 'reason' | 'toUserId'>>;
  updateCompanySettings?: Resolver<ResolversTypes['CompanySettings'], ParentType, ContextType, RequireFields<MutationUpdateCompanySettingsArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'contactId' | 'customerId' | 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
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
  buyingStatusTransitions?: Resolver<Array<ResolversTypes['BuyingTransition']>, ParentType, ContextType, RequireFields<QueryBuyingStatusTransitionsArgs, 'month'>>;
  companySettings?: Resolver<ResolversTypes['CompanySettings'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  pendingApplications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  searchCustomerNames?: Resolver<Array<ResolversTypes['CustomerNameMatch']>, ParentType, ContextType, RequireFields<QuerySearchCustomerNamesArgs, 'keyword'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  BuyingTransition?: BuyingTransitionResolvers<ContextType>;
  CompanySettings?: CompanySettingsResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Cursor?: GraphQLScalarType;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerNameMatch?: CustomerNameMatchResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OwnershipEvent?: OwnershipEventResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Protection?: ProtectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TransferAllResult?: TransferAllResultResolvers<ContextType>;
  TransferFailure?: TransferFailureResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserRef?: UserRefResolvers<ContextType>;
}>;

