import { isSent, type OutreachState } from '../domain/outreach.state';

/** One end of an email: an address and the name shown beside it. */
export interface EmailParty {
  readonly email: string;
  readonly name: string;
}

/** The addressing of an email Rapport sends for the member: to the contact, replies to the member. */
export interface EmailAddressing {
  readonly to: EmailParty;
  readonly replyTo: EmailParty;
}

/**
 * What the integration events of one decision need besides the domain events: the relationship,
 * the email addressing (never stored in the event stream, so erasure has less to reach), and the
 * thread as it stood when the decision was taken.
 */
export interface OutreachOutboxContext {
  readonly relationshipId: string;
  readonly email?: EmailAddressing;
  readonly thread: { readonly threadToken?: string; readonly messageIds: readonly string[] };
}

/** The thread as the state knows it (a closed outreach keeps the thread it had). */
export function threadOf(state: OutreachState): OutreachOutboxContext['thread'] {
  const open = state.status === 'closed' ? state.before : state;
  if (!isSent(open)) return { messageIds: [] };
  return {
    ...(open.threadToken ? { threadToken: open.threadToken } : {}),
    messageIds: open.messageIds,
  };
}
