import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recordDynamoCall } from './instrumentation';

export interface Store {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export interface StoreOptions {
  tableName: string;
  /** DynamoDB Local's URL; absent in AWS. */
  endpoint?: string;
  region?: string;
}

/** One document client per table; every command asks for consumed capacity so the bench can report it. */
export function createStore(options: StoreOptions): Store {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region ?? process.env.AWS_REGION ?? 'cn-north-1',
    maxAttempts: 5,
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const started = performance.now();
      const result = await next(args);
      recordDynamoCall(context.commandName ?? 'unknown', performance.now() - started, (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
      return result;
    },
    { step: 'initialize', name: 'crmConsumedCapacity' },
  );
  return { doc, tableName: options.tableName };
}
