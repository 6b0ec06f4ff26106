import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';
import { escapeHtml, paragraphsHtml } from '../templates/layout';
import type { Invitation } from './interview-mail.requests';

export interface InvitationMailContext {
  readonly tenantId: string;
  readonly notificationId: string;
  readonly messageId: string;
  readonly from: { readonly email: string; readonly name: string };
  readonly to: { readonly email: string; readonly name?: string };
  /** The member, as they signed their preferences; answers go to them. */
  readonly member: { readonly name: string; readonly email?: string };
  /** The relationship's thread address, when outreach went out through Rapport. */
  readonly threadAddress?: string;
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** The date in words, in UTC: the attachment carries the exact zone for the calendar. */
export const invitationTime = (ms: number) => `${WHEN.format(new Date(ms))} UTC`;

function wording(invitation: Invitation, ctx: InvitationMailContext) {
  const greeting = ctx.to.name ? `Hello ${ctx.to.name},` : 'Hello,';
  const when = invitationTime(invitation.startsAt);
  const member = ctx.member.name;
  if (invitation.method === 'CANCEL') {
    return {
      subject: `Cancelled: ${invitation.summary}`,
      text: `${greeting}\n\n${member} has had to call off the conversation planned for ${when}. The attached notice takes it out of your calendar.\n\nThank you for making time for it.`,
    };
  }
  if (invitation.sequence > 0) {
    return {
      subject: `Updated: ${invitation.summary}`,
      text: `${greeting}\n\nThe conversation with ${member} has changed; it is now on ${when}. The attached invitation replaces the one you had, so your calendar keeps a single entry.\n\nAccepting or declining it in your calendar lets ${member} know.`,
    };
  }
  return {
    subject: invitation.summary,
    text: `${greeting}\n\nThank you for agreeing to talk with ${member}. The conversation is set for ${when}; the invitation is attached so that your calendar can hold it.\n\nAccepting or declining it in your calendar lets ${member} know.`,
  };
}

/**
 * The invitation as mail: a few lines in our words and the member's calendar object attached as
 * invite.ics with its iMIP method, so calendars offer to accept it (or remove the event).
 */
export function invitationMail(
  invitation: Invitation,
  ctx: InvitationMailContext,
): MailDataRequired {
  const { subject, text } = wording(invitation, ctx);
  const footer = `Sent for ${ctx.member.name} through Rapport.`;
  const replyTo = [
    ...(ctx.member.email ? [{ email: ctx.member.email, name: ctx.member.name }] : []),
    ...(ctx.threadAddress ? [{ email: ctx.threadAddress, name: ctx.member.name }] : []),
  ];
  return {
    to: ctx.to.name ? { email: ctx.to.email, name: ctx.to.name } : { email: ctx.to.email },
    from: { email: ctx.from.email, name: `${ctx.member.name} via Rapport` },
    ...(replyTo.length > 0 ? { replyToList: replyTo } : {}),
    subject,
    content: [
      { type: 'text/plain', value: `${text}\n\n--\n${footer}\n` },
      {
        type: 'text/html',
        value: `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2330;line-height:1.5">\n${paragraphsHtml(text)}\n<p style="font-size:12px;color:#5b6270;margin-top:24px">${escapeHtml(footer)}</p></body></html>`,
      },
    ],
    headers: { 'Message-ID': `<${ctx.messageId}>` },
    attachments: [
      {
        content: Buffer.from(invitation.ics, 'utf8').toString('base64'),
        filename: 'invite.ics',
        type: `text/calendar; method=${invitation.method}; charset=UTF-8`,
        disposition: 'attachment',
      },
    ],
    customArgs: {
      tenant_id: ctx.tenantId,
      notification_id: ctx.notificationId,
      member_id: invitation.memberId,
      contact_id: invitation.contactId,
    },
    trackingSettings: { clickTracking: { enable: false, enableText: false } },
  };
}
