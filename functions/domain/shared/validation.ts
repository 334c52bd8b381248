import * as z from 'zod';
import { en, zhCN } from 'zod/locales';
import { COMMON_ERRORS, CrmError, type Locale } from './errors';

const LOCALE_ERRORS = { 'zh-CN': zhCN().localeError, 'en-US': en().localeError } as const;

/** Field names shown to people: `name` → 客户名称. Unknown fields fall back to their path. */
export type FieldLabels = Record<string, readonly [zh: string, en: string]>;

/** Validates input at the edge; every problem is listed in one BAD_USER_INPUT error in the company's language. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale, labels: FieldLabels = {}): z.output<S> {
  const result = schema.safeParse(raw, { error: LOCALE_ERRORS[locale] as z.core.$ZodErrorMap });
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      const label = labels[String(issue.path[0] ?? '')]?.[locale === 'en-US' ? 1 : 0] ?? path;
      return label ? `${label}${locale === 'en-US' ? ': ' : '：'}${issue.message}` : issue.message;
    })
    .join(locale === 'en-US' ? '; ' : '；');
  throw new CrmError(COMMON_ERRORS.invalidInput, { details });
}

/** Plain text: no control characters, trimmed, full-width folded, bounded. */
export const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFKC').replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
    .pipe(z.string().max(max));

export const requiredText = (max: number) => text(max).pipe(z.string().min(1));

export const isoDateTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
export const isoDate = z.iso.date();
