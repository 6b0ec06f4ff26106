import { createHash } from 'node:crypto';
import type { Referral } from '@rapport/contracts';
import { contactDetailsSchema, type ContactDetails } from '../domain/contact-details';

/**
 * The contact a referral becomes has an id that follows from the member and the referral, so a
 * redelivered InterviewCompleted finds it already there instead of adding the person again.
 */
export function interviewReferralContactId(memberId: string, referralId: string): string {
  const hex = createHash('sha256')
    .update(`interview-referral:${memberId}:${referralId}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The referral's one name field split the way people write names in the contact book: the last
 * word is the family name. A single word (someone known by one name, or only a first name given)
 * keeps a dash as family name, since the book requires one and dropping the person would lose the
 * referral; the member can correct it.
 */
export function splitReferralName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { givenName: words[0] ?? '', familyName: '—' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? '' };
}

/** The referral as contact details, or why it cannot be one. */
export function referralDetails(
  referral: Referral,
): { ok: true; details: ContactDetails } | { ok: false; problem: string } {
  const parsed = contactDetailsSchema.safeParse({
    ...splitReferralName(referral.name),
    email: referral.email,
    organisation: referral.organisation,
    role: referral.role,
  });
  if (parsed.success) return { ok: true, details: parsed.data };
  const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return { ok: false, problem: `referral ${referral.referralId}: ${detail}` };
}
