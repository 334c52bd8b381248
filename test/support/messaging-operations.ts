import { createCampaign } from '../../functions/domain/messaging/campaign.service';
import { CampaignInput } from '../../functions/domain/messaging/messaging.schemas';
import { ADMIN_ONLY, MANAGERS, SALES, type MatrixRole, type SecurityFixture } from './security-fixture';
import type { TestStack } from './test-stack';

/**
 * Authorization-matrix rows of the bulk-message operations (schema/messaging.graphql), in the
 * shape of the operation catalog: spread them into OPERATION_CATALOG.
 */
interface MessagingHelpers {
  stack: TestStack;
  fx: SecurityFixture;
}

const campaignInput = { channel: 'SMS', name: '矩阵群发', template: '{姓名}您好，{公司}' };
let serial = 0;
/** A number no fixture contact has, different on every call. */
const freshMobile = () => `136${String(Date.now() % 100_000_000).padStart(8, '0').slice(0, 6)}${String(serial++ % 100).padStart(2, '0')}`;

/** A fresh campaign of the east manager (MANAGER_OWN): visible to them and to admins only. */
const eastCampaign = async (h: MessagingHelpers) => ({
  id: (await createCampaign(h.stack.as(h.fx.org.eastManager), CampaignInput.parse(campaignInput))).id,
});

export const MESSAGING_OPERATIONS: {
  op: string;
  variant?: string;
  variables?: (h: MessagingHelpers, role: MatrixRole) => Record<string, unknown> | Promise<Record<string, unknown>>;
  allow: readonly MatrixRole[];
}[] = [
  { op: 'Query.previewMessageCampaign', variables: () => ({ input: campaignInput, sample: 20 }), allow: MANAGERS },
  { op: 'Query.messageCampaign', variables: eastCampaign, allow: ['ADMIN', 'MANAGER_OWN'] },
  { op: 'Query.messageCampaigns', allow: MANAGERS },
  { op: 'Query.messageOptOuts', variables: () => ({ channel: 'SMS' }), allow: ADMIN_ONLY },
  { op: 'Mutation.createMessageCampaign', variables: () => ({ input: campaignInput }), allow: MANAGERS },
  { op: 'Mutation.sendMessageCampaign', variables: eastCampaign, allow: ['ADMIN', 'MANAGER_OWN'] },
  { op: 'Mutation.addMessageOptOut', variables: () => ({ channel: 'SMS', address: freshMobile(), reason: '矩阵测试' }), allow: SALES },
  { op: 'Mutation.removeMessageOptOut', variables: () => ({ channel: 'SMS', address: freshMobile() }), allow: ADMIN_ONLY },
];
