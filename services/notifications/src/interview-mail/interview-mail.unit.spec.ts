import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import ICAL from 'ical.js';
import { InvitationIssuedSchema, ThankYouEmailRequestedSchema } from '@rapport/contracts';
import { PermanentError } from '@rapport/messaging';
import { invitationIcs } from '../calendar-replies/ics.test-fixture';
import { invitationMail } from './invitation-mail';
import { type Invitation, interviewMailRequestOf } from './interview-mail.requests';
import { thankYouMail } from './thank-you-mail';

const rel = { memberId: 'member-ada', contactId: 'contact-lin', relationshipId: 'rel-lin' };
const startsAt = new Date('2026-03-05T09:00:00Z');
const issued = (method: 'REQUEST' | 'CANCEL', sequence: number, ics = '') =>
  create(InvitationIssuedSchema, {
    ...rel,
    interviewId: 'iv-1',
    method,
    sequence,
    icsUid: 'iv-1@rapport.test',
    ics:
      ics ||
      invitationIcs({ uid: 'iv-1@rapport.test', sequence, method, attendee: 'lin@firm.example' }),
    summary: 'Informational interview: Ada Lovelace and Lin Chen',
    startsAt: timestampFromDate(startsAt),
  });
const ctx = {
  tenantId: 'uni-a',
  notificationId: 'uni-a:interview-invitation:iv-1:0:REQUEST',
  messageId: 'invitation.iv-1.0.request@reply.rapport.test',
  from: { email: 'notifications@rapport.test', name: 'Rapport' },
  to: { email: 'lin@firm.example', name: 'Lin Chen' },
  member: { name: 'Ada Lovelace', email: 'ada@student.example' },
  threadAddress: 'reply+tok_abcdefgh@reply.rapport.test',
};

