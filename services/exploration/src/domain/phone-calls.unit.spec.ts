import { deciderSpec } from '@rapport/testing';
import {
  type LogPhoneOutcome,
  nextStepAfter,
  type PhoneCallEvent,
  phoneCallsDecider,
  PhoneCallRejected,
} from './phone-calls';

const given = deciderSpec(phoneCallsDecider, PhoneCallRejected);
const at = new Date('2026-03-02T09:00:00Z');
const log: LogPhoneOutcome = {
  type: 'LogPhoneOutcome',
  memberId: 'm-ada',
  contactId: 'c-ho',
  callId: 'call-1',
  outcome: 'voicemail-left',
  note: 'Left my number',
  at,
};
const logged: PhoneCallEvent = {
  type: 'PhoneOutcomeLogged',
  data: {
    memberId: 'm-ada',
    contactId: 'c-ho',
    callId: 'call-1',
    outcome: 'voicemail-left',
    note: 'Left my number',
    at: at.toISOString(),
  },
};

describe('phone outcomes', () => {
  it('logs a call once under its id and refuses another outcome under it', () => {
    given([]).when(log).then([logged]);
    given([logged]).when(log).then([]);
    given([logged])
      .when({ ...log, outcome: 'reached' })
      .rejects('call-exists');
  });

  it('suggests an email after a voicemail, and nothing once the contact is reached', () => {
    const call = { callId: 'c', note: '', at: at.toISOString() };
    expect(nextStepAfter([])).toBeNull();
    expect(nextStepAfter([{ ...call, outcome: 'voicemail-left' }])).toBe('send-email-follow-up');
    expect(nextStepAfter([{ ...call, outcome: 'no-answer' }])).toBe('call-again');
    expect(nextStepAfter([{ ...call, outcome: 'wrong-number' }])).toBe('check-the-number');
    expect(
      nextStepAfter([
        { ...call, outcome: 'voicemail-left' },
        { ...call, outcome: 'reached' },
      ]),
    ).toBeNull();
  });
});
