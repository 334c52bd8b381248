import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Customer as CustomerModel } from '../../domain/customers/customer.types';
import { Contact as ContactModel } from '../../domain/customers/contact.types';
import { User as UserModel } from '../../domain/users/user.types';
import { Department as DepartmentModel } from '../../domain/users/department.types';
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

export type BuyingStatus =
  | 'CLOSED'
  | 'LOYAL'
  | 'PROSPECT'
  | 'QUALIFIED'
  | 'TARGET';

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

export type Mutation = {
  __typename?: 'Mutation';
  addContact: Contact;
  createCustomer: Customer;
  createDepartment: Department;
  createUser: User;
  /** Local only (CRM_TEST_CLOCK=1), admins only: moves the whole local system's clock forward to this instant and runs the sweeps. */
  setTestClock: Health;
  updateContact: Contact;
  updateCustomer: Customer;
  updateUser: User;
};


export type MutationAddContactArgs = {
  customerId: Scalars['ID']['input'];
  input: ContactInput;
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


export type MutationSetTestClockArgs = {
  now: Scalars['DateTime']['input'];
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
  customer: Customer;
  /** Your customers (rep), your department subtree's (manager), or all (admin); newest first. */
  customers: CustomerConnection;
  departments: Array<Department>;
  /** Liveness and the server's current time (moves with the local test clock). */
  health: Health;
  /** The signed-in user. */
  me: User;
  /** Duplicate check before entering a customer: names containing the keyword (at least two characters). */
  searchCustomerNames: Array<CustomerNameMatch>;
  user: User;
  /** Admins: everyone; managers: their department subtree; others: themselves. */
  users: Array<User>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuyingStatus: BuyingStatus;
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
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Protection: ResolverTypeWrapper<Protection>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
  UserRef: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
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
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Protection: Protection;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  UpdateContactInput: UpdateContactInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
  UserRef: UserRef;
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

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'customerId' | 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  setTestClock?: Resolver<ResolversTypes['Health'], ParentType, ContextType, RequireFields<MutationSetTestClockArgs, 'now'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'contactId' | 'customerId' | 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
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
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  searchCustomerNames?: Resolver<Array<ResolversTypes['CustomerNameMatch']>, ParentType, ContextType, RequireFields<QuerySearchCustomerNamesArgs, 'keyword'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
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
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Protection?: ProtectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserRef?: UserRefResolvers<ContextType>;
}>;

