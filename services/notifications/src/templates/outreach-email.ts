import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';
import type { OutreachEmail } from '../domain/notification';
import { escapeHtml, paragraphsHtml } from './layout';

export interface OutreachMailContext {
  readonly tenantId: string;
  readonly notificationId: string;
  readonly from: { readonly email: string; readonly name: string };
  /** reply+<token>@<domain>: replies there are logged against the relationship. */
  readonly threadAddress: string;
  /** The one-click unsubscribe URL (RFC 8058) for this contact. */
  readonly unsubscribeUrl: string;
}

const angle = (id: string) => `<${id}>`;

/**
 * The member's own words, sent on their behalf. It comes from Rapport's address under the member's
 * name (mail from the member's own domain would fail its DMARC checks), answers go both to the
 * member and to the thread address, the thread headers keep follow-ups in one conversation, and
 * List-Unsubscribe lets the contact stop all outreach mail from this institution in one click.
 */
export function outreachMail(email: OutreachEmail, ctx: OutreachMailContext): MailDataRequired {
  const footer = `This message was sent by ${email.replyTo.name} through Rapport. If you would rather not receive requests like this, unsubscribe: ${ctx.unsubscribeUrl}`;
  const text = `${email.bodyText.trimEnd()}\n\n--\n${footer}\n`;
  const html = [
    '<!doctype html><html><head><meta charset="utf-8"></head>',
    '<body style="font-family:Helvetica,Arial,sans-serif;color:#1d2330;line-height:1.5">',
    paragraphsHtml(email.bodyText.trimEnd()),
    `<p style="font-size:12px;color:#5b6270;margin-top:24px">This message was sent by ${escapeHtml(email.replyTo.name)} through Rapport. If you would rather not receive requests like this, <a href="${escapeHtml(ctx.unsubscribeUrl)}">unsubscribe</a>.</p>`,
    '</body></html>',
  ].join('\n');
  const headers: Record<string, string> = {
    'Message-ID': angle(email.messageId),
    'List-Unsubscribe': angle(ctx.unsubscribeUrl),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  if (email.inReplyTo) headers['In-Reply-To'] = angle(email.inReplyTo);
  if (email.references.length > 0) headers['References'] = email.references.map(angle).join(' ');
  return {
    to: { email: email.to.email, name: email.to.name },
    from: { email: ctx.from.email, name: `${email.replyTo.name} via Rapport` },
    replyToList: [
      { email: email.replyTo.email, name: email.replyTo.name },
      { email: ctx.threadAddress, name: email.replyTo.name },
    ],
    subject: email.subject,
    content: [
      { type: 'text/plain', value: text },
      { type: 'text/html', value: html },
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
