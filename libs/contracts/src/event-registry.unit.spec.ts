import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { InvalidPayloadError, UnknownEventTypeError } from './contract-errors';
import {
  decodePayload,
  encodePayload,
  EVENT_SCHEMAS,
  EVENT_TYPE_NAMES,
  eventSchemaFor,
  isEventTypeName,
  type EventInit,
  type EventTypeName,
} from './event-registry';
import { ContactSource, Warmth } from './gen/rapport/contacts/v1/contacts_pb';
import { CounterIncrementedSchema } from './gen/rapport/eventstore/v1/eventstore_pb';
import { Channel, EmailKind, ResponseOutcome } from './gen/rapport/outreach/v1/outreach_pb';
import { ThankYouKind } from './gen/rapport/relationship/v1/relationship_pb';
import { BounceKind } from './gen/rapport/notifications/v1/notifications_pb';
import {
  InterviewFormat,
  ThankYouChannel,
  TouchKind,
} from './gen/rapport/interviews/v1/interviews_pb';
import { PersonRole } from './gen/rapport/institutions/v1/institutions_pb';
import { GoalDecision } from './gen/rapport/exploration/v1/exploration_pb';

const member = { memberId: 'member-1', contactId: 'contact-2' };
const rel = { ...member, relationshipId: 'member-1:contact-2' };
const due = {
  ...rel,
  idempotencyKey: 'rel:uni-a:member-1:contact-2:3',
  dueAt: timestampFromDate(new Date('2025-03-04T09:00:00Z')),
};

