import { createCustomer } from '../../functions/domain/customers/customer.service';
import { releaseCustomer } from '../../functions/domain/protection/pool.service';
import { createDepartment, createUser } from '../../functions/domain/users/user.service';
import type { User } from '../../functions/domain/users/user.types';
import { DAY_MS, type TestClock } from '../../functions/domain/shared/clock';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack';
import { checkInvariants, type InvariantReport } from '../../functions/store/invariants';

/**
 * The load test: the whole local CRM (DynamoDB Local, HTTP adapter, Lambda handler, sweeps) on
 * loopback, `clients` virtual users mixing reads and writes over HTTP for a bounded time, reps
 * racing to claim the same pool customers, and sweeps running meanwhile on a clock that jumps days
 * ahead (so customers are really reclaimed under the load). Then the invariant checker walks the
 * table. Used by `npm run load` (60 s, 50 clients) and by a short vitest run.
 */
export interface LoadOptions {
  durationMs: number;
  clients: number;
  /** Stop after this many requests even if time is left (keeps a run bounded in count too). */
  maxRequests?: number;
  /** Reuse a running DynamoDB Local (tests); absent = start one in memory. */
  dynamoEndpoint?: string;
  /** How often a sweep runs while the load goes on, and how far the clock jumps before it. */
  sweepEveryMs?: number;
  daysPerSweep?: number;
  log?: (line: string) => void;
}

export interface OperationFigures {
  count: number;
  expectedRefusals: number;
  unexpected: number;
  p50: number;
  p95: number;
}

export interface LoadReport {
  seconds: number;
  requests: number;
  throughput: number;
  /** 5xx, INTERNAL_SERVER_ERROR, transport failures, or an error code the operation should never give. */
  unexpectedErrors: number;
  /** Clean RETRYABLE answers (contention outlasted the retries): failed for the user, but safely. */
  retryable: number;
  /** (unexpected + retryable) / requests. */
  errorRate: number;
  /** Business refusals that are right under contention (claim lost, stale version, cap reached…). */
  expectedRefusals: number;
  p50: number;
  p95: number;
  p99: number;
  byOperation: Record<string, OperationFigures>;
  claims: { attempted: number; won: number; lost: number };
  sweeps: number;
  reclaimedBySweeps: number;
  samples: string[];
  invariants: InvariantReport;
}

interface Actor {
  user: User;
  token: string;
}

interface Outcome {
  op: string;
  ms: number;
  codes: string[];
  status: number;
}

/** Refusals that are correct answers under concurrent load, per operation. */
const EXPECTED: Record<string, readonly string[]> = {
  createCustomer: ['CONFLICT', 'LIMIT_EXCEEDED'],
  updateCustomer: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN'],
  addContact: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN'],
  logFollowUp: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN'],
  claimCustomer: ['CONFLICT', 'FORBIDDEN', 'LIMIT_EXCEEDED', 'BAD_USER_INPUT', 'NOT_FOUND'],
  releaseCustomer: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'],
  transferCustomer: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'LIMIT_EXCEEDED'],
  customer: ['NOT_FOUND'],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? (() => undefined);
  const companyId = `load${Date.now().toString(36)}`;
  const local: LocalStack = await startLocalStack({ dynamoEndpoint: options.dynamoEndpoint, companyId, testClock: true, quiet: true });
  try {
    return await drive(local, options, log);
  } finally {
    await local.stop();
  }
}

