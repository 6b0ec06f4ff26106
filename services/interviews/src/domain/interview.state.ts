import type {
  Conversation,
  InterviewEvent,
  Partstat,
  QuestionPlan,
  Slot,
  ThankYouChannel,
  TouchKind,
} from './interview.events';

/** What an interview has from the moment it is scheduled, whatever happens next. */
export interface Arranged {
  readonly memberId: string;
  readonly contactId: string;
  readonly interviewId: string;
  readonly slot: Slot;
  /** The invitation's SEQUENCE: 0 when first sent, one more on every reschedule and the cancel. */
  readonly sequence: number;
  /** When the invitation last changed (its DTSTAMP). */
  readonly changedAt: string;
  readonly fingerprint: string;
  readonly plan: QuestionPlan;
  readonly reply?: { readonly partstat: Partstat; readonly sequence: number; readonly at: string };
}

export interface Touch {
  readonly touchId: string;
  readonly kind: TouchKind;
  readonly note?: string;
  readonly touchedAt: string;
  readonly fingerprint: string;
}

export interface Completed extends Arranged {
  readonly status: 'completed';
  readonly conversation: Conversation;
  readonly completedAt: string;
  readonly completionFingerprint: string;
  readonly thankYouDraft?: { readonly subject: string; readonly body: string };
  readonly thankYou?: { readonly channel: ThankYouChannel; readonly sentAt: string };
  readonly fulfilled: readonly string[];
  readonly touches: readonly Touch[];
}

/** Plain data (it is kept as the stream head's snapshot). */
export type InterviewState =
  | { readonly status: 'none' }
  | (Arranged & { readonly status: 'scheduled' })
  | (Arranged & { readonly status: 'cancelled'; readonly reason?: string })
  | Completed;

export const initialInterviewState: InterviewState = { status: 'none' };

export function evolveInterview(state: InterviewState, event: InterviewEvent): InterviewState {
  switch (event.type) {
    case 'InterviewScheduled': {
      const { memberId, contactId, interviewId, sequence, fingerprint, at } = event.data;
      const { startsAt, durationMinutes, timeZone, format, location } = event.data;
      const slot: Slot = {
        startsAt,
        durationMinutes,
        timeZone,
        format,
        ...(location ? { location } : {}),
      };
      return {
        status: 'scheduled',
        memberId,
        contactId,
        interviewId,
        slot,
        sequence,
        changedAt: at,
        fingerprint,
        plan: { questions: [] },
      };
    }
    case 'InterviewRescheduled': {
      if (state.status !== 'scheduled') return state;
      const { startsAt, durationMinutes, timeZone, format, location, sequence, at } = event.data;
      const slot: Slot = {
        startsAt,
        durationMinutes,
        timeZone,
        format,
        ...(location ? { location } : {}),
      };
      // A moved invitation asks the contact again; their answer to the old one no longer holds.
      return { ...state, slot, sequence, changedAt: at, reply: undefined };
    }
    case 'InterviewCancelled': {
      if (state.status !== 'scheduled') return state;
      const { reason, sequence, at } = event.data;
      return {
        ...state,
        status: 'cancelled',
        sequence,
        changedAt: at,
        ...(reason ? { reason } : {}),
      };
    }
    case 'QuestionPlanPrepared':
    case 'QuestionPlanChanged': {
      if (state.status === 'none') return state;
      const { questions, introduction, agenda, researchNotes } = event.data;
      const plan: QuestionPlan = {
        questions,
        ...(introduction ? { introduction } : {}),
        ...(agenda ? { agenda } : {}),
        ...(researchNotes ? { researchNotes } : {}),
      };
      return { ...state, plan };
    }
    case 'InvitationReplyRecorded': {
      if (state.status === 'none') return state;
      const { partstat, sequence, at } = event.data;
      return { ...state, reply: { partstat, sequence, at } };
    }
    case 'InterviewCompleted': {
      if (state.status !== 'scheduled') return state;
      const { notes, adviceItems, commitments, closingAsks, fingerprint, completedAt } = event.data;
      return {
        ...state,
        status: 'completed',
        conversation: { notes, adviceItems, commitments, closingAsks },
        completedAt,
        completionFingerprint: fingerprint,
        fulfilled: [],
        touches: [],
      };
    }
    case 'ThankYouDrafted':
      if (state.status !== 'completed') return state;
      return { ...state, thankYouDraft: { subject: event.data.subject, body: event.data.body } };
    case 'ThankYouSent':
      if (state.status !== 'completed') return state;
      return { ...state, thankYou: { channel: event.data.channel, sentAt: event.data.sentAt } };
    case 'CommitmentFulfilled':
      if (state.status !== 'completed') return state;
      return { ...state, fulfilled: [...state.fulfilled, event.data.commitmentId] };
    case 'TouchLogged': {
      if (state.status !== 'completed') return state;
      const { touchId, kind, note, touchedAt, fingerprint } = event.data;
      const touch: Touch = { touchId, kind, touchedAt, fingerprint, ...(note ? { note } : {}) };
      return { ...state, touches: [...state.touches, touch] };
    }
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
