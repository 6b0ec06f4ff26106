import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  EnvelopeSchema,
  InterviewCompletedSchema,
  OutreachClosedSchema,
  OutreachEmailRequestedSchema,
  ResponseOutcome,
  ResponseReceivedSchema,
} from '@rapport/contracts';
import { PARTNER_EVENT_TYPES } from './partner-event-types';
import { partnerEventOf } from './partner-event.mapping';

const occurredAt = new Date('2026-12-02T10:00:00.000Z');
const envelope = create(EnvelopeSchema, { occurredAt: timestampFromDate(occurredAt) });
const ids = { memberId: 'ada', contactId: 'c-1', relationshipId: 'ada:c-1' };

describe('partner events', () => {
  it('names the answer by its outcome, in the recommended body shape', () => {
    const event = partnerEventOf(
      envelope,
      create(ResponseReceivedSchema, {
        ...ids,
        outcome: ResponseOutcome.ACCEPTED,
        referredTo: { givenName: 'Kim', email: 'kim@example.org' },
      }),
    );
    expect(event).toEqual({
      type: 'outreach.response_received',
      timestamp: occurredAt.toISOString(),
      data: { ...ids, outcome: 'accepted' },
    });
  });

  it('never carries bodies, subjects, notes, reasons or referred people', () => {
    const closed = partnerEventOf(
      envelope,
      create(OutreachClosedSchema, { ...ids, reason: 'private words of the member' }),
    );
    expect(JSON.stringify(closed)).not.toContain('private');
    const completed = partnerEventOf(
      envelope,
      create(InterviewCompletedSchema, {
        ...ids,
        interviewId: 'i-1',
        referrals: [{ referralId: 'r-1', name: 'Kim Lee', email: 'kim@x.org', note: 'secret' }],
      }),
    );
    expect(completed?.data).toEqual({ ...ids, interviewId: 'i-1', referrals: 1 });
  });

  it('leaves out what a partner has no business with', () => {
    const email = create(OutreachEmailRequestedSchema, { ...ids, bodyText: 'Dear Kim' });
    expect(partnerEventOf(envelope, email)).toBeUndefined();
  });

  it('publishes unique, dotted lower-case names', () => {
    expect(new Set(PARTNER_EVENT_TYPES).size).toBe(PARTNER_EVENT_TYPES.length);
    for (const name of PARTNER_EVENT_TYPES) expect(name).toMatch(/^[a-z]+\.[a-z_]+$/);
  });
});
