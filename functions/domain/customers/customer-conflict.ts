import { pauseBeforeRetry } from '../../store/transactions';
import { COMMON_ERRORS, CrmError } from '../shared/errors';

/** Enough for a burst of writers on one customer: each round at least one of them wins. */
const MAX_ATTEMPTS = 8;

function isCustomerConflict(error: unknown): boolean {
  return error instanceof CrmError && error.spec === COMMON_ERRORS.staleVersion && error.params.entity === '客户';
}

/**
 * Operations that write the customer only as a side effect (a follow-up refreshing its deadline, a
 * deal changing its open-deal count) read it afresh and try again when someone else changed it in
 * between, instead of failing the user's action with a conflict they did not cause.
 */
export async function restartOnCustomerConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isCustomerConflict(error) || n >= MAX_ATTEMPTS) throw error;
      // Writers who lost together must not collide again at once.
      await pauseBeforeRetry(n);
    }
  }
}
