import { normaliseEmail } from './dedupe-keys';

/** How final a bounce was: the address is gone for good, or the receiving server refused it. */
export const BOUNCE_KINDS = ['hard', 'blocked'] as const;
export type BounceKind = (typeof BOUNCE_KINDS)[number];

/** What the member sees while mail to the contact's current address cannot be delivered. */
export interface EmailUndeliverable {
  readonly reason: string;
  readonly kind: BounceKind;
  /** When the bounce happened (ISO 8601). */
  readonly since: string;
}

/** The mark as kept: for one address (normalised), so it lapses when the email changes. */
export interface UndeliverableMark extends EmailUndeliverable {
  readonly email: string;
}

/**
 * The mark that applies to the contact's current email, if any. A mark for another address (the
 * member has since changed the email) no longer applies and is not shown.
 */
export function undeliverableNow(
  currentEmail: string | undefined,
  mark: UndeliverableMark | undefined,
): EmailUndeliverable | undefined {
  if (!mark || normaliseEmail(currentEmail) !== mark.email) return undefined;
  return { reason: mark.reason, kind: mark.kind, since: mark.since };
}
