import type { Resolvers } from '../generated/resolvers-types';
import { scalarResolvers } from '../scalars';
import { customerResolvers } from './customers.resolvers';
import { followUpResolvers } from './follow-ups.resolvers';
import { reminderResolvers } from './reminders.resolvers';
import { taskResolvers } from './tasks.resolvers';
import { poolResolvers } from './pools.resolvers';
import { protectionResolvers } from './protection.resolvers';
import { settingsResolvers } from './settings.resolvers';
import { systemResolvers } from './system.resolvers';
import { userResolvers } from './users.resolvers';
import { moneyResolvers } from './money.resolvers';
import { orderResolvers } from './orders.resolvers';
import { pipelineResolvers } from './pipeline.resolvers';
import { productResolvers } from './products.resolvers';
import { messagingResolvers } from './messaging.resolvers';
import { serviceResolvers } from './service.resolvers';
import { targetResolvers } from './targets.resolvers';
import { reportResolvers } from './reports.resolvers';
import { adminResolvers } from './admin.resolvers';

/** One resolver map per schema module; add a module here when you add its .graphql file. */
const modules: Resolvers[] = [systemResolvers, userResolvers, customerResolvers, protectionResolvers, poolResolvers, settingsResolvers, followUpResolvers, taskResolvers, reminderResolvers, pipelineResolvers, productResolvers, orderResolvers, moneyResolvers, messagingResolvers, serviceResolvers, targetResolvers, reportResolvers, adminResolvers];

function merge(maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
  }
  return merged as Resolvers;
}

export const resolvers = { ...merge(modules), ...scalarResolvers } as Resolvers;
