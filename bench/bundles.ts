import { build, type Metafile } from 'esbuild';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_ALIASES, BUNDLE_CHARSET, BUNDLE_CONDITIONS, BUNDLE_RESOLVE_EXTENSIONS } from '../infra/constructs/bundle-resolution';

/** Inside node_modules so the bundles resolve the external @aws-sdk/* packages as Lambda's runtime provides them. */
export const BUILD_DIR = resolve('node_modules/.cache/crm-bench');

export const LAMBDA_ENTRIES = {
  api: 'functions/api/handler.ts',
  expirySweep: 'functions/sweeps/expiry.handler.ts',
  reminderSweep: 'functions/sweeps/reminders.handler.ts',
} as const;

export type LambdaName = keyof typeof LAMBDA_ENTRIES;

export interface BundleSize {
  name: LambdaName;
  entry: string;
  file: string;
  kb: number;
  /** Largest contributors to the minified output: npm package, or `functions` for our code. */
  largest: { source: string; kb: number }[];
}

const TOP = 8;

function sourceOf(path: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1]! : path.split('/')[0]!;
}

function largestSources(metafile: Metafile, outfile: string): BundleSize['largest'] {
  const output = Object.entries(metafile.outputs).find(([path]) => resolve(path) === outfile)?.[1];
  const bytes = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {})) bytes.set(sourceOf(path), (bytes.get(sourceOf(path)) ?? 0) + input.bytesInOutput);
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([source, n]) => ({ source, kb: n / 1024 }));
}

// The same options as infra/constructs/crm-function.ts (CDK NodejsFunction bundling), without the source map.
const REQUIRE_SHIM = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** One Lambda bundle, built as deployed; returns esbuild's metafile. */
export async function bundleLambda(entry: string, outfile: string): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    conditions: BUNDLE_CONDITIONS,
    resolveExtensions: BUNDLE_RESOLVE_EXTENSIONS,
    alias: BUNDLE_ALIASES,
    charset: BUNDLE_CHARSET,
    banner: { js: REQUIRE_SHIM },
    external: ['@aws-sdk/*'],
    logLevel: 'error',
    metafile: true,
  });
  return metafile;
}

export async function buildBundles(): Promise<BundleSize[]> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const sizes: BundleSize[] = [];
  for (const [name, entry] of Object.entries(LAMBDA_ENTRIES) as [LambdaName, string][]) {
    const file = join(BUILD_DIR, `${name}.mjs`);
    const metafile = await bundleLambda(entry, file);
    sizes.push({ name, entry, file, kb: statSync(file).size / 1024, largest: largestSources(metafile, file) });
  }
  return sizes;
}
