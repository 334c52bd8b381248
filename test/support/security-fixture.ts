import { randomInt } from 'node:crypto';
import type { Contact } from '../../functions/domain/customers/contact.types';
import { createCustomer } from '../../functions/domain/customers/customer.service';
import type { Customer } from '../../functions/domain/customers/customer.types';
import { markCustomerFormal } from '../../functions/domain/protection/lifecycle.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import { createUser, updateUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { buildOrg, type Org } from './builders';
import type { Credential } from './local-http';
import type { TestStack } from './test-stack';

/** Every kind of caller the authorization matrix runs as. */
export const MATRIX_ROLES = [
  'ADMIN',
  'MANAGER_OWN',
  'MANAGER_OTHER',
  'REP_OWNER',
  'REP_OTHER',
  'FINANCE',
  'SERVICE',
  'DEACTIVATED',
  'NO_TOKEN',
  'EXPIRED_TOKEN',
  'FOREIGN_COMPANY',
  'UNKNOWN_USER',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export const SIGNED_IN: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'MANAGER_OTHER', 'REP_OWNER', 'REP_OTHER', 'FINANCE', 'SERVICE'];
export const SALES: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'MANAGER_OTHER', 'REP_OWNER', 'REP_OTHER'];
export const MANAGERS: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'MANAGER_OTHER'];
/** Who may work the owning rep's customers: admin, the manager above the owner, the owner. */
export const OWNER_CHAIN: readonly MatrixRole[] = ['ADMIN', 'MANAGER_OWN', 'REP_OWNER'];
export const ADMIN_ONLY: readonly MatrixRole[] = ['ADMIN'];
/** Reaches the resolvers at all (public fields answer these): no token or a token of a real, possibly deactivated, user. */
export const REACHES_API: readonly MatrixRole[] = [...SIGNED_IN, 'DEACTIVATED', 'NO_TOKEN', 'UNKNOWN_USER'];

export type SecretKind = 'customer.id' | 'customer.name' | 'phone' | 'contact.name' | 'contact.mobile' | 'user.email';

export interface Secret {
  kind: SecretKind;
  value: string;
  /** Which record it belongs to, for readable failures. */
  of: string;
  /** Roles allowed to see this value. */
  visibleTo: readonly MatrixRole[];
}

export interface FixtureCustomer {
  label: string;
  customer: Customer;
  contact: Contact;
}

export type CustomerLabel = 'east' | 'eastVip' | 'team' | 'west' | 'pool' | 'formal';

export interface SecurityFixture {
  org: Org;
  deactivated: User;
  /** A spare user the admin may edit in the matrix. */
  spare: User;
  customers: Record<CustomerLabel, FixtureCustomer>;
  /** A keyword every fixture customer's name contains. */
  keyword: string;
  secrets: Secret[];
  userFor(role: MatrixRole): User | undefined;
  credential(role: MatrixRole): Credential;
  hiddenFrom(role: MatrixRole): Secret[];
}

