import { fileURLToPath } from 'node:url';

/**
 * How every Lambda bundle resolves packages; shared by the CDK construct and `npm run bench` so
 * the bench measures what is deployed.
 *
 * Dual ESM/CommonJS packages would otherwise be bundled twice: @as-integrations/aws-lambda
 * `require`s @apollo/server (Apollo and its usage-reporting protobuf again, ~400 KB), and
 * graphql-armor imports graphql's `.js` files next to the `.mjs` ones. The `import` condition and
 * `.mjs` first make every importer get the ESM copy; esbuild wraps it for `require` callers.
 */
export const BUNDLE_CONDITIONS = ['import'];
export const BUNDLE_RESOLVE_EXTENSIONS = ['.mjs', '.tsx', '.ts', '.jsx', '.js', '.css', '.json'];

/** Chinese texts as UTF-8 (3 bytes a character) instead of `\uXXXX` escapes (6 bytes). */
export const BUNDLE_CHARSET = 'utf8';

const shim = (file: string): string => fileURLToPath(new URL(`../../functions/api/bundle-shims/${file}`, import.meta.url));

/** Packages replaced in bundles; each shim says why it is safe. */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@apollo/utils.createhash': shim('create-hash.ts'),
  '@apollo/usage-reporting-protobuf': shim('apollo-studio.ts'),
  '@apollo/utils.usagereporting': shim('apollo-studio.ts'),
  'async-retry': shim('apollo-studio.ts'),
  '@graphql-tools/merge': shim('graphql-tools-merge.ts'),
};

/**
 * The same, as NodejsFunction `esbuildArgs` (CLI flags). The charset goes here too: this
 * aws-cdk-lib accepts a `charset` bundling option but never passes it to esbuild.
 */
export const BUNDLE_ESBUILD_ARGS: Record<string, string> = {
  '--conditions': BUNDLE_CONDITIONS.join(','),
  '--resolve-extensions': BUNDLE_RESOLVE_EXTENSIONS.join(','),
  '--charset': BUNDLE_CHARSET,
  ...Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([name, path]) => [`--alias:${name}`, path])),
};
