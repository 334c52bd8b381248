import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { audited } from './audited-handler';
import { buildContext } from './context';
import type { Runtime } from './runtime';
import { createApolloServer } from './server';

/** The API Lambda for a runtime: API Gateway HTTP API (v2) events in, GraphQL responses out. */
export function createApiHandler(runtime: Runtime) {
  const handler = startServerAndCreateLambdaHandler(createApolloServer(runtime), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => buildContext(runtime, event),
  });
  return audited(runtime, handler);
}

export type ApiHandler = ReturnType<typeof createApiHandler>;
