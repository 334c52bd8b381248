import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../functions/api/generated/type-defs';

/** The schema the API serves, built from the generated SDL (so new modules show up here by themselves). */
export const apiSchema: GraphQLSchema = buildSchema(typeDefs);

export type RootKind = 'Query' | 'Mutation';

export interface Operation {
  kind: RootKind;
  name: string;
  /** `Query.customer`, `Mutation.createCustomer`. */
  id: string;
  field: GraphQLField<unknown, unknown>;
}

export function allOperations(schema: GraphQLSchema = apiSchema): Operation[] {
  const roots: [RootKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, id: `${kind}.${field.name}`, field })),
  );
}

export function operation(id: string): Operation {
  const found = allOperations().find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id} in the schema`);
  return found;
}

/**
 * A selection set with every field reachable without arguments, down to `depth` object levels:
 * the widest view a client can ask for, so a leak in any nested field shows up.
 */
export function fullSelection(type: GraphQLNamedType, depth = 3): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type)) {
    if (depth <= 0) return '{ __typename }';
    return `{ __typename ${type.getTypes().map((t) => `... on ${t.name} ${fullSelection(t, depth - 1)}`).join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth > 0) {
      const inner = fullSelection(named, depth - 1);
      if (inner && inner !== '{  }') parts.push(`${field.name} ${inner}`);
    }
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

/** `query($id: ID!) { customer(id: $id) { …every field… } }` for any root field. */
export function documentFor(op: Operation, depth = 3): string {
  const variables = op.field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = op.field.args.map((a) => `${a.name}: $${a.name}`);
  const selection = fullSelection(getNamedType(op.field.type), depth);
  const head = op.kind === 'Query' ? 'query' : 'mutation';
  return `${head}${variables.length ? `(${variables.join(', ')})` : ''} { ${op.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
}

/** Does an input type (or anything nested in it) have a field with this name? */
export function inputHasField(type: GraphQLInputType, fieldName: string, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => f.name === fieldName || inputHasField(f.type, fieldName, seen));
}

export function unwrapNonNull(type: GraphQLInputType): { type: GraphQLInputType; required: boolean } {
  return isNonNullType(type) ? { type: type.ofType, required: true } : { type, required: false };
}

export { isListType };
