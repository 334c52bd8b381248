import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack } from './local-stack';

/** `npm start`: the local CRM at http://localhost:4000/graphql, data under .crm-data/. */
async function main(): Promise<void> {
  const dataDir = process.env.CRM_DATA_DIR ?? '.crm-data';
  const stack = await startLocalStack({
    dataDir,
    port: Number(process.env.PORT ?? 4000),
    companyId: process.env.COMPANY_ID ?? 'local',
    testClock: process.env.CRM_TEST_CLOCK === '1',
    sweepEveryMs: 60_000,
  });
  console.log(`
销售管家 CRM 本地服务已启动 / local CRM is up
  GraphQL:     ${stack.url}
  Console:     ${stack.consoleUrl}  (GraphQL explorer, signed in as the admin)
  Admin:       ${stack.admin.email}
  Admin token: ${stack.adminToken}
  Test clock:  ${stack.runtime.testClock ? 'on (mutation setTestClock)' : 'off (start with CRM_TEST_CLOCK=1)'}

Try:
  curl -s ${stack.url} -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${stack.adminToken}' \\
    -d '{"query":"{ me { name role } health { now } }"}'

Tokens for other users: npm run token -- <email>. Ctrl-C stops everything.`);
  const runningFile = join(dataDir, 'running.json');
  writeFileSync(runningFile, JSON.stringify({ url: stack.url, dynamoEndpoint: stack.dynamoEndpoint }));
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    rmSync(runningFile, { force: true });
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