// A mapped type, so adding an event to the registry without a sample here fails to compile.
const samples: { [T in EventTypeName]: EventInit<T> } = {
  'rapport.contacts.v1.ContactAdded': {
    ...member,
    givenName: 'Ada',
    familyName: 'Lovelace',
    email: 'ada@example.org',
    organisation: 'Analytical Engines Ltd',
    role: 'Engineer',
    industry: 'Computing',
    warmth: Warmth.WARM,
    source: ContactSource.REFERRAL,
    howWeMet: 'Introduced by Charles',
    referredByContactId: 'contact-1',
    tags: ['mentor', 'london'],
  },
  'rapport.contacts.v1.ContactDetailsChanged': { ...member, role: 'Principal', tags: ['mentor'] },
  'rapport.contacts.v1.ContactClassified': {
    ...member,
    warmth: Warmth.COLD,
    source: ContactSource.LINKEDIN,
  },
  'rapport.contacts.v1.ContactArchived': { ...member, reason: 'changed careers' },
  'rapport.contacts.v1.ContactErased': member,
  'rapport.contacts.v1.ContactRestored': member,
  'rapport.contacts.v1.ReferralRecorded': {
    ...member,
    referredByContactId: 'contact-1',
    mayUseReferrerName: true,
  },
  'rapport.outreach.v1.OutreachSent': { ...rel, channel: Channel.EMAIL, sentByRapport: true },
  'rapport.outreach.v1.OutreachEmailRequested': {
    ...rel,
    messageId: 'm-2@rapport.example',
    threadToken: 'tok-1',
    kind: EmailKind.FOLLOW_UP,
    followUpSequence: 1,
    toEmail: 'ada@example.org',
    subject: 'Re: Advice on engines',
    bodyText: 'Dear Ada, …',
    inReplyTo: 'm-1@rapport.example',
    references: ['m-1@rapport.example'],
  },
  'rapport.outreach.v1.FollowUpDue': { ...rel, sequence: 2, suggestedContactId: 'contact-3' },
  'rapport.outreach.v1.FollowUpSent': { ...rel, sequence: 2, channel: Channel.PHONE },
  'rapport.outreach.v1.ResponseReceived': {
    ...rel,
    outcome: ResponseOutcome.REFERRED,
    referredTo: { givenName: 'Sam', familyName: 'Ng', organisation: 'Rivers Ltd' },
  },
  'rapport.outreach.v1.OutreachMarkedUnresponsive': { ...rel, followUpsSent: 3 },
  'rapport.outreach.v1.OutreachClosed': { ...rel, reason: 'found a job' },
  'rapport.outreach.v1.OutreachReopened': rel,
  'rapport.relationship.v1.SecondContactSuggested': due,
  'rapport.relationship.v1.InterviewReminderDue': {
    ...due,
    hoursBefore: 24,
    interviewAt: timestampFromDate(new Date('2025-03-05T09:00:00Z')),
  },
  'rapport.relationship.v1.ThankYouDue': {
    ...due,
    kind: ThankYouKind.DEADLINE,
    interviewCompletedAt: timestampFromDate(new Date('2025-03-03T15:00:00Z')),
  },
  'rapport.relationship.v1.KeepInTouchDue': { ...due, cycle: 2 },
  'rapport.notifications.v1.EmailReplyReceived': {
    ...rel,
    threadToken: 'tok-1',
    messageId: 'reply-1@mail.example',
    inReplyTo: 'm-1@rapport.example',
    receivedAt: timestampFromDate(new Date('2025-03-02T10:00:00Z')),
  },
  'rapport.interviews.v1.InterviewScheduled': {
    ...rel,
    interviewId: 'interview-1',
    startsAt: timestampFromDate(new Date('2025-03-05T09:00:00Z')),
    durationMinutes: 20,
    timeZone: 'Europe/London',
    format: InterviewFormat.VIDEO,
  },
  'rapport.interviews.v1.InterviewRescheduled': {
    ...rel,
    interviewId: 'interview-1',
    startsAt: timestampFromDate(new Date('2025-03-06T09:00:00Z')),
    durationMinutes: 30,
  },
  'rapport.interviews.v1.InterviewCancelled': { ...rel, interviewId: 'interview-1', reason: 'ill' },
  'rapport.interviews.v1.InterviewCompleted': {
    ...rel,
    interviewId: 'interview-1',
    completedAt: timestampFromDate(new Date('2025-03-06T09:30:00Z')),
    referrals: [{ referralId: 'referral-1', name: 'Ana Ruiz', email: 'ana@example.org' }],
  },
  'rapport.interviews.v1.ThankYouSent': {
    ...rel,
    interviewId: 'interview-1',
    sentAt: timestampFromDate(new Date('2025-03-06T18:00:00Z')),
    channel: ThankYouChannel.NOTE,
  },
  'rapport.interviews.v1.TouchLogged': {
    ...rel,
    touchId: 'touch-1',
    touchedAt: timestampFromDate(new Date('2025-05-06T18:00:00Z')),
    kind: TouchKind.SHARED_ARTICLE,
  },
  'rapport.interviews.v1.InvitationIssued': {
    ...rel,
    interviewId: 'interview-1',
    method: 'REQUEST',
    sequence: 1,
    icsUid: 'interview-1@interviews.rapport',
    ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    summary: 'Informational interview',
    startsAt: timestampFromDate(new Date('2025-03-05T09:00:00Z')),
  },
  'rapport.interviews.v1.ThankYouEmailRequested': {
    ...rel,
    interviewId: 'interview-1',
    subject: 'Thank you',
    bodyText: 'Thank you for your time.',
  },
  'rapport.notifications.v1.ContactEmailBounced': {
    memberId: 'member-1',
    contactId: 'contact-1',
    email: 'gone@example.org',
    kind: BounceKind.HARD,
    reason: '550 5.1.1 no such user',
    bouncedAt: timestampFromDate(new Date('2025-03-02T10:00:00Z')),
  },
  'rapport.notifications.v1.CalendarReplyReceived': {
    memberId: 'member-1',
    interviewId: 'interview-1',
    icsUid: 'interview-1@rapport.example',
    attendeeEmail: 'contact@example.org',
    partstat: 'ACCEPTED',
    sequence: 2,
    receivedAt: timestampFromDate(new Date('2025-03-02T11:00:00Z')),
  },
  'rapport.eventstore.v1.CounterIncremented': {
    counterId: 'counter-1',
    amount: -3n,
    sequence: 2n ** 60n,
  },
  'rapport.institutions.v1.InstitutionRegistered': {
    institutionId: 'uni-a',
    name: 'University A',
    plan: 'standard',
  },
  'rapport.institutions.v1.PersonEnrolled': {
    institutionId: 'uni-a',
    personId: 'ada',
    email: 'ada@uni-a.example',
    displayName: 'Ada',
    role: PersonRole.MEMBER,
  },
  'rapport.institutions.v1.PersonRoleChanged': {
    institutionId: 'uni-a',
    personId: 'ada',
    role: PersonRole.COACH,
  },
  'rapport.institutions.v1.PersonRemoved': { institutionId: 'uni-a', personId: 'ada' },
  'rapport.institutions.v1.CoachAssigned': {
    institutionId: 'uni-a',
    coachId: 'cora',
    memberId: 'ada',
  },
  'rapport.institutions.v1.CoachUnassigned': {
    institutionId: 'uni-a',
    coachId: 'cora',
    memberId: 'ada',
  },
  'rapport.institutions.v1.PolicyChanged': {
    institutionId: 'uni-a',
    version: 3,
    urgent: true,
    policy: {
      followUpIntervalDays: 10,
      maxFollowUps: 2,
      businessDays: true,
      timeZone: 'Europe/Paris',
      quietHours: { start: '20:00', end: '08:00' },
      keepInTouchWeeks: 6,
      thankYouDeadlineHours: 48,
      guidance: { warnWords: 90, maxWords: 140, suggestedMinutes: 20, maxMinutes: 30 },
    },
  },
  'rapport.institutions.v1.BrandingChanged': {
    institutionId: 'uni-a',
    displayName: 'University A',
    primaryColor: '#123456',
    logoUrl: 'https://uni-a.example/logo.svg',
  },
  'rapport.exploration.v1.GoalCreated': { memberId: 'member-1', goalId: 'g-1' },
  'rapport.exploration.v1.ReflectionRecorded': {
    memberId: 'member-1',
    goalId: 'g-1',
    interviewId: 'i-1',
    fit: 4,
  },
  'rapport.exploration.v1.DecisionRecorded': {
    memberId: 'member-1',
    goalId: 'g-1',
    decision: GoalDecision.NOT_FOR_ME,
  },
};

