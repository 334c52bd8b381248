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

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const scalarResolvers = {
  DateTime: stringScalar('DateTime', 'ISO-8601 instant', (s) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), (s) => new Date(s).toISOString()),
  Date: stringScalar('Date', 'Calendar date', (s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
  Decimal: stringScalar('Decimal', 'Exact decimal amount', (s) => /^-?\d{1,15}(\.\d{1,4})?$/.test(s)),
  Cursor: stringScalar('Cursor', 'Opaque page cursor', (s) => s.length > 0 && s.length <= 2048),
};