const mobile = (prefix: string) => `${prefix}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/**
 * The shared data set: the builders' org plus customers in every visibility situation — owned by
 * the rep (plain and VIP), by a sub-team rep, by a rep of another department, in the pool, and FORMAL.
 * Names, phones and contacts are unique strings so any appearance in a response can be found.
 */
export async function buildSecurityFixture(stack: TestStack): Promise<SecurityFixture> {
  const org = await buildOrg(stack);
  // The catalog makes hundreds of customers for one rep: lift the caps so only authorization decides.
  const roomy = { ...stack.settings, maxOwnedCustomers: 100_000, maxLockedCustomers: 10_000 };
  await stack.runtime.repos.settings.save(roomy, org.admin.id, stack.clock.now().toISOString());
  Object.assign(stack.settings, roomy);
  const asAdmin = stack.as(org.admin);
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const keyword = `矩阵${tag}`;
  const deactivatedActive = await createUser(asAdmin, { email: `gone-${tag.toLowerCase()}@t.cn`, name: '离职员工', role: 'REP', departmentId: org.west.id });
  const deactivated = await updateUser(asAdmin, deactivatedActive.id, { active: false, expectedVersion: deactivatedActive.version });
  const spare = await createUser(asAdmin, { email: `spare-${tag.toLowerCase()}@t.cn`, name: '备用账号', role: 'REP', departmentId: org.west.id });

  const make = async (label: string, owner: User, vip = false): Promise<FixtureCustomer> => {
    const customer = await createCustomer(stack.as(owner), {
      kind: 'COMPANY',
      name: `${keyword}${label}客户有限公司`,
      phone: mobile('139'),
      vip,
      contacts: [{ name: `${label}联系人${tag}`, mobile: mobile('137') }],
    });
    const collection = await stack.runtime.repos.customers.getCollection(customer.id);
    return { label, customer, contact: collection!.contacts[0]! };
  };
  const east = await make('东区', org.rep);
  const eastVip = await make('东区要客', org.rep, true);
  const team = await make('东区一组', org.teamRep);
  const west = await make('西区', org.otherRep);
  const pool = await make('公海', org.rep);
  await releaseCustomer(stack.as(org.rep), pool.customer.id, '矩阵测试：放回公海');
  const formal = await make('正式', org.rep);
  await markCustomerFormal(stack.as(org.rep), formal.customer.id);
  const customers = { east, eastVip, team, west, pool, formal };

  const byRole: Partial<Record<MatrixRole, User>> = {
    ADMIN: org.admin,
    MANAGER_OWN: org.eastManager,
    MANAGER_OTHER: org.westManager,
    REP_OWNER: org.rep,
    REP_OTHER: org.otherRep,
    FINANCE: org.finance,
    SERVICE: org.service,
    DEACTIVATED: deactivated,
  };

  const customerSecrets = (c: FixtureCustomer, visibleTo: readonly MatrixRole[], unmaskedTo: readonly MatrixRole[]): Secret[] => [
    { kind: 'customer.id', value: c.customer.id, of: c.label, visibleTo },
    { kind: 'customer.name', value: c.customer.name, of: c.label, visibleTo },
    { kind: 'contact.name', value: c.contact.name, of: c.label, visibleTo },
    { kind: 'phone', value: c.customer.phone!, of: c.label, visibleTo: unmaskedTo },
    { kind: 'contact.mobile', value: c.contact.mobile!, of: c.label, visibleTo: unmaskedTo },
  ];
  const userSecret = (u: User, visibleTo: readonly MatrixRole[]): Secret => ({ kind: 'user.email', value: u.email, of: u.name, visibleTo });
  const secrets: Secret[] = [
    ...customerSecrets(east, OWNER_CHAIN, OWNER_CHAIN),
    ...customerSecrets(eastVip, OWNER_CHAIN, ['REP_OWNER']),
    ...customerSecrets(team, ['ADMIN', 'MANAGER_OWN'], ['ADMIN', 'MANAGER_OWN']),
    ...customerSecrets(west, ['ADMIN', 'MANAGER_OTHER', 'REP_OTHER'], ['ADMIN', 'MANAGER_OTHER', 'REP_OTHER']),
    ...customerSecrets(pool, SALES, ['ADMIN']),
    ...customerSecrets(formal, [...OWNER_CHAIN, 'FINANCE', 'SERVICE'], [...OWNER_CHAIN, 'FINANCE', 'SERVICE']),
    userSecret(org.admin, ['ADMIN']),
    userSecret(org.eastManager, ['ADMIN', 'MANAGER_OWN']),
    userSecret(org.westManager, ['ADMIN', 'MANAGER_OTHER']),
    userSecret(org.rep, ['ADMIN', 'MANAGER_OWN', 'REP_OWNER']),
    userSecret(org.teamRep, ['ADMIN', 'MANAGER_OWN']),
    userSecret(org.otherRep, ['ADMIN', 'MANAGER_OTHER', 'REP_OTHER']),
    userSecret(org.finance, ['ADMIN', 'FINANCE']),
    userSecret(org.service, ['ADMIN', 'SERVICE']),
    userSecret(deactivated, ['ADMIN', 'MANAGER_OTHER']),
    userSecret(spare, ['ADMIN', 'MANAGER_OTHER']),
  ];

  return {
    org,
    deactivated,
    spare,
    customers,
    keyword,
    secrets,
    userFor: (role) => byRole[role],
    credential(role) {
      switch (role) {
        case 'NO_TOKEN':
          return { kind: 'none' };
        case 'EXPIRED_TOKEN':
          return { kind: 'expired', user: org.rep };
        case 'FOREIGN_COMPANY':
          return { kind: 'foreign-company', user: org.admin };
        case 'UNKNOWN_USER':
          return { kind: 'unknown-user' };
        default:
          return { kind: 'user', user: byRole[role]! };
      }
    },
    hiddenFrom: (role) => secrets.filter((s) => !s.visibleTo.includes(role)),
  };
}

/** Secrets that appear in a response without having been in the request (what the caller already knew). */
export function findLeaks(response: string, hidden: readonly Secret[], request: string, allowedKinds: readonly SecretKind[] = []): Secret[] {
  return hidden.filter((s) => !allowedKinds.includes(s.kind) && response.includes(s.value) && !request.includes(s.value));
}
