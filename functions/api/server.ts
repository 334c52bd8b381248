import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import type { ApiContext } from './context';
import { createErrorFormatter } from './errors';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';
import type { Runtime } from './runtime';

const MAX_TOKENS = 2000;

/** Query-amplification limits: depth, aliases, directives, tokens and cost. */
const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  // Tokens are limited by graphql-js's own parser (parseOptions below): armor's plugin throws while
  // parsing, which Apollo answers with HTTP 500 instead of 400.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 5000 },
  blockFieldSuggestion: { enabled: true },
});

/**
 * Part of every cold start, so built the quick way: the SDL is codegen's already merged output of a
 * validated schema, so it is parsed without locations and built without re-checking the SDL
 * (graphql-js still validates the schema before the first execution), and the resolvers are set in
 * place instead of on a copy. ~40 ms here where makeExecutableSchema took ~115 ms.
 */
function executableSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true });
  return addResolversToSchema({ schema, resolvers, updateResolversInPlace: true });
}

export function createApolloServer(runtime: Runtime): ApolloServer<ApiContext> {
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    schema: executableSchema(),
    introspection: runtime.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(runtime.locale),
    // No Apollo Studio: the Lambda bundle replaces its protobuf with a shim (functions/api/bundle-shims).
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled(), ...protection.plugins],
    validationRules: [...protection.validationRules],
  });
}
