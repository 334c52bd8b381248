import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { batchGet } from '../../functions/store/bulk';
import { createStore } from '../../functions/store/client';

// DynamoDB Local never leaves keys unprocessed, so that answer is played by the SDK mock.
const dynamo = mockClient(DynamoDBDocumentClient);
const store = createStore({ tableName: 'crm-batch-test', endpoint: 'http://127.0.0.1:1' });
const key = (n: number) => ({ PK: `USER#${n}`, SK: '#PROFILE' });
const keysOf = (call: number) => dynamo.commandCalls(BatchGetCommand)[call]!.args[0].input.RequestItems!['crm-batch-test']!.Keys;

beforeEach(() => dynamo.reset());
afterAll(() => dynamo.restore());

describe('batchGet', () => {
  it('asks again, after a pause, for the keys DynamoDB left unprocessed', async () => {
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { 'crm-batch-test': [{ ...key(1), id: '1' }] }, UnprocessedKeys: { 'crm-batch-test': { Keys: [key(2)] } } })
      .resolvesOnce({ Responses: { 'crm-batch-test': [{ ...key(2), id: '2' }] } });
    const items = await batchGet(store, [key(1), key(2)]);
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
    expect(keysOf(1)).toEqual([key(2)]);
  });

  it('splits more than 100 keys into calls of 100 and passes consistency through', async () => {
    dynamo.on(BatchGetCommand).resolves({ Responses: { 'crm-batch-test': [] } });
    await batchGet(store, Array.from({ length: 150 }, (_, n) => key(n)), { consistent: true });
    expect([keysOf(0)!.length, keysOf(1)!.length]).toEqual([100, 50]);
    expect(dynamo.commandCalls(BatchGetCommand).every((c) => c.args[0].input.RequestItems!['crm-batch-test']!.ConsistentRead === true)).toBe(true);
  });
});
