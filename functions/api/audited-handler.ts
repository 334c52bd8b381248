import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { runAudited } from '../domain/audit/audit-scope';
import { claimsOf } from './context';
import type { Runtime } from './runtime';

/**
 * Runs one API request inside an audit scope: every write it causes is recorded with the caller
 * (the JWT subject API Gateway verified) and the GraphQL operation it came through.
 */
export function audited<H extends (event: APIGatewayProxyEventV2, ...rest: never[]) => unknown>(runtime: Runtime, handler: H): H {
  runtime.repos.audit.useClock(runtime.clock);
  return ((event: APIGatewayProxyEventV2, ...rest: never[]) => {
    const sub = claimsOf(event)?.sub;
    return runAudited({ actorId: typeof sub === 'string' ? sub : 'anonymous', source: 'api', clock: runtime.clock, operation: () => operationOf(event.body) }, () => handler(event, ...rest));
  }) as H;
}

/** `mutation createCustomer` (root fields of the operation), or undefined for an unparsable body. */
export function operationOf(body: string | undefined): string | undefined {
  try {
    const { query, operationName } = JSON.parse(body ?? '{}') as { query?: string; operationName?: string };
    if (!query) return undefined;
    const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operations.find((o) => o.name?.value === operationName) ?? operations[0];
    if (!operation) return undefined;
    const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    return `${operation.operation} ${fields.join(',')}`.slice(0, 200);
  } catch {
    return undefined;
  }
}
