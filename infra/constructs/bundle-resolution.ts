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

/** The same, as NodejsFunction `esbuildArgs` (CLI flags). */
export const BUNDLE_ESBUILD_ARGS = {
  '--conditions': BUNDLE_CONDITIONS.join(','),
  '--resolve-extensions': BUNDLE_RESOLVE_EXTENSIONS.join(','),
};
