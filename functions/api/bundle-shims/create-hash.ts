import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

/**
 * Stands in for `@apollo/utils.createhash` in Lambda bundles. That package reaches Node's crypto
 * through `module.require`, which esbuild's CommonJS wrapper does not have, so once bundled it
 * hashed every query with the pure-JavaScript sha.js (and carried it, ~27 KB with its polyfills).
 */
export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
