// Runs in a fresh `node` (no tsx, no loader): import the built API bundle, serve the first request,
// then optionally more, and print the timings as one JSON line. Plain .mjs because it must not be transpiled.
// With `modules` instead of `bundle`, it only imports those packages (to see what the external AWS SDK costs).
import { pathToFileURL } from 'node:url';

const { bundle, modules, first, more = [], repeat = 0 } = JSON.parse(process.argv[2]);
const bootMs = performance.now();
const print = (report) => process.stdout.write(`${JSON.stringify({ bootMs, ...report, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);

if (modules) {
  for (const name of modules) await import(name);
  print({ importMs: performance.now() - bootMs, firstRequestMs: 0, served: 0 });
} else {
  const { handler } = await import(pathToFileURL(bundle).href);
  const importedAt = performance.now();
  const response = await handler(first, {}, () => undefined);
  const servedAt = performance.now();

  const failure = (r) => (r.statusCode !== 200 || JSON.parse(r.body).errors ? `HTTP ${r.statusCode} ${r.body.slice(0, 300)}` : undefined);
  let error = failure(response);
  for (let i = 0; i < repeat && !error && more.length > 0; i++) error = failure(await handler(more[i % more.length], {}, () => undefined));
  print({ importMs: importedAt - bootMs, firstRequestMs: servedAt - importedAt, error, served: 1 + (error ? 0 : repeat), firstBody: response.body });
}
