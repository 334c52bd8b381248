import type { Repositories } from '../../store/repositories';
import type { CompanySettings } from '../settings/settings.types';
import type { Actor } from '../users/user.types';
import type { Clock } from './clock';

/** What every domain operation runs with: who, when, under which company rules, against which storage. */
export interface ServiceContext {
  actor: Actor;
  clock: Clock;
  settings: CompanySettings;
  repos: Repositories;
}
