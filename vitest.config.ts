import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for the whole test process, as under Node and in the bundles: Vite would give our
    // sources graphql's `module` build while the dependencies Node loads (Apollo, graphql-tools) get
    // its `main` one, and a schema built by one is refused by the other ("from another realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
