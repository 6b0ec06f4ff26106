import { ApplicationFailure } from '@temporalio/activity';
import { signInternalToken } from '@rapport/platform/http';
import type {
  DueItem,
  FollowUpDueItem,
  InstitutionPolicyVersion,
  InterviewReminderItem,
  KeepInTouchItem,
  RelationshipActivities,
  ThankYouItem,
  UnresponsiveItem,
} from './relationship.activities';

/** A notifications-bound due item; the worker's outbox publishes it (idempotent by key). */
export type DueNotification =
  | { type: 'SecondContactDue'; item: DueItem }
  | { type: 'InterviewReminderDue'; item: InterviewReminderItem }
  | { type: 'ThankYouDue'; item: ThankYouItem }
  | { type: 'KeepInTouchDue'; item: KeepInTouchItem };

export interface RelationshipActivityDeps {
  outreachBaseUrl: string;
  /** Signs the system token the outreach service verifies. */
  internalPrivateKeyPem: string;
  publishDue(notification: DueNotification): Promise<void>;
  /** The worker's read model of the institutions' policies. */
  currentInstitutionPolicy(tenantId: string): Promise<InstitutionPolicyVersion | null>;
  fetch?: typeof fetch;
}

const OUTREACH_AUDIENCE = 'outreach';

export function createRelationshipActivities(
  deps: RelationshipActivityDeps,
): RelationshipActivities {
  const doFetch = deps.fetch ?? fetch;

  async function postToOutreach(item: DueItem, action: string, body: object): Promise<void> {
    const token = await signInternalToken(
      deps.internalPrivateKeyPem,
      { tenantId: item.tenantId, actorId: 'relationship-workflow', role: 'system' },
      { audience: OUTREACH_AUDIENCE },
    );
    const url = `${deps.outreachBaseUrl}/members/${encodeURIComponent(item.memberId)}/outreach/${encodeURIComponent(item.contactId)}/${action}`;
    const response = await doFetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': item.idempotencyKey,
      },
      body: JSON.stringify(body),
    });
    if (response.ok) return;
    const detail = `${action} answered ${response.status}: ${await response.text()}`;
    // A 4xx other than 408/429 will not get better by retrying.
    const permanent =
      response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
    if (permanent) throw ApplicationFailure.nonRetryable(detail, 'InvalidDueItem');
    throw ApplicationFailure.retryable(detail, 'OutreachUnavailable');
  }

  return {
    raiseFollowUpDue: (item: FollowUpDueItem) =>
      postToOutreach(item, 'follow-up-due', {
        sequence: item.sequence,
        idempotencyKey: item.idempotencyKey,
        mode: item.mode,
      }),
    markUnresponsive: (item: UnresponsiveItem) =>
      postToOutreach(item, 'unresponsive', { suggestion: item.suggestion }),
    raiseSecondContactDue: (item) => deps.publishDue({ type: 'SecondContactDue', item }),
    raiseInterviewReminderDue: (item) => deps.publishDue({ type: 'InterviewReminderDue', item }),
    raiseThankYouDue: (item) => deps.publishDue({ type: 'ThankYouDue', item }),
    raiseKeepInTouchDue: (item) => deps.publishDue({ type: 'KeepInTouchDue', item }),
    currentInstitutionPolicy: (tenantId) => deps.currentInstitutionPolicy(tenantId),
  };
}
