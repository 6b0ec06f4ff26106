import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';
import { escapeHtml, paragraphsHtml } from '../templates/layout';
import type { ThankYouEmail } from './interview-mail.requests';

export interface ThankYouMailContext {
  readonly tenantId: string;
  readonly notificationId: string;
  readonly messageId: string;
  readonly from: { readonly email: string; readonly name: string };
  readonly to: { readonly email: string; readonly name?: string };
  readonly member: { readonly name: string; readonly email?: string };
  /** The outreach thread, when there was one: its address and the Message-IDs sent in it. */
  readonly thread?: { readonly address: string; readonly messageIds: readonly string[] };
}

const angle = (id: string) => `<${id}>`;

/**
 * The member's own thank-you, word for word, sent as the next message of the outreach thread
 * (In-Reply-To the last message, References all of them) so it lands in the same conversation.
 */
export function thankYouMail(email: ThankYouEmail, ctx: ThankYouMailContext): MailDataRequired {
  const footer = `Sent by ${ctx.member.name} through Rapport.`;
  const body = email.bodyText.trimEnd();
  const headers: Record<string, string> = { 'Message-ID': angle(ctx.messageId) };
  const earlier = ctx.thread?.messageIds ?? [];
  const last = earlier.at(-1);
  if (last) {
    headers['In-Reply-To'] = angle(last);
    headers['References'] = earlier.map(angle).join(' ');
  }
  const replyTo = [
    ...(ctx.member.email ? [{ email: ctx.member.email, name: ctx.member.name }] : []),
    ...(ctx.thread ? [{ email: ctx.thread.address, name: ctx.member.name }] : []),
  ];
  return {
    to: ctx.to.name ? { email: ctx.to.email, name: ctx.to.name } : { email: ctx.to.email },
    from: { email: ctx.from.email, name: `${ctx.member.name} via Rapport` },
    ...(replyTo.length > 0 ? { replyToList: replyTo } : {}),
    subject: email.subject,
    content: [
      { type: 'text/plain', value: `${body}\n\n--\n${footer}\n` },
      {
        type: 'text/html',
        value: `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2330;line-height:1.5">\n${paragraphsHtml(body)}\n<p style="font-size:12px;color:#5b6270;margin-top:24px">${escapeHtml(footer)}</p></body></html>`,
      },
    ],
    headers,
    customArgs: {
      tenant_id: ctx.tenantId,
      notification_id: ctx.notificationId,
      member_id: email.memberId,
      contact_id: email.contactId,
    },
    trackingSettings: { clickTracking: { enable: false, enableText: false } },
  };
}
