import { createDeployedRuntime } from '../commons/deployed-runtime';
import { createApiHandler } from './lambda';

/** Lambda entry point: built once per cold start. */
export const handler = createApiHandler(createDeployedRuntime());
