import ICAL from 'ical.js';
import { invitationReplyAddress } from '@rapport/contracts';
import type { Slot } from '../domain/interview.events';
import { calendarInvitation, icsUidOf, type InvitationInput } from './calendar-invitation';

const slot: Slot = {
  startsAt: '2026-03-29T00:30:00.000Z',
  durationMinutes: 20,
  timeZone: 'Europe/London',
  format: 'video',
  location: 'https://meet.example/abc',
};
const input: InvitationInput = {
  interviewId: 'i-1',
  method: 'REQUEST',
  sequence: 0,
  slot,
  organizer: { name: 'Ada Lovelace', email: 'ada@students.example' },
  attendee: { name: 'Dr Lin Ho', email: 'lin@hydro.example' },
  answerTo: invitationReplyAddress('Reply.Rapport.Test'),
  stamp: new Date('2026-03-02T09:00:00Z'),
};

/** Read back with Mozilla's parser, which the generator does not share a line of code with. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('the calendar invitation', () => {
  it('is a REQUEST with a stable UID, the slot in UTC, organizer and attendee', () => {
    const { calendar, vevent, event } = parse(calendarInvitation(input));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe('i-1@interviews.rapport');
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-29T00:50:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.location).toBe('https://meet.example/abc');
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Ada Lovelace');
    const attendee = vevent.getFirstProperty('attendee');
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe('mailto:lin@hydro.example');
    expect(attendee?.getParameter('rsvp')).toBe('TRUE');
    expect(attendee?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee?.getParameter('cn')).toBe('Dr Lin Ho');
  });

  it('names Rapport’s answer address as ORGANIZER, so the contact’s calendar replies reach us', () => {
    // iMIP sends a REPLY to the ORGANIZER's address: the member's own mailbox would never tell us.
    const { vevent } = parse(calendarInvitation(input));
    const organizer = vevent.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe(
      'mailto:invitations@reply.rapport.test',
    );
    expect(organizer?.getParameter('cn')).toBe('Ada Lovelace');
    // SENT-BY names one acting for the organizer (RFC 5545 3.2.18); the member is not that.
    expect(organizer?.getParameter('sent-by')).toBeUndefined();
    const ics = calendarInvitation(input);
    expect(ics).not.toContain('ada@students.example');
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe(
      'mailto:lin@hydro.example',
    );
  });

  it('spells the agreed local time in the member’s zone, across the DST change', () => {
    // 00:30 UTC on 29 March 2026 is 00:30 GMT; an hour later London is on BST.
    const { event } = parse(calendarInvitation(input));
    expect(event.description).toContain('00:30');
    expect(event.description).toContain('Europe/London');
    const after = parse(
      calendarInvitation({ ...input, slot: { ...slot, startsAt: '2026-03-29T09:00:00.000Z' } }),
    );
    expect(after.event.description).toContain('10:00');
  });

  it('cancels with METHOD CANCEL, STATUS CANCELLED and a higher SEQUENCE under the same UID', () => {
    const { calendar, vevent, event } = parse(
      calendarInvitation({ ...input, method: 'CANCEL', sequence: 2 }),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(2);
    expect(event.uid).toBe(icsUidOf('i-1'));
  });

  it('is the same text when made again from the same facts (a download repeats)', () => {
    expect(calendarInvitation(input)).toBe(calendarInvitation(input));
    expect(calendarInvitation(input)).toMatch(/DTSTAMP:20260302T090000Z/);
  });

  it('escapes what the member typed', () => {
    const typed = { ...slot, format: 'in_person' as const, location: 'Room 4; Hall, "B"' };
    const { event } = parse(calendarInvitation({ ...input, slot: typed }));
    expect(event.location).toBe('Room 4; Hall, "B"');
  });
});
