import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isNonNullType } from 'graphql';
import { MAX_BODY_BYTES } from '../../functions/local/http-adapter';
import { buildCustomer, buildOrg, type Org } from '../support/builders';
import { startLocalHttpStack, type LocalHttpStack } from '../support/local-http';
import { allOperations, apiSchema, fullSelection } from '../support/schema-walk';

/**
 * Query amplification and transport abuse, over HTTP: depth, aliases, directives, tokens, cost,
 * batching, body size, malformed bodies; and page cursors that were edited, forged or replayed.
 */

let http: LocalHttpStack;
let org: Org;
const figures = { attacks: 0, cursorsTampered: 0 };

beforeAll(async () => {
  http = await startLocalHttpStack();
  org = await buildOrg(http.stack);
  for (let i = 0; i < 3; i++) await buildCustomer(http.stack, org.rep);
  for (let i = 0; i < 3; i++) await buildCustomer(http.stack, org.otherRep);
}, 120_000);

afterAll(async () => {
  console.log(`[query-limits] amplification/transport attacks refused: ${figures.attacks}, tampered cursors refused: ${figures.cursorsTampered}`);
  await http?.stop();
});

const as = (user: () => Org[keyof Org]) => ({ kind: 'user' as const, user: user() as never });

async function expectRefused(query: string, pattern: RegExp) {
  const res = await http.post(as(() => org.admin), query);
  figures.attacks++;
  expect(res.status).toBeLessThan(500);
  expect(res.data).toBeUndefined();
  expect(res.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
  expect(res.errors?.map((e) => e.message).join(' | ')).toMatch(pattern);
}

describe('query amplification limits (graphql-armor)', () => {
  it('refuses queries nested deeper than 8 levels', async () => {
    const nested = Array.from({ length: 10 }, (_, i) => `f${i} {`).join(' ') + ' id' + ' }'.repeat(10);
    await expectRefused(`{ me { ${nested} } }`, /depth/i);
  });

  it('refuses more than 15 aliases', async () => {
    await expectRefused(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`, /alias/i);
  });

  it('refuses more than 10 directives', async () => {
    await expectRefused(`{ health { ok ${'@include(if: true) '.repeat(11)} } }`, /directive/i);
  });

  it('refuses documents of more than 2000 tokens', async () => {
    await expectRefused(`{ health { ${'ok '.repeat(2100)} } }`, /token/i);
  });

  it('refuses expensive queries within the alias and depth limits', async () => {
    const wide = fullSelection(apiSchema.getType('Customer')!, 1);
    const aliases = Array.from({ length: 5 }, (_, i) => `c${i}: customers(first: 100) { edges { node ${wide} } }`).join(' ');
    await expectRefused(`{ ${aliases} }`, /cost/i);
  });

  it('answers a normal, rich query (the limits leave room for real clients)', async () => {
    const res = await http.post(as(() => org.admin), `{ me { id name department { id } } customers(first: 20) { edges { node { id name owner { name } contacts { name } } } } }`);
    expect(res.errors).toBeUndefined();
    expect((res.data?.customers as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
  });
});

describe('transport limits', () => {
  it('refuses batched requests (an array of operations)', async () => {
    const token = await http.tokenFor(as(() => org.admin));
    const res = await http.postRaw(JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ health { ok } }' }))), token);
    figures.attacks++;
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.raw).not.toContain('"ok":true');
  });

  it(`refuses bodies over ${MAX_BODY_BYTES / 1024} KB with 413 before any work`, async () => {
    const token = await http.tokenFor(as(() => org.admin));
    const res = await http.postRaw(JSON.stringify({ query: `{ health { ok } } #${'x'.repeat(MAX_BODY_BYTES)}` }), token);
    figures.attacks++;
    expect(res.status).toBe(413);
  });

  it('refuses malformed JSON and non-JSON bodies with a client error', async () => {
    const token = await http.tokenFor(as(() => org.admin));
    for (const [body, type] of [
      ['{"query": "{ health { ok } }"', 'application/json'],
      ['\u0000\u0001\u0002', 'application/json'],
      ['query={health{ok}}', 'text/plain'],
      ['{"query": 42}', 'application/json'],
      ['{"query": "{ health { ok } }", "variables": "not-an-object"}', 'application/json'],
    ] as const) {
      const res = await http.postRaw(body, token, type);
      figures.attacks++;
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status, body).toBeLessThan(500);
    }
  });
});

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function tamperings(cursor: string): string[] {
  const [body = '', signature = ''] = cursor.split('.');
  const decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k: Record<string, unknown>; s: string };
  const forge = (change: (d: typeof decoded) => void) => {
    const copy = structuredClone(decoded);
    change(copy);
    return `${Buffer.from(JSON.stringify(copy)).toString('base64url')}.${signature}`;
  };
  const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
  return [
    `${body}.${flipped}`,
    forge((d) => (d.k = { ...d.k, PK: 'CUST#00000000000000000000000000' })),
    forge((d) => (d.s = d.s.replace(/^[^|]*/, org.admin.id))),
    body,
    `${body}.`,
    '.',
    'not-a-cursor',
  ];
}