describe('event registry', () => {
  it('is keyed by the protobuf type name of each schema', () => {
    expect(EVENT_TYPE_NAMES).toEqual(EVENT_SCHEMAS.map((schema) => schema.typeName));
    expect(new Set(EVENT_TYPE_NAMES).size).toBe(EVENT_SCHEMAS.length);
    for (const typeName of EVENT_TYPE_NAMES)
      expect(eventSchemaFor(typeName).typeName).toBe(typeName);
  });

  it.each(EVENT_TYPE_NAMES)('round-trips %s', (typeName) => {
    const bytes = encodePayload(typeName, samples[typeName]);
    const decoded = decodePayload(typeName, bytes);
    expect(decoded).toEqual(create(eventSchemaFor(typeName), samples[typeName]));
    expect(decoded.$typeName).toBe(typeName);
  });

  it('narrows the decoded type to the requested event', () => {
    const bytes = encodePayload('rapport.eventstore.v1.CounterIncremented', { amount: 5n });
    const event = decodePayload('rapport.eventstore.v1.CounterIncremented', bytes);
    expect(event.amount).toBe(5n);
  });

  it('accepts a message created with create()', () => {
    const message = create(CounterIncrementedSchema, { counterId: 'c', sequence: 1n });
    const bytes = encodePayload('rapport.eventstore.v1.CounterIncremented', message);
    expect(decodePayload('rapport.eventstore.v1.CounterIncremented', bytes)).toEqual(message);
  });

  it('rejects unknown event types with UnknownEventTypeError', () => {
    const unknown: string = 'rapport.contacts.v1.ContactTeleported';
    expect(isEventTypeName(unknown)).toBe(false);
    expect(() => decodePayload(unknown, new Uint8Array())).toThrow(UnknownEventTypeError);
    expect(() => encodePayload(unknown, {})).toThrow(UnknownEventTypeError);
    expect(() => eventSchemaFor(unknown)).toThrow(/ContactTeleported/);
  });

  it.each([
    ['a truncated length-delimited field', [0x0a, 0x10, 0x41]],
    ['an invalid wire type', [0x0f, 0x00]],
    ['an overlong varint', [0x08, ...Array<number>(11).fill(0xff)]],
  ])('rejects %s with InvalidPayloadError', (_label, bytes) => {
    const decode = () => decodePayload('rapport.contacts.v1.ContactAdded', Uint8Array.from(bytes));
    expect(decode).toThrow(InvalidPayloadError);
    expect(decode).toThrow(/rapport\.contacts\.v1\.ContactAdded/);
  });

  it('refuses to encode a message of another type under a registered name', () => {
    const message = create(CounterIncrementedSchema, { counterId: 'c' });
    expect(() => encodePayload('rapport.contacts.v1.ContactErased', message)).toThrow(
      InvalidPayloadError,
    );
  });
});
