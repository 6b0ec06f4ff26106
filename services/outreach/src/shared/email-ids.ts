import { randomBytes } from 'node:crypto';

/** A Message-ID (without angle brackets) unique to one email, from a fresh uuid. */
export function newMessageId(uuid: string): string {
  return `${uuid}@rapport.local`;
}

/**
 * The token in the reply address that ties replies to the relationship: 192 random bits, URL-safe,
 * so it cannot be guessed to inject a reply into someone else's thread.
 */
export function newThreadToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A follow-up keeps the thread's subject, answered once ("Re: Re: …" looks careless). */
export function replySubject(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  return /^re:/i.test(subject.trim()) ? subject : `Re: ${subject}`;
}
