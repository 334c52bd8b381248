import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ALL_INDEXES, KEY, tableNameFor, TTL_ATTRIBUTE } from '../../functions/store/table';

export interface CrmTableProps {
  readonly companyId: string;
}

/** The company's single table, built from the same key and index definitions the functions use. */
export class CrmTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: CrmTableProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      tableName: tableNameFor(props.companyId),
      partitionKey: { name: KEY.pk, type: AttributeType.STRING },
      sortKey: { name: KEY.sk, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      globalSecondaryIndexes: ALL_INDEXES.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.pk, type: AttributeType.STRING },
        sortKey: { name: index.sk, type: AttributeType.STRING },
      })),
    });
  }
}
