import { create } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import {
  ContactAddedSchema,
  ContactErasedSchema,
  EnvelopeSchema,
  type EventMessage,
  FollowUpSentSchema,
  InterviewCancelledSchema,
  InterviewCompletedSchema,
  InterviewRescheduledSchema,
  InterviewScheduledSchema,
  OutreachClosedSchema,
  ResponseOutcome,
  ResponseReceivedSchema,
  ThankYouSentSchema,
  TouchLoggedSchema,
} from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import { relationshipWorkflowId, signalFor } from './outreach-signals';

const ids = { memberId: 'member-1', contactId: 'contact-1', relationshipId: 'member-1:contact-1' };
const occurredAt = Date.parse('2025-03-04T09:00:00Z');

function consumed(payload: EventMessage): ConsumedEvent {
  return {
    envelope: create(EnvelopeSchema, {
      eventId: 'event-1',
      tenantId: 'uni-a',
      occurredAt: timestampFromMs(occurredAt),
    }),
    payload,
    topic: 'rapport.outreach.v1',
    partition: 0,
    offset: '0',
    headers: {},
  };
}

describe('outreach events as relationship signals', () => {
  it('names the workflow by tenant and relationship', () => {
    expect(relationshipWorkflowId('uni-a', 'r1')).toBe('rel:uni-a:r1');
  });

  it('carries the event id and when it happened', () => {
    const bridged = signalFor(consumed(create(FollowUpSentSchema, { ...ids, sequence: 2 })));
    expect(bridged?.signal.name).toBe('followUpSent');
    expect(bridged?.ids).toEqual({ tenantId: 'uni-a', ...ids });
    expect(bridged?.payload).toEqual({ sourceEventId: 'event-1', occurredAt, sequence: 2 });
    expect(signalFor(consumed(create(OutreachClosedSchema, ids)))?.signal.name).toBe('close');
  });

  it('maps every outcome, an unclassified answer included, and rejects a missing one', () => {
    const answer = (outcome: ResponseOutcome) =>
      signalFor(consumed(create(ResponseReceivedSchema, { ...ids, outcome })));
    expect(answer(ResponseOutcome.ACCEPTED)?.payload).toMatchObject({ outcome: 'accepted' });
    expect(answer(ResponseOutcome.REFERRED)?.payload).toMatchObject({ outcome: 'referred' });
    expect(answer(ResponseOutcome.DECLINED)?.payload).toMatchObject({ outcome: 'declined' });
    const other = answer(ResponseOutcome.OTHER);
    expect(other?.signal.name).toBe('responseReceived');
    expect(other?.payload).toEqual({ sourceEventId: 'event-1', occurredAt, outcome: 'other' });
    expect(() => answer(ResponseOutcome.UNSPECIFIED)).toThrow(PermanentError);
  });

  it('rejects for good an event that names no relationship, and ignores other events', () => {
    expect(() =>
      signalFor(consumed(create(OutreachClosedSchema, { ...ids, relationshipId: ' ' }))),
    ).toThrow(PermanentError);
    expect(() => signalFor(consumed(create(FollowUpSentSchema, { ...ids, sequence: 0 })))).toThrow(
      PermanentError,
    );
    expect(signalFor(consumed(create(ContactAddedSchema, ids)))).toBeUndefined();
  });

  it('turns the interviews context’s events into their signals, dated by the event’s own time', () => {
    const startsAt = Date.parse('2025-03-10T14:00:00Z');
    const scheduled = signalFor(
      consumed(
        create(InterviewScheduledSchema, {
          ...ids,
          interviewId: 'i-1',
          startsAt: timestampFromMs(startsAt),
          durationMinutes: 20,
        }),
      ),
    );
    expect(scheduled?.signal.name).toBe('interviewScheduled');
    expect(scheduled?.payload).toEqual({
      sourceEventId: 'event-1',
      occurredAt,
      interviewAt: startsAt,
    });
    const moved = signalFor(
      consumed(
        create(InterviewRescheduledSchema, {
          ...ids,
          startsAt: timestampFromMs(startsAt + 3600_000),
        }),
      ),
    );
    expect(moved?.signal.name).toBe('interviewRescheduled');
    expect(() => signalFor(consumed(create(InterviewScheduledSchema, ids)))).toThrow(
      /without its start time/,
    );
    expect(signalFor(consumed(create(InterviewCancelledSchema, ids)))?.signal.name).toBe(
      'interviewCancelled',
    );
    const done = Date.parse('2025-03-10T14:25:00Z');
    const completed = signalFor(
      consumed(create(InterviewCompletedSchema, { ...ids, completedAt: timestampFromMs(done) })),
    );
    expect(completed?.signal.name).toBe('interviewCompleted');
    expect(completed?.payload.occurredAt).toBe(done);
    const thanks = signalFor(
      consumed(create(ThankYouSentSchema, { ...ids, sentAt: timestampFromMs(done + 60_000) })),
    );
    expect(thanks?.signal.name).toBe('thankYouSent');
    expect(thanks?.payload.occurredAt).toBe(done + 60_000);
    // Without a time of its own, the envelope's time stands.
    const touch = signalFor(consumed(create(TouchLoggedSchema, ids)));
    expect(touch?.signal.name).toBe('touchLogged');
    expect(touch?.payload.occurredAt).toBe(occurredAt);
  });

  it('closes the relationship with an erased contact, without ever starting one', () => {
    const bridged = signalFor(
      consumed(create(ContactErasedSchema, { memberId: 'member-1', contactId: 'contact-1' })),
    );
    expect(bridged?.signal.name).toBe('close');
    expect(bridged?.onlyIfRunning).toBe(true);
    expect(bridged?.ids.relationshipId).toBe('member-1:contact-1');
    expect(() =>
      signalFor(consumed(create(ContactErasedSchema, { memberId: 'member-1', contactId: '' }))),
    ).toThrow(PermanentError);
  });
});
