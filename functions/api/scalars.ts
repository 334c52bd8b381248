import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function stringScalar(name: string, description: string, isValid: (s: string) => boolean, normalize: (s: string) => string = (s) => s) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !isValid(value)) {
      throw new GraphQLError(`${name} 格式不正确：${String(value).slice(0, 40)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return normalize(value);
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

/**
 * Ids are ULIDs, Cognito subs or short names ('root'); bounding them at the edge keeps a hostile id
 * from reaching DynamoDB as an oversized key (a ValidationException, i.e. a 500, instead of a clear error).
 */
const MAX_ID_LENGTH = 128;
const idScalar = new GraphQLScalarType({
  name: 'ID',
  description: 'Record id (at most 128 characters, no control characters)',
  serialize: (value) => String(value),
  parseValue: (value) => parseId(typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  parseLiteral: (ast: ValueNode) => parseId(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});

function parseId(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new GraphQLError(`ID 格式不正确：${String(value).slice(0, 40)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const scalarResolvers = {
  ID: idScalar,
  DateTime: stringScalar('DateTime', 'ISO-8601 instant', (s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), (s) => new Date(s).toISOString()),
  Date: stringScalar('Date', 'Calendar date', (s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
  Decimal: stringScalar('Decimal', 'Exact decimal amount', (s) => /^-?\d{1,15}(\.\d{1,4})?$/.test(s)),
  Cursor: stringScalar('Cursor', 'Opaque page cursor', (s) => s.length > 0 && s.length <= 2048),
};
