import type {
  Channel,
  Delivery,
  MessageContent,
  ReferredPerson,
  ResponseOutcome,
} from './outreach.events';

interface Base {
  readonly memberId: string;
  readonly contactId: string;
  readonly at: Date;
}

export interface DraftOutreach extends Base {
  readonly type: 'DraftOutreach';
  readonly draft: MessageContent;
}
export interface SendOutreach extends Base {
  readonly type: 'SendOutreach';
  readonly channel: Channel;
  readonly delivery: Delivery;
  readonly subject?: string;
  readonly body?: string;
  /** Supplied by the handler for email through Rapport. */
  readonly messageId?: string;
  readonly threadToken?: string;
}
export interface RaiseFollowUpDue extends Base {
  readonly type: 'RaiseFollowUpDue';
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly draft: MessageContent;
  readonly suggestedContactId?: string;
}
export interface SendFollowUp extends Base {
  readonly type: 'SendFollowUp';
  readonly channel: Channel;
  readonly delivery: Delivery;
  readonly subject?: string;
  readonly body?: string;
  readonly messageId?: string;
}
export interface RecordResponse extends Base {
  readonly type: 'RecordResponse';
  readonly outcome: ResponseOutcome;
  readonly note?: string;
  readonly referredTo?: ReferredPerson;
  readonly recordedVia: 'member' | 'email-reply';
}
export interface MarkUnresponsive extends Base {
  readonly type: 'MarkUnresponsive';
  readonly suggestion: string;
}
export interface CloseOutreach extends Base {
  readonly type: 'CloseOutreach';
  readonly reason?: string;
}
export interface ReopenOutreach extends Base {
  readonly type: 'ReopenOutreach';
}
export interface SetAutoSend extends Base {
  readonly type: 'SetAutoSend';
  readonly autoSend: boolean;
}

export type OutreachCommand =
  | DraftOutreach
  | SendOutreach
  | RaiseFollowUpDue
  | SendFollowUp
  | RecordResponse
  | MarkUnresponsive
  | CloseOutreach
  | ReopenOutreach
  | SetAutoSend;