async function drive(local: LocalStack, options: LoadOptions, log: (line: string) => void): Promise<LoadReport> {
  const runtime = local.runtime;
  const clock = runtime.clock as TestClock;
  const settings = await runtime.repos.settings.get();
  const asAdmin = { actor: local.admin, clock, settings, repos: runtime.repos };

  // ---- the company: two departments, managers, reps ----
  const departments = [await createDepartment(asAdmin, { name: '压测一部', kind: 'DEPARTMENT', parentId: 'root' }), await createDepartment(asAdmin, { name: '压测二部', kind: 'DEPARTMENT', parentId: 'root' })];
  const managers: Actor[] = [];
  const reps: Actor[] = [];
  const pool = new Set<string>();
  const repCount = Math.max(4, Math.ceil(options.clients * 0.8));
  for (const [i, department] of departments.entries()) {
    const user = await createUser(asAdmin, { email: `mgr${i}@load.cn`, name: `经理${i}`, role: 'MANAGER', departmentId: department.id, phone: '13900000000' });
    managers.push({ user, token: await local.auth.issue(user.id, user.email) });
  }
  for (let i = 0; i < repCount; i++) {
    const user = await createUser(asAdmin, { email: `rep${i}@load.cn`, name: `业务员${i}`, role: 'REP', departmentId: departments[i % 2]!.id, phone: '13800000000' });
    reps.push({ user, token: await local.auth.issue(user.id, user.email) });
  }
  // A contested pool from the start: claims race from the first second.
  const seeder = reps[0]!.user;
  for (let i = 0; i < Math.min(10, options.clients); i++) {
    const c = await createCustomer({ ...asAdmin, actor: seeder }, { kind: 'COMPANY', name: `压测公海${i}有限公司` });
    await releaseCustomer({ ...asAdmin, actor: seeder }, c.id, '压测：预置公海客户');
    pool.add(c.id);
  }
  log(`load: ${reps.length} reps, ${managers.length} managers, ${options.clients} clients, ${options.durationMs / 1000} s, sweeps every ${options.sweepEveryMs ?? 3000} ms`);

  // ---- what the clients know (ids they have seen), shared like a team's view of the pool ----
  const mine = new Map<string, string[]>();
  const outcomes: Outcome[] = [];
  const samples: string[] = [];
  const claims = { attempted: 0, won: 0, lost: 0 };
  let serial = 0;
  let requests = 0;
  const deadline = Date.now() + options.durationMs;
  const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;
  const running = () => Date.now() < deadline && requests < maxRequests;

  async function gql(op: string, actor: Actor, query: string, variables: Record<string, unknown> = {}) {
    requests++;
    const started = performance.now();
    let status = 0;
    let body: { data?: Record<string, any>; errors?: { extensions?: { code?: string }; message: string }[] } = {};
    try {
      const res = await fetch(local.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` }, body: JSON.stringify({ query, variables }) });
      status = res.status;
      body = (await res.json()) as typeof body;
    } catch (error) {
      body = { errors: [{ message: String(error), extensions: { code: 'TRANSPORT' } }] };
    }
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
    const outcome = { op, ms: performance.now() - started, codes, status };
    outcomes.push(outcome);
    if (isUnexpected(outcome) && samples.length < 10) samples.push(`${op}: HTTP ${status} ${codes.join(',')} ${body.errors?.[0]?.message ?? ''}`);
    return body;
  }

  const remember = (userId: string, id: string) => mine.set(userId, [...(mine.get(userId) ?? []).slice(-30), id]);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
  const forget = (userId: string, id: string) => mine.set(userId, (mine.get(userId) ?? []).filter((x) => x !== id));

  const CUSTOMER_FIELDS = 'id version name code ownerId: owner { id } inPool protection { deadline daysLeft }';

  const actions: [number, (me: Actor) => Promise<void>][] = [
    [14, async (me) => {
      const name = Math.random() < 0.05 && serial > 0 ? `压测客户${Math.floor(Math.random() * serial)}有限公司` : `压测客户${serial++}有限公司`;
      const out = await gql('createCustomer', me, `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ${CUSTOMER_FIELDS} } }`, {
        i: { name, phone: `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, contacts: [{ name: '王经理', mobile: '13912345678' }] },
      });
      if (out.data?.createCustomer) remember(me.user.id, out.data.createCustomer.id);
    }],
    [22, async (me) => {
      const out = await gql('customers', me, `{ customers(first: 20) { edges { node { ${CUSTOMER_FIELDS} contacts { name } } } pageInfo { hasNextPage endCursor } } }`);
      for (const edge of out.data?.customers?.edges ?? []) remember(me.user.id, edge.node.id);
    }],
    [12, async (me) => {
      const id = pick(mine.get(me.user.id) ?? []);
      if (!id) return;
      const out = await gql('customer', me, `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} contacts { id name } ownershipHistory { action at } } }`, { id });
      if (out.errors?.[0]?.extensions?.code === 'NOT_FOUND') forget(me.user.id, id);
    }],
    [6, async (me) => {
      await gql('searchCustomerNames', me, `query($k: String!) { searchCustomerNames(keyword: $k) { customerId name code } }`, { k: `压测客户${Math.floor(Math.random() * Math.max(1, serial / 10))}` });
    }],
    [10, async (me) => {
      const id = pick(mine.get(me.user.id) ?? []);
      if (!id) return;
      const read = await gql('customer', me, `query($id: ID!) { customer(id: $id) { id version } }`, { id });
      const version = read.data?.customer?.version;
      if (version === undefined) {
        forget(me.user.id, id);
        return;
      }
      await gql('updateCustomer', me, `mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id version } }`, { id, i: { industry: `行业${Math.floor(Math.random() * 9)}`, expectedVersion: version } });
    }],
    [10, async (me) => {
      const id = pick(mine.get(me.user.id) ?? []);
      if (!id) return;
      await gql('logFollowUp', me, `mutation($i: LogFollowUpInput!) { logFollowUp(input: $i) { followUp { id } customer { id version } } }`, {
        i: { customerId: id, type: 'CALL', contactName: '王经理', content: '电话沟通了采购计划和预算，约定下周上门演示产品。' },
      });
    }],
    [4, async (me) => {
      const id = pick(mine.get(me.user.id) ?? []);
      if (!id) return;
      await gql('addContact', me, `mutation($id: ID!, $i: ContactInput!) { addContact(customerId: $id, input: $i) { id } }`, { id, i: { name: `联系人${serial}`, mobile: '13712345678' } });
    }],
    [4, async (me) => {
      const id = pick(mine.get(me.user.id) ?? []);
      if (!id) return;
      const out = await gql('releaseCustomer', me, `mutation($id: ID!) { releaseCustomer(customerId: $id, reason: "压测：放弃") { id } }`, { id });
      forget(me.user.id, id);
      if (out.data?.releaseCustomer) pool.add(id);
    }],
    [8, async (me) => {
      const out = await gql('customers', me, `{ customers(first: 20, filter: { inPool: true }) { edges { node { id } } } }`);
      for (const edge of out.data?.customers?.edges ?? []) pool.add(edge.node.id);
    }],
    [10, async (me) => {
      // Several clients go for the same pool customer at once: exactly one may win it.
      const id = pick([...pool]);
      if (!id) return;
      claims.attempted++;
      const out = await gql('claimCustomer', me, `mutation($id: ID!) { claimCustomer(customerId: $id) { id } }`, { id });
      if (out.data?.claimCustomer) {
        claims.won++;
        pool.delete(id);
        remember(me.user.id, id);
      } else claims.lost++;
    }],
  ];
  const managerActions: [number, (me: Actor) => Promise<void>][] = [
    [6, async (me) => void (await gql('customers', me, `{ customers(first: 50) { edges { node { ${CUSTOMER_FIELDS} } } } }`))],
    [2, async (me) => void (await gql('pendingApplications', me, `{ pendingApplications { id customerName } }`))],
    [2, async (me) => {
      const from = pick(reps.filter((r) => r.user.departmentPath === me.user.departmentPath));
      const to = pick(reps.filter((r) => r.user.departmentPath === me.user.departmentPath && r !== from));
      const id = from && pick(mine.get(from.user.id) ?? []);
      if (!from || !to || !id) return;
      const out = await gql('transferCustomer', me, `mutation($id: ID!, $to: ID!) { transferCustomer(customerId: $id, toUserId: $to, reason: "压测：调整") { id } }`, { id, to: to.user.id });
      if (out.data?.transferCustomer) {
        forget(from.user.id, id);
        remember(to.user.id, id);
      }
    }],
  ];

  const weighted = (list: [number, (me: Actor) => Promise<void>][]) => {
    const total = list.reduce((sum, [w]) => sum + w, 0);
    return () => {
      let roll = Math.random() * total;
      for (const [w, action] of list) if ((roll -= w) < 0) return action;
      return list[0]![1];
    };
  };
  const nextRepAction = weighted(actions);
  const nextManagerAction = weighted(managerActions);

  // ---- sweeps on a jumping clock, alongside the clients ----
  let sweeps = 0;
  let reclaimed = 0;
  const sweeper = (async () => {
    while (running()) {
      await new Promise((r) => setTimeout(r, options.sweepEveryMs ?? 3000));
      if (!running()) break;
      clock.advance((options.daysPerSweep ?? 2) * DAY_MS);
      const before = (await runtime.repos.customers.list({ kind: 'POOL', poolId: 'default' }, 1000)).items.length;
      await local.runSweeps();
      sweeps++;
      const after = (await runtime.repos.customers.list({ kind: 'POOL', poolId: 'default' }, 1000)).items.length;
      reclaimed += Math.max(0, after - before);
    }
  })();

  const started = performance.now();
  const clients = Array.from({ length: options.clients }, async (_, i) => {
    const me = i % 10 === 9 ? managers[i % managers.length]! : reps[i % reps.length]!;
    const next = me.user.role === 'MANAGER' ? nextManagerAction : nextRepAction;
    while (running()) await next()(me);
  });
  await Promise.all(clients);
  await sweeper;
  const seconds = (performance.now() - started) / 1000;

  log('load: done; checking invariants over the whole table…');
  const invariants = await checkInvariants(runtime.repos.store);

  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const byOperation: Record<string, OperationFigures> = {};
  for (const op of new Set(outcomes.map((o) => o.op))) {
    const mineOps = outcomes.filter((o) => o.op === op);
    const sorted = mineOps.map((o) => o.ms).sort((a, b) => a - b);
    byOperation[op] = {
      count: mineOps.length,
      expectedRefusals: mineOps.filter((o) => o.codes.length > 0 && !isUnexpected(o)).length,
      unexpected: mineOps.filter(isUnexpected).length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
    };
  }
  const unexpectedErrors = outcomes.filter(isUnexpected).length;
  const retryable = outcomes.filter((o) => !isUnexpected(o) && o.codes.includes('RETRYABLE')).length;
  return {
    seconds: round(seconds),
    requests: outcomes.length,
    throughput: round(outcomes.length / seconds),
    unexpectedErrors,
    retryable,
    errorRate: outcomes.length ? (unexpectedErrors + retryable) / outcomes.length : 0,
    expectedRefusals: outcomes.filter((o) => o.codes.length > 0 && !isUnexpected(o) && !o.codes.includes('RETRYABLE')).length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    byOperation,
    claims,
    sweeps,
    reclaimedBySweeps: reclaimed,
    samples,
    invariants,
  };
}

