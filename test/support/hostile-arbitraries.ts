import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/**
 * fast-check arbitraries for any GraphQL argument, built from the schema: every mutation gets
 * hostile input without anyone writing a generator for it. Values are mostly plausible (so the
 * write paths run), often hostile (Unicode, full-width, control characters, huge, boundary
 * numbers and dates) and sometimes of the wrong type.
 */

const HOSTILE_SAMPLES = [
  '',
  ' ',
  '\u3000',
  '１３８１２３４５６７８',
  'ＡＢＣ（中国）有限公司',
  '靖江市春意空调有限公司',
  "'; DROP TABLE customers; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '../../etc/passwd',
  'CUST#x',
  '#PROFILE',
  'UNIQUE#CUSTNAME#x',
  'a\u0000b',
  '\u202eevil\u202c',
  '\ufeff\u200b\u200d',
  'line\nbreak\r\n',
  '🏢🏭👨‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\ud800',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '{"$ne":null}',
  '-1',
  '0',
  'a'.repeat(61),
  '中'.repeat(201),
  '𠀀'.repeat(41),
] as const;

const CONTROL = fc.constantFrom('\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u200b', '\u202e');

const huge = fc
  .tuple(fc.constantFrom('x', '中', '𠀀', '１', '\u0000'), fc.integer({ min: 1_000, max: 120_000 }))
  .map(([unit, n]) => unit.repeat(n));

const mixed = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), CONTROL, fc.constantFrom('公司', '有限', 'ＡＢ', '１２')), { maxLength: 8 })
  .map((parts) => parts.join(''));

let serial = 0;
/** Plausible text, unique per draw so creates do not all collide on one name. */
const plausibleText = fc
  .tuple(fc.constantFrom('苏州', '靖江市', 'ＡＢＣ', '测试 ', '　北京 ', 'Acme '), fc.string({ unit: 'grapheme-composite', minLength: 0, maxLength: 8 }))
  .map(([head, tail]) => `${head}${tail}${(serial++).toString(36)}有限公司`);

const phoneLike = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `138${String(n).padStart(8, '0')}`),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `+86 139-${String(n).padStart(8, '0').slice(0, 4)}-${String(n).padStart(8, '0').slice(4)}`),
  fc.constant('１３９１２３４５６７８'),
  fc.constant('0523-12345678'),
  fc.constant('12345'),
  fc.constant('138123456789012345'),
);
const emailLike = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }).map((n) => `u${n}@example.cn`),
  fc.constant('ＵＳＥＲ@ＥＸＡＭＰＬＥ.ＣＮ'),
  fc.constant('no-at-sign'),
  fc.constant(`${'a'.repeat(250)}@x.cn`),
);

function plausibleString(fieldName: string): fc.Arbitrary<string> {
  const hint = fieldName.toLowerCase();
  return /phone|mobile/.test(hint) ? phoneLike : /email/.test(hint) ? emailLike : /qq/.test(hint) ? fc.integer({ min: 10000, max: 1e11 }).map(String) : plausibleText;
}

export function hostileString(fieldName = ''): fc.Arbitrary<string> {
  const plausible = plausibleString(fieldName);
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: mixed },
    { weight: 1, arbitrary: huge },
  );
}

const INT_BOUNDARIES = [0, 1, -1, 2, 3, 5, 7, 15, 30, 31, 100, 2 ** 31 - 1, -(2 ** 31)];

const dateTime = fc.oneof(
  fc.constantFrom(
    '2026-03-02T01:00:00.000Z',
    '2026-03-10T09:00:00+08:00',
    '1970-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '2024-02-29T12:00:00+08:00',
    '2026-02-29T12:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-02',
    'tomorrow',
    '',
  ),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);

