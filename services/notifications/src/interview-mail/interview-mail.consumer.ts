import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { interviewMailRequestOf } from './interview-mail.requests';
import { InterviewMailer } from './interview-mailer';

/**
 * Invitations and thank-yous the interviews context asks to mail to contacts (group
 * `<prefix>-interview-mail`). Invalid requests are parked with their reason; a provider outage is
 * retried, then parked.
 */
export const interviewMail: ConsumerDeclaration<InterviewMailer> = {
  group: 'interview-mail',
  topics: [topicFor('interviews')],
  uses: InterviewMailer,
  handle: async (mailer, { envelope, payload }, logger) => {
    const request = interviewMailRequestOf(payload);
    if (!request) return;
    const result =
      request.kind === 'invitation'
        ? await mailer.sendInvitation(envelope.tenantId, request.invitation)
        : await mailer.sendThankYou(envelope.tenantId, request.email);
    logger.debug({ eventId: envelope.eventId, kind: request.kind, result }, 'interview mail');
  },
};
