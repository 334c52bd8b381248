/**
 * Stands in for `@graphql-tools/merge` in Lambda bundles (~25 KB with the utilities only it uses).
 * Only makeExecutableSchema uses it, and the API never calls that: it hands Apollo a schema it
 * built itself (functions/api/server.ts). If a change made Apollo build one, it fails loudly.
 */
function unavailable(): never {
  throw new Error('@graphql-tools/merge is not bundled: pass Apollo a built schema (functions/api/bundle-shims)');
}

export const mergeTypeDefs = unavailable;
export const mergeResolvers = unavailable;
export const applyExtensions = unavailable;
