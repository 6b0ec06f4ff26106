import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { Slot } from '../domain/interview.events';

export interface InvitationParty {
  readonly name: string;
  readonly email: string;
}

export interface InvitationInput {
  readonly interviewId: string;
  readonly method: 'REQUEST' | 'CANCEL';
  readonly sequence: number;
  readonly slot: Slot;
  /** The member: only their name is written (as the organizer's CN), never their own address. */
  readonly organizer: InvitationParty;
  readonly attendee: InvitationParty;
  /** The organizer's address: Rapport's, where calendars send their answers (`invitationReplyAddress`). */
  readonly answerTo: string;
  /** When this version of the invitation was made (DTSTAMP): the event's time, so a download repeats. */
  readonly stamp: Date;
}

/** The same UID for every version of one interview's invitation, and nothing of the tenant in it. */
export function icsUidOf(interviewId: string): string {
  return `${interviewId}@interviews.rapport`;
}

export function invitationSummary(organizer: InvitationParty): string {
  return `Informational interview with ${organizer.name}`;
}

const FORMAT_WORDS = { in_person: 'in person', phone: 'by phone', video: 'by video' } as const;

/**
 * An iTIP invitation (RFC 5546 over RFC 5545): METHOD REQUEST for a new or moved interview, CANCEL
 * with STATUS:CANCELLED for a cancelled one. Times are written in UTC (`…Z`), which every calendar
 * reads without a VTIMEZONE; the zone the member agreed in is named in the description, so the
 * contact still sees the agreed local time spelled out.
 *
 * ORGANIZER is the member's name at Rapport's answer address, because iMIP sends a REPLY to the
 * organizer's address and only mail there reaches the interview. No SENT-BY: RFC 5545 gives it to
 * someone acting on the organizer's behalf, and naming the member there would claim the member
 * acts for this address, and lead some calendars to answer the member instead.
 */
export function calendarInvitation(input: InvitationInput): string {
  const { slot, organizer, attendee } = input;
  const start = new Date(slot.startsAt);
  const end = new Date(start.getTime() + slot.durationMinutes * 60_000);
  const local = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: slot.timeZone,
  }).format(start);
  const calendar = ical({
    prodId: { company: 'Rapport', product: 'interviews', language: 'EN' },
    method: input.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent({
    id: icsUidOf(input.interviewId),
    sequence: input.sequence,
    stamp: input.stamp,
    start,
    end,
    summary: invitationSummary(organizer),
    description: `${slot.durationMinutes} minutes ${FORMAT_WORDS[slot.format]}, ${local} (${slot.timeZone}).`,
    ...(slot.location ? { location: slot.location } : {}),
    ...(slot.format === 'video' && slot.location?.startsWith('https://')
      ? { url: slot.location }
      : {}),
    status: input.method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    organizer: { name: organizer.name, email: input.answerTo },
    attendees: [
      {
        name: attendee.name,
        email: attendee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}
