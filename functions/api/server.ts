import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
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

export function createApolloServer(runtime: Runtime): ApolloServer<ApiContext> {
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    introspection: runtime.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(runtime.locale),
    plugins: [...protection.plugins],
    validationRules: [...protection.validationRules],
  });
}