const calendarDate = fc.oneof(
  fc.constantFrom('2026-03-02', '1900-01-31', '2024-02-29', '2026-02-29', '2026-02-30', '0000-00-00', '9999-12-31', '2026/03/02', '20260302', ''),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const decimal = fc.oneof(
  fc.constantFrom('0', '0.01', '-0.0001', '12345.60', '999999999999999.9999', '1e5', ' 1', '1,000', 'NaN', 'Infinity', '-', ''),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((n) => n.toFixed(2)),
);

/** Values of the wrong GraphQL type; coercion must refuse them with BAD_USER_INPUT. */
const wrongType = fc.constantFrom<unknown>(42, -1.5, 2 ** 53, 'not-the-type', true, {}, [], [1, 'x'], { nested: { deep: true } });

export interface ArgumentPools {
  /** Ids of existing records of a kind ('customer', 'user', … or 'any'), read at draw time so new records join. */
  ids: (kind: string) => readonly string[];
  /** The kinds known so far (learned from responses). */
  kinds: () => readonly string[];
}

const KIND_ALIASES: Record<string, string> = { owner: 'user', touser: 'user', fromuser: 'user', assignee: 'user', author: 'user', applicant: 'user', parent: 'department', duplicate: 'customer', survivor: 'customer' };

/** Which kind of record an id argument or field names: `customerId` → customer, `toUserId` → user, `id` of `updateTask` → task. */
export function idKind(fieldName: string, known: readonly string[], opName = ''): string {
  const base = fieldName.replace(/Ids?$/, '').toLowerCase();
  if (base && base !== fieldName.toLowerCase()) return KIND_ALIASES[base] ?? known.find((k) => base === k) ?? known.find((k) => base.endsWith(k)) ?? base;
  if (fieldName === 'id') {
    const op = opName.toLowerCase();
    return [...known].sort((a, b) => b.length - a.length).find((k) => op.includes(k)) ?? 'any';
  }
  return KIND_ALIASES[base] ?? base.replace(/s$/, '');
}

/** `plausible`: right types and mostly valid values, so the write paths run; `hostile`: anything goes. */
type Mode = 'plausible' | 'hostile';

const knownId = (pools: ArgumentPools, fieldName: string, opName: string) =>
  fc.tuple(fc.nat(), fc.nat({ max: 9 })).map(([n, dice]) => {
    const kind = idKind(fieldName, pools.kinds(), opName);
    const ofKind = pools.ids(kind);
    const candidates = ofKind.length > 0 && dice > 0 ? ofKind : pools.ids('any');
    return candidates[n % Math.max(1, candidates.length)] ?? 'missing';
  });

/** The operation whose arbitraries are being built (so `id` arguments can guess their kind from it). */
let currentOp = '';

function scalarArbitrary(name: string, fieldName: string, pools: ArgumentPools, mode: Mode): fc.Arbitrary<unknown> {
  if (mode === 'plausible') {
    switch (name) {
      case 'String':
        return plausibleString(fieldName);
      case 'ID':
        return knownId(pools, fieldName, currentOp);
      case 'Int':
        return fc.constantFrom(0, 1, 2, 3, 5, 7, 15, 30);
      case 'Boolean':
        return fc.boolean();
      case 'Float':
        return fc.double({ min: 0, max: 1e6, noNaN: true });
    }
  }
  switch (name) {
    case 'String':
      return hostileString(fieldName);
    case 'ID':
      return fc.oneof(
        { weight: 6, arbitrary: knownId(pools, fieldName, currentOp) },
        { weight: 2, arbitrary: hostileString(fieldName) },
        { weight: 1, arbitrary: fc.constantFrom('root', '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'x'.repeat(3000)) },
      );
    case 'Int':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INT_BOUNDARIES) }, { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) }, { weight: 1, arbitrary: fc.constantFrom(2 ** 31, 1.5, '3') });
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e-308));
    case 'Boolean':
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1) });
    case 'DateTime':
      return dateTime;
    case 'Date':
      return calendarDate;
    case 'Decimal':
      return decimal;
    case 'Cursor':
      return fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('eyJrIjp7fX0.AAAA', 'a.b', '.', 'x'.repeat(2049)));
    default:
      return hostileString(fieldName);
  }
}

function typeArbitrary(type: GraphQLInputType, fieldName: string, pools: ArgumentPools, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typeArbitrary(type.ofType, fieldName, pools, depth, mode);
  if (isListType(type)) {
    const inner = typeArbitrary(type.ofType, fieldName, pools, depth + 1, mode);
    if (mode === 'plausible') return fc.array(inner, { maxLength: 3 });
    return fc.oneof({ weight: 6, arbitrary: fc.array(inner, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(inner, { minLength: 11, maxLength: 40 }) });
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = fc.constantFrom(...named.getValues().map((v) => v.name));
    return mode === 'plausible' ? values : fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'admin', '') });
  }
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(named.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.name] = valueArbitrary(field, pools, mode, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.record(model, { requiredKeys: required });
  }
  if (isScalarType(named)) return scalarArbitrary(named.name, fieldName, pools, mode);
  return fc.constant(null);
}

/** A value for one argument or input field: usually right-typed, sometimes null, sometimes the wrong type. */
function valueArbitrary(field: GraphQLArgument | GraphQLInputField, pools: ArgumentPools, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  const proper = typeArbitrary(field.type, field.name, pools, depth, mode);
  if (mode === 'plausible') return proper;
  return fc.oneof({ weight: 14, arbitrary: proper }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongType });
}

function argumentsIn(field: GraphQLField<unknown, unknown>, pools: ArgumentPools, mode: Mode): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) model[arg.name] = valueArbitrary(arg, pools, mode);
  return fc.record(model, { requiredKeys: field.args.map((a) => a.name) });
}

/** Variables for every argument of a root field (the document declares each argument as a variable). */
export function argumentsArbitrary(field: GraphQLField<unknown, unknown>, pools: ArgumentPools): fc.Arbitrary<Record<string, unknown>> {
  currentOp = field.name;
  return fc.oneof(argumentsIn(field, pools, 'plausible'), argumentsIn(field, pools, 'hostile'));
}
