import type { CompanySettings } from '../settings/settings.types';
import { isManagerOf } from '../users/access.rules';
import type { Actor } from '../users/user.types';
import type { FollowUp, InvalidReason } from './follow-up.types';

type ValiditySettings = Pick<CompanySettings, 'validFollowUpMinChars' | 'contentlessPhrases'>;

/** Letters, digits and CJK characters count; spaces and punctuation (，。！ etc.) do not. */
function meaningfulChars(text: string): string[] {
  return [...text.normalize('NFKC')].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

/**
 * PRODUCT.md rule 6: a valid follow-up has at least N characters of content (a Chinese character
 * counts as one), names the contact spoken to, and says more than a contentless phrase — what is
 * left after removing phrases like 没找到人 / 外出 / 沟通 must still reach N characters.
 */
export function followUpValidity(
  input: { content: string; contactName?: string },
  s: ValiditySettings,
): { valid: boolean; invalidReasons: InvalidReason[] } {
  const reasons: InvalidReason[] = [];
  const chars = meaningfulChars(input.content);
  if (chars.length < s.validFollowUpMinChars) reasons.push('TOO_SHORT');
  else {
    let rest = chars.join('');
    for (const phrase of [...s.contentlessPhrases].sort((a, b) => b.length - a.length)) {
      const key = meaningfulChars(phrase).join('');
      if (key) rest = rest.split(key).join('');
    }
    if ([...rest].length < s.validFollowUpMinChars) reasons.push('CONTENTLESS');
  }
  if (!input.contactName?.trim()) reasons.push('NO_CONTACT');
  return { valid: reasons.length === 0, invalidReasons: reasons };
}

/** Managers above the author, or admins, review follow-ups; nobody reviews their own. */
export function canReviewFollowUp(actor: Actor, f: Pick<FollowUp, 'authorId' | 'authorDeptPath'>): boolean {
  return f.authorId !== actor.id && isManagerOf(actor, f.authorDeptPath);
}

/** Contact time may not lie in the future, nor further back than the freshness window (no back-dating to keep a customer). */
export function contactTimeProblem(at: string, now: Date, s: Pick<CompanySettings, 'followUpFreshnessDays'>): 'FUTURE' | 'TOO_OLD' | undefined {
  const t = new Date(at).getTime();
  if (t > now.getTime() + 5 * 60_000) return 'FUTURE';
  if (t < now.getTime() - s.followUpFreshnessDays * 86_400_000) return 'TOO_OLD';
  return undefined;
}
