import { createDeployedRuntime } from '../commons/deployed-runtime';
import { createExpirySweep } from './expiry.sweep';

export const handler = createExpirySweep(createDeployedRuntime());
