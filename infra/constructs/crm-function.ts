import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/commons/env';
import { BUNDLE_ESBUILD_ARGS } from './bundle-resolution';

export type TableAccess = 'read-write' | 'read-only';

export interface CrmFunctionProps {
  readonly companyId: string;
  /** Short kebab-case role name, e.g. `api`; the function is named `crm-<companyId>-<name>`. */
  readonly name: string;
  /** Absolute path of the TypeScript file exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly table: ITableV2;
  readonly tableAccess: TableAccess;
  readonly environment?: Record<string, string>;
}

// CommonJS dependencies bundled into ESM still call require() (e.g. for Node built-ins); ESM has no require, so the banner defines one.
const REQUIRE_SHIM = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Every Lambda of the stack: one place for runtime, bundling, logging, tracing and table grants. */
export class CrmFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: CrmFunctionProps) {
    super(scope, id);
    const functionName = `crm-${props.companyId}-${props.name}`;

    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${functionName}`,
      retention: RetentionDays.ONE_MONTH,
    });

    this.fn = new NodejsFunction(this, 'Function', {
      functionName,
      description: props.description,
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        [ENV.tableName]: props.table.tableName,
        [ENV.companyId]: props.companyId,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: REQUIRE_SHIM,
        minify: true,
        sourceMap: true,
        // The Node 22 runtime ships AWS SDK v3; bundling it would only grow cold starts.
        externalModules: ['@aws-sdk/*'],
        esbuildArgs: BUNDLE_ESBUILD_ARGS,
        forceDockerBundling: false,
      },
    });

    if (props.tableAccess === 'read-write') props.table.grantReadWriteData(this.fn);
    else props.table.grantReadData(this.fn);
  }
}
