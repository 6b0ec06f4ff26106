import { randomBytes } from 'node:crypto';

/** An iCalendar text with its folded lines joined again (RFC 5545 §3.1), for reading fields. */
export function unfoldedIcs(base64: string): string {
  return Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '');
}

/** A contact's calendar accepting an invitation: the iMIP REPLY (RFC 6047) it mails back. */
export function calendarReply(options: {
  uid: string;
  sequence: number;
  organizer: string;
  attendee: string;
}): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport e2e//Contact calendar//EN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    `UID:${options.uid}`,
    `SEQUENCE:${options.sequence}`,
    `DTSTAMP:${stamp}`,
    `ORGANIZER:mailto:${options.organizer}`,
    `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${options.attendee}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/**
 * A received mail as SendGrid's Inbound Parse posts it (multipart/form-data, default mode): the
 * text fields, then the calendar answer as an attached file.
 */
export function inboundParsePost(mail: {
  from: string;
  to: string;
  subject: string;
  text: string;
  ics: string;
}): { body: Buffer; contentType: string } {
  const boundary = `rapport-e2e-${randomBytes(8).toString('hex')}`;
  const sender = /<([^>]+)>/.exec(mail.from)?.[1] ?? mail.from;
  const fields: Record<string, string> = {
    headers: `From: ${mail.from}\r\nTo: ${mail.to}\r\nSubject: ${mail.subject}\r\nMessage-ID: <${boundary}@calendar.example>`,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    envelope: JSON.stringify({ to: [mail.to], from: sender }),
    attachments: '1',
    'attachment-info': JSON.stringify({
      attachment1: { filename: 'invite.ics', type: 'text/calendar' },
    }),
  };
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="attachment1"; filename="invite.ics"\r\nContent-Type: text/calendar; method=REPLY\r\n\r\n${mail.ics}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
