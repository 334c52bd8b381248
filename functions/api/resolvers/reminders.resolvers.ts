import { describeYearlyDate } from '../../domain/reminders/lunar-dates';
import { AddImportantDateInput, NotificationPreferencesInput, REMINDER_LABELS } from '../../domain/reminders/reminder.schemas';
import {
  addImportantDate,
  assertCanReadOutbox,
  getMyPreferences,
  listFailedDeliveries,
  removeImportantDate,
  setMyPreferences,
} from '../../domain/reminders/reminder.service';
import type { ImportantDate } from '../../domain/reminders/reminder.types';
import { COMMON_ERRORS, CrmError } from '../../domain/shared/errors';
import { parseInput } from '../../domain/shared/validation';
import { fromItem } from '../../store/item-codec';
import { ACTIVITY_PREFIX } from '../../store/keys';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { cursorScope, decodeAfter, pageSize, toConnection } from '../pagination';
import { userRefOf } from './follow-ups.resolvers';

const parse = <S extends Parameters<typeof parseInput>[0]>(schema: S, raw: unknown, ctx: ApiContext) =>
  parseInput(schema, raw, ctx.runtime.locale, REMINDER_LABELS);

export const reminderResolvers: Resolvers = {
  Query: {
    myNotificationPreferences: (_, __, ctx) => getMyPreferences(ctx.service()),
    failedDeliveries: async (_, { first, after }, ctx) => {
      const scope = cursorScope(ctx, 'failedDeliveries', {});
      return toConnection(ctx, await listFailedDeliveries(ctx.service(), pageSize(first), decodeAfter(ctx, after, scope)), scope);
    },
    outbox: async (_, { limit }, ctx) => {
      assertCanReadOutbox(ctx.service());
      const size = limit ?? 50;
      if (size < 1 || size > 200) throw new CrmError(COMMON_ERRORS.invalidInput, { details: 'limit 必须在 1 到 200 之间' });
      return ctx.runtime.notifier.list ? ctx.runtime.notifier.list(size) : [];
    },
  },
  Mutation: {
    setMyNotificationPreferences: (_, { input }, ctx) =>
      setMyPreferences(ctx.service(), parse(NotificationPreferencesInput, input, ctx), ctx.runtime.notifier),
    addImportantDate: (_, { input }, ctx) => addImportantDate(ctx.service(), parse(AddImportantDateInput, input, ctx)),
    removeImportantDate: (_, { customerId, id, expectedVersion }, ctx) => removeImportantDate(ctx.service(), customerId, id, expectedVersion),
  },
  ImportantDate: {
    description: (d) => describeYearlyDate(d),
    nextReminderAt: (d) => d.nextAt,
  },
  Delivery: {
    user: (d, _, ctx) => userRefOf(ctx, d.userId),
  },
  Customer: {
    importantDates: async (c, _, ctx) => {
      const collection = await ctx.loaders.collections.load(c.id);
      return (collection?.others ?? []).filter((i) => String(i.SK).startsWith(ACTIVITY_PREFIX.importantDate)).map((i) => fromItem<ImportantDate>(i));
    },
  },
};
