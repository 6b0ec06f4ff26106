import { calendarPartsIn } from './calendar-parts';
import { calendarAddress, readCalendar } from './calendar-reading';
import { invitationIcs, replyIcs } from './ics.test-fixture';

describe('reading calendar objects', () => {
  it('reads a reply’s method, UID, sequence and the attendee’s answer across folded lines', () => {
    const reply = readCalendar(
      replyIcs({
        uid: 'iv-1@rapport.test',
        sequence: 2,
        attendee: 'Lin@Firm.example',
        partstat: 'accepted',
      }),
    );
    expect(reply).toEqual({
      method: 'REPLY',
      uid: 'iv-1@rapport.test',
      sequence: 2,
      dtstamp: '2026-03-02T12:00:00Z',
      attendees: [{ email: 'lin@firm.example', partstat: 'ACCEPTED' }],
    });
  });

  it('reads an invitation with a time zone', () => {
    const invitation = readCalendar(
      invitationIcs({ uid: 'iv-2', sequence: 0, method: 'REQUEST', attendee: 'lin@firm.example' }),
    );
    expect(invitation).toMatchObject({ method: 'REQUEST', uid: 'iv-2', sequence: 0 });
  });

  it.each([
    ['not iCalendar at all', 'hello'],
    ['a calendar without an event', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'],
    [
      'an event without a UID',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSEQUENCE:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    ],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lin\r\nEND:VCARD\r\n'],
  ])('answers undefined for %s, without throwing', (_label, text) => {
    expect(readCalendar(text)).toBeUndefined();
  });

  it('takes only mailto addresses as calendar users', () => {
    expect(calendarAddress('MAILTO: Lin@Firm.example ')).toBe('lin@firm.example');
    expect(calendarAddress('urn:uuid:123')).toBeUndefined();
    expect(calendarAddress(42)).toBeUndefined();
  });
});

describe('finding calendar parts in a raw message', () => {
  const ics = replyIcs({
    uid: 'iv-3',
    sequence: 1,
    attendee: 'lin@firm.example',
    partstat: 'DECLINED',
  });

  it('finds a base64 text/calendar part of a multipart/alternative reply', () => {
    const message = [
      'From: Lin Chen <lin@firm.example>',
      'Subject: Declined: Informational interview',
      'Content-Type: multipart/alternative; boundary="alt-1"',
      '',
      '--alt-1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Lin has declined this invitation.',
      '--alt-1',
      'Content-Type: text/calendar; charset=UTF-8; method=REPLY',
      'Content-Transfer-Encoding: base64',
      '',
      ...(Buffer.from(ics)
        .toString('base64')
        .match(/.{1,76}/g) ?? []),
      '--alt-1--',
      '',
    ].join('\r\n');
    const parts = calendarPartsIn(message);
    expect(parts).toHaveLength(1);
    expect(readCalendar(parts[0] ?? '')).toMatchObject({ method: 'REPLY', uid: 'iv-3' });
  });

  it('finds a quoted-printable .ics attachment in multipart/mixed', () => {
    const qp = ics.replace(/=/g, '=3D').replace(/\r\n/g, '=0D=0A=\r\n');
    const message = [
      'Content-Type: multipart/mixed; boundary=mix',
      '',
      '--mix',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment; filename="invite.ics"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp,
      '--mix--',
    ].join('\r\n');
    expect(readCalendar(calendarPartsIn(message)[0] ?? '')).toMatchObject({
      method: 'REPLY',
      attendees: [{ email: 'lin@firm.example', partstat: 'DECLINED' }],
    });
  });

  it('finds none in an ordinary reply', () => {
    expect(calendarPartsIn('Content-Type: text/plain\r\n\r\nHappy to talk next week.\r\n')).toEqual(
      [],
    );
  });
});
