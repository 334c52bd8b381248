import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDynamoDbLocal } from './dynamodb-local';
import { LocalAuth } from './local-auth';
import { createStore } from '../store/client';
import { createRepositories } from '../store/repositories';
import { tableNameFor } from '../store/table';

/** `npm run token -- <email>`: a dev token for any user of the local CRM (reads .crm-data/). */
async function main(): Promise<void> {
  const email = process.argv[2]?.trim().toLowerCase();
  const dataDir = process.env.CRM_DATA_DIR ?? '.crm-data';
  const companyId = process.env.COMPANY_ID ?? 'local';
  if (!email) throw new Error('Usage: npm run token -- <email>');
  const secretsFile = join(dataDir, 'secrets.json');
  if (!existsSync(secretsFile)) throw new Error('No local CRM data yet: run `npm start` once first.');
  const { jwtSecret } = JSON.parse(readFileSync(secretsFile, 'utf8')) as { jwtSecret: string };
  // While `npm start` runs, it owns DynamoDB Local's files: talk to its endpoint instead of opening them again.
  const runningFile = join(dataDir, 'running.json');
  const running = existsSync(runningFile) ? (JSON.parse(readFileSync(runningFile, 'utf8')) as { dynamoEndpoint: string }).dynamoEndpoint : undefined;
  const dynamo = running ? undefined : await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
  try {
    const repos = createRepositories(createStore({ tableName: tableNameFor(companyId), endpoint: running ?? dynamo!.endpoint }));
    const user = (await repos.users.listByPath(undefined)).find((u) => u.email === email);
    if (!user) throw new Error(`No user with e-mail ${email}`);
    console.log(await new LocalAuth(jwtSecret, companyId).issue(user.id, user.email));
  } finally {
    await dynamo?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
