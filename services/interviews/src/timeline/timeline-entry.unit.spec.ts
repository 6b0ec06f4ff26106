import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Channel,
  InterviewFormat,
  ResponseOutcome,
  ThankYouChannel,
  TouchKind,
} from '@rapport/contracts';
import { PermanentError } from '@rapport/messaging';
import { calendarReplyEventOf } from './calendar-reply-line';
import { timelineEventOf } from './timeline-entry';
import { consumed, RELATIONSHIP } from './timeline-fixtures';

const at = new Date('2026-03-02T09:00:00Z');
const outreach = { streamId: 'outreach:member-ada:c-grace', occurredAt: at };
const interview = { streamId: 'interview:member-ada:i-1', occurredAt: at };

describe('timelineEventOf', () => {
  it('makes a request line, a touch dated by the envelope, with the channel named', () => {
    const event = consumed(
      'rapport.outreach.v1.OutreachSent',
      { ...RELATIONSHIP, channel: Channel.EMAIL, sentByRapport: true },
      { ...outreach, eventId: 'e-1', version: 1 },
    );
    expect(timelineEventOf(event)).toEqual({
      tenantId: 'uni-a',
      streamId: outreach.streamId,
      version: 1,
      ...RELATIONSHIP,
      entry: {
        eventId: 'e-1',
        kind: 'request-sent',
        at,
        touch: true,
        details: { channel: 'email', sentByRapport: true },
        streamId: outreach.streamId,
        version: 1,
      },
    });
  });

  it('dates a completion, a thank-you and a touch by when they happened, not when they were recorded', () => {
    const happened = new Date('2026-03-01T15:00:00Z');
    const cases = [
      consumed(
        'rapport.interviews.v1.InterviewCompleted',
        {
          ...RELATIONSHIP,
          interviewId: 'i-1',
          completedAt: timestampFromDate(happened),
          referrals: [{ referralId: 'r-1', name: 'Lin' }],
        },
        { ...interview, eventId: 'e-2', version: 3 },
      ),
      consumed(
        'rapport.interviews.v1.ThankYouSent',
        {
          ...RELATIONSHIP,
          interviewId: 'i-1',
          sentAt: timestampFromDate(happened),
          channel: ThankYouChannel.NOTE,
        },
        { ...interview, eventId: 'e-3', version: 4 },
      ),
      consumed(
        'rapport.interviews.v1.TouchLogged',
        {
          ...RELATIONSHIP,
          touchId: 't-1',
          touchedAt: timestampFromDate(happened),
          kind: TouchKind.SHARED_ARTICLE,
        },
        { ...interview, eventId: 'e-4', version: 5 },
      ),
    ];
    const entries = cases.map((event) => timelineEventOf(event)?.entry);
    expect(entries.map((entry) => [entry?.kind, entry?.at, entry?.touch, entry?.details])).toEqual([
      ['interview-completed', happened, true, { referrals: 1 }],
      ['thank-you-sent', happened, true, { channel: 'note' }],
      ['touch-logged', happened, true, { kind: 'shared-article' }],
    ]);
  });

  it('records scheduling with its start, format and time zone, and does not count it as a touch', () => {
    const startsAt = new Date('2026-03-10T14:00:00Z');
    const line = timelineEventOf(
      consumed(
        'rapport.interviews.v1.InterviewScheduled',
        {
          ...RELATIONSHIP,
          interviewId: 'i-1',
          startsAt: timestampFromDate(startsAt),
          durationMinutes: 20,
          timeZone: 'Europe/Paris',
          format: InterviewFormat.VIDEO,
        },
        { ...interview, eventId: 'e-5', version: 1 },
      ),
    );
    expect(line?.entry).toMatchObject({
      kind: 'interview-scheduled',
      touch: false,
      interviewId: 'i-1',
      details: {
        startsAt: startsAt.toISOString(),
        durationMinutes: 20,
        timeZone: 'Europe/Paris',
        format: 'video',
      },
    });
  });

  it('names the answer of a response', () => {
    const line = timelineEventOf(
      consumed(
        'rapport.outreach.v1.ResponseReceived',
        { ...RELATIONSHIP, outcome: ResponseOutcome.ACCEPTED },
        { ...outreach, eventId: 'e-6', version: 2 },
      ),
    );
    expect(line?.entry.details).toEqual({ outcome: 'accepted', matchedFromEmail: false });
  });

  it('passes over events that are not part of a timeline', () => {
    const event = consumed(
      'rapport.outreach.v1.FollowUpDue',
      { ...RELATIONSHIP, sequence: 1 },
      { ...outreach, eventId: 'e-7', version: 3 },
    );
    expect(timelineEventOf(event)).toBeUndefined();
  });

  it('refuses, as permanent, an event that names no relationship', () => {
    const event = consumed(
      'rapport.outreach.v1.OutreachClosed',
      { memberId: 'member-ada', contactId: 'c-grace' },
      { ...outreach, eventId: 'e-8', version: 4 },
    );
    expect(() => timelineEventOf(event)).toThrow(PermanentError);
  });

  it('puts a calendar answer on the relationship of the contact found for it, not as a touch', () => {
    const receivedAt = new Date('2026-03-03T08:30:00Z');
    const event = consumed(
      'rapport.notifications.v1.CalendarReplyReceived',
      {
        memberId: 'member-ada',
        interviewId: 'i-1',
        icsUid: 'i-1@interviews.rapport.test',
        attendeeEmail: 'grace@navy.example',
        partstat: 'TENTATIVE',
        sequence: 2,
        receivedAt: timestampFromDate(receivedAt),
      },
      {
        streamId: 'invitation:i-1@interviews.rapport.test',
        eventId: 'e-9',
        version: 1,
        occurredAt: at,
      },
    );
    expect(timelineEventOf(event)).toBeUndefined();
    expect(calendarReplyEventOf(event, 'c-grace')).toMatchObject({
      ...RELATIONSHIP,
      entry: {
        kind: 'calendar-reply',
        at: receivedAt,
        touch: false,
        interviewId: 'i-1',
        details: { answer: 'tentative', sequence: 2 },
      },
    });
  });
});
