import { SETTINGS_LABELS, SettingsInput } from '../../domain/settings/settings.schemas';
import { updateCompanySettings } from '../../domain/settings/settings.service';
import { parseInput } from '../../domain/shared/validation';
import type { Resolvers } from '../generated/resolvers-types';

export const settingsResolvers: Resolvers = {
  Query: {
    companySettings: (_, __, ctx) => ctx.service().settings,
  },
  Mutation: {
    updateCompanySettings: (_, { input }, ctx) =>
      updateCompanySettings(ctx.service(), parseInput(SettingsInput, input, ctx.runtime.locale, SETTINGS_LABELS)),
  },
};