/** The attachment as a calendar would get it, read back with ical.js (not our own reader). */
function attachedCalendar(mail: ReturnType<typeof invitationMail>) {
  const [attachment] = mail.attachments ?? [];
  const text = Buffer.from(attachment?.content ?? '', 'base64').toString('utf8');
  const jcal: unknown = ICAL.parse(text);
  const calendar = new ICAL.Component(jcal as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent');
  return {
    attachment,
    method: calendar.getFirstPropertyValue('method'),
    uid: event?.getFirstPropertyValue('uid'),
    sequence: event?.getFirstPropertyValue('sequence'),
    status: event?.getFirstPropertyValue('status'),
    start: (event?.getFirstPropertyValue('dtstart') as ICAL.Time | null)?.toJSDate().toISOString(),
  };
}

function invitationOf(method: 'REQUEST' | 'CANCEL', sequence: number): Invitation {
  const request = interviewMailRequestOf(issued(method, sequence));
  if (request?.kind !== 'invitation') throw new Error('expected an invitation');
  return request.invitation;
}

describe('interview mail requests', () => {
  it('reads an invitation whose calendar text says what the event says', () => {
    expect(invitationOf('REQUEST', 0)).toMatchObject({
      ...rel,
      method: 'REQUEST',
      sequence: 0,
      startsAt: startsAt.getTime(),
    });
  });

  it('parks an invitation whose calendar text disagrees with the event', () => {
    const cancelText = invitationIcs({
      uid: 'iv-1@rapport.test',
      sequence: 0,
      method: 'CANCEL',
      attendee: 'x@y.z',
    });
    expect(() => interviewMailRequestOf(issued('REQUEST', 0, cancelText))).toThrow(/METHOD:CANCEL/);
    const other = invitationIcs({
      uid: 'other',
      sequence: 3,
      method: 'REQUEST',
      attendee: 'x@y.z',
    });
    expect(() => interviewMailRequestOf(issued('REQUEST', 0, other))).toThrow(
      /another UID.*SEQUENCE:3/,
    );
    expect(() => interviewMailRequestOf(issued('REQUEST', 0, 'not a calendar'))).toThrow(
      PermanentError,
    );
  });

  it('parks a thank-you without words', () => {
    const empty = create(ThankYouEmailRequestedSchema, { ...rel, interviewId: 'iv-1' });
    expect(() => interviewMailRequestOf(empty)).toThrow(/subject is empty; body_text is empty/);
  });
});

describe('the invitation email', () => {
  it('attaches the REQUEST as invite.ics that a calendar parser reads back unchanged', () => {
    const mail = invitationMail(invitationOf('REQUEST', 0), ctx);
    const read = attachedCalendar(mail);
    expect(read.attachment).toMatchObject({
      filename: 'invite.ics',
      type: 'text/calendar; method=REQUEST; charset=UTF-8',
      disposition: 'attachment',
    });
    expect(read).toMatchObject({
      method: 'REQUEST',
      uid: 'iv-1@rapport.test',
      sequence: 0,
      start: '2026-03-05T09:00:00.000Z',
    });
    expect(mail.subject).toBe('Informational interview: Ada Lovelace and Lin Chen');
    expect(mail.headers).toEqual({
      'Message-ID': '<invitation.iv-1.0.request@reply.rapport.test>',
    });
    expect(mail.from).toEqual({
      email: 'notifications@rapport.test',
      name: 'Ada Lovelace via Rapport',
    });
    expect(mail.replyToList).toEqual([
      { email: 'ada@student.example', name: 'Ada Lovelace' },
      { email: ctx.threadAddress, name: 'Ada Lovelace' },
    ]);
    const [text] = mail.content ?? [];
    expect(text?.value).toContain('Thursday, 5 March 2026 at 09:00 UTC');
  });

  it('says an update replaces the earlier invitation, and a cancellation removes it', () => {
    const update = invitationMail(invitationOf('REQUEST', 1), ctx);
    expect(update.subject).toMatch(/^Updated: /);
    expect(attachedCalendar(update)).toMatchObject({ method: 'REQUEST', sequence: 1 });
    const cancel = invitationMail(invitationOf('CANCEL', 2), ctx);
    expect(cancel.subject).toMatch(/^Cancelled: /);
    expect(attachedCalendar(cancel)).toMatchObject({
      method: 'CANCEL',
      sequence: 2,
      status: 'CANCELLED',
      attachment: { type: 'text/calendar; method=CANCEL; charset=UTF-8' },
    });
  });

  it('escapes the member’s name in the HTML', () => {
    const mail = invitationMail(invitationOf('REQUEST', 0), {
      ...ctx,
      member: { name: '<b>Ada</b>' },
    });
    expect(mail.content?.[1]?.value).not.toContain('<b>Ada</b>');
    expect(mail.replyToList).toEqual([{ email: ctx.threadAddress, name: '<b>Ada</b>' }]);
  });
});

describe('the thank-you email', () => {
  const email = {
    ...rel,
    interviewId: 'iv-1',
    subject: 'Thank you',
    bodyText: 'Dear Lin,\n\nThank you for your time.',
  };
  const base = { ...ctx, messageId: 'thank-you.iv-1@reply.rapport.test' };

  it('answers the last message of the thread and references all of them', () => {
    const mail = thankYouMail(email, {
      ...base,
      thread: {
        address: ctx.threadAddress,
        messageIds: ['m-1@rapport.local', 'm-2@rapport.local'],
      },
    });
    expect(mail.headers).toEqual({
      'Message-ID': '<thank-you.iv-1@reply.rapport.test>',
      'In-Reply-To': '<m-2@rapport.local>',
      References: '<m-1@rapport.local> <m-2@rapport.local>',
    });
  });

  it('starts a conversation of its own when there was no thread', () => {
    const mail = thankYouMail(email, base);
    expect(mail.headers).toEqual({ 'Message-ID': '<thank-you.iv-1@reply.rapport.test>' });
    expect(mail.replyToList).toEqual([{ email: 'ada@student.example', name: 'Ada Lovelace' }]);
  });
});
