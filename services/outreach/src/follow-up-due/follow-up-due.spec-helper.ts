import { type OutreachEmailRequested } from '@rapport/contracts';
import { outboxMessages } from '../testing/outbox-messages';
import { type Caller, expectStatus, type OutreachTestApp } from '../testing/outreach-test-app';

export const ada: Caller = { id: 'member-ada', role: 'member' };
export const workflow: Caller = { id: 'relationship-workflow', role: 'system' };
export const requestSubject = 'Advice on naval computing';

export interface FollowUpDueReply {
  raised: boolean;
  autoSent: boolean;
  autoSendSkipped: string | null;
  status: string;
  followUpsSent: number;
  version: number;
  pendingFollowUp: {
    sequence: number;
    dueAt: string;
    draft: { channel: string; subject: string; body: string };
    suggestedContactId?: string;
  } | null;
}

export const outreachPath = (contactId: string, action = '') =>
  `/members/member-ada/outreach/${contactId}${action}`;

/** The relationship workflow's timer firing for Ada's outreach to `contactId`. */
export async function fireFollowUpDue(
  service: OutreachTestApp,
  contactId: string,
  sequence: number,
  mode?: string,
): Promise<FollowUpDueReply> {
  const reply = await expectStatus(
    service,
    workflow,
    200,
    'POST',
    outreachPath(contactId, '/follow-up-due'),
    { json: { sequence, idempotencyKey: `rel:uni-a:member-ada:${contactId}:${sequence}`, mode } },
  );
  return reply.json<FollowUpDueReply>();
}

/** Ada's request to `contactId`, emailed through Rapport. */
export async function sendRequest(service: OutreachTestApp, contactId: string): Promise<void> {
  await expectStatus(service, ada, 200, 'POST', outreachPath(contactId, '/send'), {
    json: { channel: 'email', delivery: 'rapport', subject: requestSubject, body: 'Dear Grace, …' },
  });
}

/** The emails waiting in the outbox for Ada's outreach to `contactId`, oldest first. */
export async function emailsTo(
  service: OutreachTestApp,
  contactId: string,
): Promise<OutreachEmailRequested[]> {
  return (await outboxMessages(service.db, `outreach:member-ada:${contactId}`))
    .filter((m) => m.type === 'rapport.outreach.v1.OutreachEmailRequested')
    .map((m) => m.payload as OutreachEmailRequested);
}
