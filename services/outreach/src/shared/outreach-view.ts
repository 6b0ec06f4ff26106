import { relationshipId } from '../domain/outreach.decider';
import type { OpenOutreachState, OutreachState } from '../domain/outreach.state';

function openView(state: OpenOutreachState) {
  const common = { autoSend: state.autoSend, draft: state.draft ?? null };
  switch (state.status) {
    case 'drafted':
      return { status: state.status, ...common };
    case 'awaiting-reply':
    case 'follow-up-due':
    case 'responded':
    case 'unresponsive':
      return {
        status: state.status,
        ...common,
        channel: state.channel,
        subject: state.subject ?? null,
        sentThroughRapport: state.threadToken !== undefined,
        firstSentAt: state.firstSentAt,
        lastSentAt: state.lastSentAt,
        followUpsSent: state.followUpsSent,
        pendingFollowUp: state.pendingDue ?? null,
        ...(state.status === 'responded'
          ? { outcome: state.outcome, respondedAt: state.respondedAt }
          : {}),
        ...(state.status === 'unresponsive' ? { suggestion: state.suggestion } : {}),
      };
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

/**
 * A relationship's outreach as the API shows it. The thread token and message ids stay inside:
 * they address replies, and the member never needs them.
 */
export function outreachView(
  memberId: string,
  contactId: string,
  state: OutreachState,
  version: number,
) {
  const ids = { memberId, contactId, relationshipId: relationshipId(memberId, contactId), version };
  switch (state.status) {
    case 'none':
      return { ...ids, status: state.status, autoSend: state.autoSend };
    case 'closed':
      return {
        ...ids,
        ...openView(state.before),
        status: state.status,
        statusBeforeClose: state.before.status,
        closedAt: state.closedAt,
        closeReason: state.reason ?? null,
      };
    default:
      return { ...ids, ...openView(state) };
  }
}

export type OutreachView = ReturnType<typeof outreachView>;
