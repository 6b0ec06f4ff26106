import { type OutreachTemplate } from './outreach-template';
import { type PreparedFields } from './prepared-fields';
import { ASKED_MINUTES } from './request-phrases';
import { joinParagraphs, joinWords, signOff } from './sentence-composition';

/**
 * A follow-up to an unanswered request: shorter than the request, names the date of the original,
 * and stays courteous however many times it is sent. The first follow-up assumes the email was
 * missed; later ones say so plainly and leave the contact an easy way out.
 */
export const emailFollowUpTemplate: OutreachTemplate = {
  wants: [
    'member.givenName',
    'member.familyName',
    'contact.givenName',
    'contact.familyName',
    'topic',
    'followUpNumber',
    'originalSentOn',
  ],
  render: (fields) => ({ subject: subjectLine(fields), body: body(fields) }),
};

function subjectLine({ topic }: PreparedFields): string {
  return topic === undefined
    ? 'Following up on my request for advice'
    : `Following up: request for advice on ${topic}`;
}

function body(fields: PreparedFields): string {
  const { member, contact, suggestedContactName } = fields;
  return joinParagraphs(
    contact.fullName === undefined ? 'Hello,' : `Dear ${contact.fullName},`,
    isFirstFollowUp(fields) ? firstFollowUp(fields) : laterFollowUp(fields),
    suggestedContactName !== undefined &&
      `If it is easier, I would be just as glad to speak with your colleague ${suggestedContactName}.`,
    signOff('Kind regards', member.fullName),
  );
}

function isFirstFollowUp({ followUpNumber }: PreparedFields): boolean {
  return followUpNumber === undefined || followUpNumber === 1;
}

function firstFollowUp(fields: PreparedFields): string {
  return joinWords(
    `I am following up on ${originalEmail(fields)}, in which I asked for about ${ASKED_MINUTES} minutes of ${yourAdvice(fields)}.`,
    'Inboxes fill quickly, so I wanted to make sure it reached you.',
    'I would be glad to talk whenever suits you.',
  );
}

function laterFollowUp(fields: PreparedFields): string {
  return joinWords(
    `I am writing once more about ${originalEmail(fields)} asking for about ${ASKED_MINUTES} minutes of ${yourAdvice(fields)}.`,
    'I would still value your perspective, at whatever time suits you.',
    'If now is not a good moment, I quite understand.',
  );
}

function originalEmail({ originalSentOn }: PreparedFields): string {
  return originalSentOn === undefined ? 'my recent email' : `my email of ${originalSentOn}`;
}

function yourAdvice({ topic }: PreparedFields): string {
  return topic === undefined ? 'your advice' : `your advice on ${topic}`;
}
