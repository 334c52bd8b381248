import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { COMMON_ERRORS, CrmError, type Locale } from '../domain/shared/errors';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * DynamoDB (and network) failures that the SDK already retried with backoff and that a later
 * attempt can clear: the client gets RETRYABLE, not an internal error.
 */
const RETRYABLE_AWS_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);

function isRetryableAwsError(error: unknown): boolean {
  const e = error as { name?: string; $retryable?: unknown } | undefined;
  return !!e && (RETRYABLE_AWS_ERRORS.has(e.name ?? '') || e.$retryable !== undefined);
}

const TEXT = {
  'zh-CN': { badRequest: '请求格式错误：', internal: '服务器内部错误，请稍后重试；如持续出现请联系管理员' },
  'en-US': { badRequest: 'Malformed request: ', internal: 'Internal server error; please retry, and contact your administrator if it persists' },
} as const;

/**
 * The one place errors meet clients: domain errors become their code and a localised message;
 * malformed requests become BAD_USER_INPUT; anything else is logged and hidden behind a generic message.
 */
export function createErrorFormatter(locale: Locale, log: (error: unknown) => void = console.error) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof CrmError) {
      return { message: original.messageIn(locale), path: formatted.path, extensions: { code: original.code } };
    }
    if (isRetryableAwsError(original)) {
      log(original);
      return { message: new CrmError(COMMON_ERRORS.busy).messageIn(locale), path: formatted.path, extensions: { code: 'RETRYABLE' } };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (REQUEST_ERROR_CODES.has(code)) {
      return { message: TEXT[locale].badRequest + formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log(original);
    return { message: TEXT[locale].internal, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
