import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableCompanies, loadCompanySettingsOrThrow, type CompanySettings as CompanyFile } from '../../infra/company-settings';
import { DEFAULT_SETTINGS } from '../domain/settings/settings.types';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { createStore } from '../store/client';
import { createRepositories, type Repositories } from '../store/repositories';
import { ensureTable } from '../store/table-bootstrap';
import { tableNameFor } from '../store/table';
import { CognitoDirectory, findUserPoolIdOrThrow, localDirectory, type UserDirectory } from './user-directory';

/** Where a command acts: the local stack, or one company's deployed stack. */
export interface CrmTarget {
  kind: 'local' | 'aws';
  companyId: string;
  repos: Repositories;
  directory: UserDirectory;
  company?: CompanyFile;
  /** Stops what was started for this command (DynamoDB Local when `npm start` is not running). */
  close(): Promise<void>;
}

export interface TargetOptions {
  aws: boolean;
  companyId?: string;
  region?: string;
  userPoolId?: string;
}

const TARGET_FLAGS = new Set(['--local', '--aws']);
const TARGET_VALUES = new Set(['--company', '--region', '--user-pool-id']);

/** Splits the target options off a command line; the rest is the command. */
export function takeTargetOptions(argv: string[]): { target: TargetOptions; rest: string[] } {
  const target: TargetOptions = { aws: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (TARGET_FLAGS.has(flag)) target.aws = flag === '--aws';
    else if (TARGET_VALUES.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      if (flag === '--company') target.companyId = value;
      if (flag === '--region') target.region = value;
      if (flag === '--user-pool-id') target.userPoolId = value;
    } else rest.push(arg);
  }
  return { target, rest };
}

function companyFileOf(companyId: string): CompanyFile | undefined {
  return availableCompanies().includes(companyId) ? loadCompanySettingsOrThrow(companyId) : undefined;
}

/** The local stack's table: through `npm start`'s DynamoDB Local when it runs (it owns the files), else opened here. */
export async function openLocalTarget(companyId: string, dataDir = process.env.CRM_DATA_DIR ?? '.crm-data'): Promise<CrmTarget> {
  const runningFile = join(dataDir, 'running.json');
  const running = existsSync(runningFile) ? (JSON.parse(readFileSync(runningFile, 'utf8')) as { dynamoEndpoint?: string }).dynamoEndpoint : undefined;
  const dynamo = running ? undefined : await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
  const endpoint = running ?? dynamo!.endpoint;
  const tableName = tableNameFor(companyId);
  await ensureTable(endpoint, tableName);
  return {
    kind: 'local',
    companyId,
    repos: createRepositories(createStore({ tableName, endpoint }), DEFAULT_SETTINGS),
    directory: localDirectory,
    company: companyFileOf(companyId),
    close: async () => dynamo?.stop(),
  };
}

/** A deployed company: its table `crm-<id>` and its Cognito pool, with the caller's AWS credentials. */
export async function openAwsTarget(options: TargetOptions): Promise<CrmTarget> {
  if (!options.companyId) throw new Error('--aws needs --company <id> (one of infra/companies/*.json)');
  const company = loadCompanySettingsOrThrow(options.companyId);
  const region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!region) throw new Error('Which AWS region? Pass --region or set AWS_REGION');
  const cognito = new CognitoIdentityProviderClient({ region });
  const userPoolId = options.userPoolId ?? (await findUserPoolIdOrThrow(cognito, company.companyId));
  const settings = { ...DEFAULT_SETTINGS, locale: company.locale, timeZone: company.timeZone };
  return {
    kind: 'aws',
    companyId: company.companyId,
    repos: createRepositories(createStore({ tableName: tableNameFor(company.companyId), region }), settings),
    directory: new CognitoDirectory(cognito, userPoolId),
    company,
    close: async () => cognito.destroy(),
  };
}

export function openTarget(options: TargetOptions): Promise<CrmTarget> {
  return options.aws ? openAwsTarget(options) : openLocalTarget(options.companyId ?? process.env.COMPANY_ID ?? 'local');
}
