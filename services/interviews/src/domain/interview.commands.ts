import type {
  Conversation,
  Partstat,
  QuestionPlan,
  Slot,
  ThankYouChannel,
  TouchKind,
} from './interview.events';

interface Target {
  readonly memberId: string;
  readonly interviewId: string;
  /** Business time, passed in: the decider reads no clock. */
  readonly at: Date;
}

export type ScheduleInterview = Target & {
  readonly type: 'ScheduleInterview';
  readonly contactId: string;
  readonly slot: Slot;
  readonly fingerprint: string;
};
export type RescheduleInterview = Target & {
  readonly type: 'RescheduleInterview';
  readonly slot: Slot;
};
export type CancelInterview = Target & {
  readonly type: 'CancelInterview';
  readonly reason?: string;
};
export type SetQuestionPlan = Target & {
  readonly type: 'SetQuestionPlan';
  readonly plan: QuestionPlan;
};
export type RecordInvitationReply = Target & {
  readonly type: 'RecordInvitationReply';
  readonly partstat: Partstat;
  readonly sequence: number;
};
export type CompleteInterview = Target & {
  readonly type: 'CompleteInterview';
  readonly conversation: Conversation;
  readonly fingerprint: string;
};
export type DraftThankYou = Target & {
  readonly type: 'DraftThankYou';
  readonly subject: string;
  readonly body: string;
};
export type SendThankYou = Target & {
  readonly type: 'SendThankYou';
  readonly channel: ThankYouChannel;
  readonly subject?: string;
  readonly body?: string;
};
export type FulfilCommitment = Target & {
  readonly type: 'FulfilCommitment';
  readonly commitmentId: string;
};
export type LogTouch = Target & {
  readonly type: 'LogTouch';
  readonly touchId: string;
  readonly kind: TouchKind;
  readonly note?: string;
  readonly touchedAt: Date;
  readonly fingerprint: string;
};

export type InterviewCommand =
  | ScheduleInterview
  | RescheduleInterview
  | CancelInterview
  | SetQuestionPlan
  | RecordInvitationReply
  | CompleteInterview
  | DraftThankYou
  | SendThankYou
  | FulfilCommitment
  | LogTouch;