describe('page cursors', () => {
  const first2 = `query($after: Cursor, $filter: CustomerFilter) { customers(first: 2, after: $after, filter: $filter) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

  it('refuses edited, forged and truncated cursors', async () => {
    const page = (await http.post<{ customers: Page }>(as(() => org.rep), first2)).data!.customers;
    expect(page.pageInfo.hasNextPage).toBe(true);
    for (const cursor of [page.pageInfo.endCursor!, page.edges[0]!.cursor]) {
      for (const bad of tamperings(cursor)) {
        const res = await http.post(as(() => org.rep), first2, { after: bad });
        figures.cursorsTampered++;
        expect(res.errors?.[0]?.extensions?.code, bad).toBe('BAD_USER_INPUT');
        expect(res.data).toBeUndefined();
      }
    }
  });

  it('refuses a cursor replayed by another user or on another list', async () => {
    const page = (await http.post<{ customers: Page }>(as(() => org.rep), first2)).data!.customers;
    const cursor = page.pageInfo.endCursor!;
    for (const [who, filter] of [
      [org.otherRep, undefined],
      [org.admin, undefined],
      [org.rep, { inPool: true }],
      [org.rep, { ownerId: org.rep.id }],
    ] as const) {
      const res = await http.post(as(() => who), first2, { after: cursor, filter });
      figures.cursorsTampered++;
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.raw).not.toMatch(/"node"/);
    }
  });

  it('refuses garbage cursors on every paginated query in the schema', async () => {
    const paginated = allOperations().filter((o) => o.kind === 'Query' && o.field.args.some((a) => a.name === 'after'));
    expect(paginated.length).toBeGreaterThan(0);
    const someCustomer = (await http.post<{ customers: Page }>(as(() => org.rep), first2)).data!.customers.edges[0]!.node.id;
    for (const op of paginated) {
      const required = op.field.args.filter((a) => isNonNullType(a.type));
      const declared = [...required, op.field.args.find((a) => a.name === 'after')!].map((a) => `$${a.name}: ${a.type.toString()}`);
      const passed = [...required.map((a) => `${a.name}: $${a.name}`), 'after: $after'];
      const query = `query(${declared.join(', ')}) { ${op.name}(${passed.join(', ')}) ${fullSelection(getNamedType(op.field.type), 1)} }`;
      const vars: Record<string, unknown> = { after: 'eyJrIjp7IlBLIjoiWCJ9LCJzIjoiLSJ9.forged' };
      for (const a of required) vars[a.name] = /customer/i.test(a.name) ? someCustomer : a.name === 'month' ? '2026-03' : org.rep.id;
      const res = await http.post(as(() => org.admin), query, vars);
      figures.cursorsTampered++;
      expect(res.errors?.map((e) => e.extensions?.code), `${op.id}: ${JSON.stringify(res.errors)}`).toContain('BAD_USER_INPUT');
    }
  });
});
