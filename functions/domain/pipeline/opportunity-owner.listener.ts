import type { Repositories } from '../../store/repositories';
import type { Write } from '../../store/transactions';
import type { OwnerChange } from '../protection/owner-change';
import { opportunityWrites } from './opportunity.service';
import type { Opportunity } from './opportunity.types';

/**
 * Open deals follow their customer to a new owner (claim, transfer, merge) in the owner change's own
 * transaction, taking their funnel and forecast counters along. Closed deals stay with the rep who
 * closed them; a customer going back to the pool leaves its deals where they are until it is claimed.
 */
export async function openOpportunitiesFollowOwner(repos: Repositories, change: OwnerChange): Promise<Write[]> {
  if (!change.toOwnerId) return [];
  const open = await repos.opportunities.listOpenOfCustomer(change.customerId);
  const moving = open.filter((o) => o.ownerId !== change.toOwnerId);
  if (moving.length === 0) return [];
  const settings = await repos.settings.get();
  const changes = moving.map((before) => {
    const after: Opportunity = {
      ...before,
      ownerId: change.toOwnerId!,
      ownerDeptPath: change.toOwnerDeptPath ?? before.ownerDeptPath,
      updatedAt: change.at,
      version: before.version + 1,
    };
    return { before, after };
  });
  return opportunityWrites({ repos, settings }, changes);
}

