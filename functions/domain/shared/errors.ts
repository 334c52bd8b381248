/**
 * Domain errors: each has a GraphQL-facing code and a message per locale with {placeholders}.
 * Modules declare their own catalogs with `defineErrors`; the GraphQL edge renders them once.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'RETRYABLE';

export type Locale = 'zh-CN' | 'en-US';

export interface ErrorSpec {
  readonly code: ErrorCode;
  readonly zh: string;
  readonly en: string;
}

export type ErrorParams = Record<string, string | number | undefined>;

export function defineErrors<const T extends Record<string, ErrorSpec>>(catalog: T): T {
  return catalog;
}

export class CrmError extends Error {
  constructor(
    readonly spec: ErrorSpec,
    readonly params: ErrorParams = {},
  ) {
    super(renderMessage(spec, params, 'en-US'));
    this.name = 'CrmError';
  }

  get code(): ErrorCode {
    return this.spec.code;
  }

  messageIn(locale: Locale): string {
    return renderMessage(this.spec, this.params, locale);
  }
}

export function renderMessage(spec: ErrorSpec, params: ErrorParams, locale: Locale): string {
  const template = locale === 'en-US' ? spec.en : spec.zh;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

export const COMMON_ERRORS = defineErrors({
  unauthenticated: { code: 'UNAUTHENTICATED', zh: '请先登录', en: 'Please sign in' },
  inactiveUser: { code: 'UNAUTHENTICATED', zh: '账号已停用，请联系管理员', en: 'Your account is deactivated; contact your administrator' },
  unknownUser: { code: 'UNAUTHENTICATED', zh: '登录用户不存在于本公司', en: 'The signed-in user does not exist in this company' },
  forbidden: { code: 'FORBIDDEN', zh: '您没有权限执行此操作：{action}', en: 'You are not allowed to {action}' },
  notFound: { code: 'NOT_FOUND', zh: '{entity}不存在或您无权查看', en: '{entity} not found or not visible to you' },
  invalidInput: { code: 'BAD_USER_INPUT', zh: '输入有误：{details}', en: 'Invalid input: {details}' },
  invalidCursor: { code: 'BAD_USER_INPUT', zh: '分页游标无效或已被篡改', en: 'The page cursor is invalid or was tampered with' },
  staleVersion: { code: 'CONFLICT', zh: '{entity}已被他人修改，请刷新后重试', en: '{entity} was changed by someone else; reload and try again' },
  busy: { code: 'RETRYABLE', zh: '系统繁忙，请稍后重试', en: 'The system is busy; please retry shortly' },
  testClockDisabled: { code: 'FORBIDDEN', zh: '测试时钟未启用（仅本地 CRM_TEST_CLOCK=1 时可用）', en: 'The test clock is disabled (local CRM_TEST_CLOCK=1 only)' },
  testClockBackwards: { code: 'BAD_USER_INPUT', zh: '测试时钟只能向前拨动', en: 'The test clock only moves forward' },
});
