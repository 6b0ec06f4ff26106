import type { Conversation } from '../domain/interview.events';

export interface ThankYouDraftInput {
  readonly contactName: string;
  readonly memberName: string;
  readonly conversation: Conversation;
}

const firstLower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const withoutStop = (text: string) => text.replace(/[.!]+$/, '');

/**
 * A thank-you in Rapport's own words: short, naming one thing learnt (the first advice item) and
 * one commitment with its date, as coaches ask. The member edits it before sending.
 */
export function thankYouDraft({ contactName, memberName, conversation }: ThankYouDraftInput) {
  const advice = conversation.adviceItems[0];
  const commitment = conversation.commitments[0];
  const learnt = advice
    ? `I keep coming back to your advice to ${firstLower(withoutStop(advice))}; it has already changed how I plan my next steps.`
    : 'I learnt a great deal from hearing how your work looks from the inside.';
  const promise = commitment
    ? `As I said, I will ${firstLower(withoutStop(commitment.text))} by ${commitment.due}, and I will let you know how it goes.`
    : 'I will let you know how your advice works out for me.';
  const body = [
    `Dear ${contactName},`,
    '',
    `Thank you for taking the time to talk with me. ${learnt}`,
    '',
    promise,
    '',
    'With thanks,',
    memberName,
  ].join('\n');
  return { subject: 'Thank you for your time and advice', body };
}
