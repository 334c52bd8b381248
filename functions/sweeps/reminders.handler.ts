import { createDeployedRuntime } from '../commons/deployed-runtime';
import { createReminderSweep } from './reminders.sweep';

export const handler = createReminderSweep(createDeployedRuntime());
