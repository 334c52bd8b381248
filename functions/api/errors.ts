import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CrmError, type Locale } from '../domain/shared/errors';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

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
    const code = String(formatted.extensions?.code ?? '');
    if (REQUEST_ERROR_CODES.has(code)) {
      return { message: TEXT[locale].badRequest + formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log(original);
    return { message: TEXT[locale].internal, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
