// Calendar objects as the interviews service and contacts' calendars write them, for the specs.

import { invitationReplyAddress } from '@rapport/contracts';

/** The organizer as the interviews service writes it: the member's name at our answer address. */
const ORGANIZER = `ORGANIZER;CN=Ada Lovelace:mailto:${invitationReplyAddress('reply.rapport.test')}`;

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** An invitation (METHOD REQUEST or CANCEL) with a time zone, folded the way RFC 5545 folds. */
export function invitationIcs(options: {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  attendee: string;
}): string {
  return lines(
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Interviews//EN',
    `METHOD:${options.method}`,
    'BEGIN:VTIMEZONE',
    'TZID:Europe/London',
    'BEGIN:STANDARD',
    'DTSTART:19701025T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19700329T010000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0100',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${options.uid}`,
    `SEQUENCE:${options.sequence}`,
    'DTSTAMP:20260302T100000Z',
    'DTSTART;TZID=Europe/London:20260305T090000',
    'DURATION:PT20M',
    'SUMMARY:Informational interview: Ada Lovelace and Lin Chen',
    ORGANIZER,
    `ATTENDEE;CN=Lin Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${options.attendee}`,
    `STATUS:${options.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  );
}

/** A calendar's answer (METHOD REPLY), its ATTENDEE line folded as Outlook and Google fold it. */
export function replyIcs(options: {
  uid: string;
  sequence: number;
  attendee: string;
  partstat: string;
  dtstamp?: string;
}): string {
  return lines(
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20260305T090000Z',
    'DTEND:20260305T092000Z',
    `DTSTAMP:${options.dtstamp ?? '20260302T120000Z'}`,
    ORGANIZER,
    `UID:${options.uid}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${options.partstat};CN=Lin`,
    ` Chen;X-NUM-GUESTS=0:mailto:${options.attendee}`,
    `SEQUENCE:${options.sequence}`,
    'STATUS:CONFIRMED',
    'SUMMARY:Informational interview: Ada Lovelace and Lin Chen',
    'END:VEVENT',
    'END:VCALENDAR',
  );
}
