import type { Decider, DomainEvent } from '@rapport/eventstore';

export type PhoneOutcome = 'reached' | 'voicemail-left' | 'no-answer' | 'wrong-number';

export const phoneCallsStreamId = (memberId: string, contactId: string) =>
  `phone:${memberId}:${contactId}`;

export interface PhoneCall {
  readonly callId: string;
  readonly outcome: PhoneOutcome;
  readonly note: string;
  readonly at: string;
}

export type PhoneCallEvent = DomainEvent<
  'PhoneOutcomeLogged',
  PhoneCall & { readonly memberId: string; readonly contactId: string }
>;

export interface LogPhoneOutcome {
  readonly type: 'LogPhoneOutcome';
  readonly memberId: string;
  readonly contactId: string;
  readonly callId: string;
  readonly outcome: PhoneOutcome;
  readonly note: string;
  readonly at: Date;
}

/** The calls made to one contact about a phone request, oldest first. */
export interface PhoneCallsState {
  readonly calls: readonly PhoneCall[];
}

export class PhoneCallRejected extends Error {
  readonly reason = 'call-exists';
  constructor(message: string) {
    super(message);
    this.name = 'PhoneCallRejected';
  }
}

function decide(command: LogPhoneOutcome, state: PhoneCallsState): PhoneCallEvent[] {
  const { memberId, contactId, callId, outcome, note } = command;
  const before = state.calls.find((call) => call.callId === callId);
  // A call is logged once under the client's id: the same log again is a retry, another is a clash.
  if (before) {
    if (before.outcome === outcome && before.note === note) return [];
    throw new PhoneCallRejected(`call ${callId} was logged with another outcome`);
  }
  const at = command.at.toISOString();
  return [{ type: 'PhoneOutcomeLogged', data: { memberId, contactId, callId, outcome, note, at } }];
}

function evolve(state: PhoneCallsState, event: PhoneCallEvent): PhoneCallsState {
  const { callId, outcome, note, at } = event.data;
  return { calls: [...state.calls, { callId, outcome, note, at }] };
}

export const phoneCallsDecider: Decider<LogPhoneOutcome, PhoneCallEvent, PhoneCallsState> = {
  decide,
  evolve,
  initialState: { calls: [] },
};

/** What to do after the latest call, as the seeds advise (a voicemail is followed by an email). */
export function nextStepAfter(calls: readonly PhoneCall[]): string | null {
  const latest = calls.at(-1);
  if (!latest) return null;
  switch (latest.outcome) {
    case 'reached':
      return null;
    case 'voicemail-left':
      return 'send-email-follow-up';
    case 'no-answer':
      return 'call-again';
    case 'wrong-number':
      return 'check-the-number';
    default: {
      const unexpected: never = latest.outcome;
      return unexpected;
    }
  }
}
