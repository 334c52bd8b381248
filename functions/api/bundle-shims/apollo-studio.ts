/**
 * Stands in, in Lambda bundles, for what only Apollo Studio's usage reporting and federated inline
 * tracing use: `@apollo/usage-reporting-protobuf`, `@apollo/utils.usagereporting` and
 * `async-retry` (~140 KB). The server installs both plugins disabled (functions/api/server.ts), so
 * nothing here is reached; if a change enabled either, it fails loudly instead of reporting nothing.
 */
function unavailable(): never {
  throw new Error('Apollo usage reporting and inline tracing are not bundled (functions/api/bundle-shims)');
}

const missing = new Proxy({}, { get: unavailable, construct: unavailable }) as never;

export const Trace = missing;
export const Report = missing;
export const ReportHeader = missing;
export const google = missing;
export const usageReportingSignature = unavailable;
export const calculateReferencedFieldsByType = unavailable;
export default unavailable;