function isUnexpected(o: Outcome): boolean {
  if (o.status >= 500 || o.status === 0) return true;
  return o.codes.some((code) => code !== 'RETRYABLE' && !(EXPECTED[o.op] ?? []).includes(code));
}

export function formatLoadReport(r: LoadReport): string[] {
  const lines = [
    `[load] ${r.requests} requests in ${r.seconds} s: ${r.throughput} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`,
    `[load] error rate ${(r.errorRate * 100).toFixed(2)} % (unexpected errors: ${r.unexpectedErrors}, RETRYABLE: ${r.retryable}); expected refusals under contention: ${r.expectedRefusals}`,
    `[load] pool claims: ${r.claims.attempted} attempted, ${r.claims.won} won, ${r.claims.lost} refused; sweeps run: ${r.sweeps}, customers reclaimed meanwhile: ${r.reclaimedBySweeps}`,
    ...Object.entries(r.byOperation)
      .sort(([, a], [, b]) => b.count - a.count)
      .map(([op, f]) => `[load]   ${op.padEnd(20)} ${String(f.count).padStart(6)} calls  p50 ${String(f.p50).padStart(6)} ms  p95 ${String(f.p95).padStart(6)} ms  refused ${f.expectedRefusals}  unexpected ${f.unexpected}`),
    `[load] invariant check: ${r.invariants.items} items, ${r.invariants.rules.length} rules, invariant violations: ${r.invariants.violations.length}, warnings: ${r.invariants.warnings.length}`,
    ...r.invariants.violations.slice(0, 10).map((v) => `[load]   VIOLATION ${v.rule} ${v.key}: ${v.detail}`),
    ...r.samples.map((s) => `[load]   unexpected: ${s}`),
  ];
  return lines;
}
