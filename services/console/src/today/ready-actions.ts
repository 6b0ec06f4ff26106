import { z } from 'zod';
import { v1Change, v1Get, v1Path } from '../app/v1-client';
import { type BoardCard, fetchBoard } from '../pipeline/pipeline';
import type { Session } from '../session/session';

// Outreach's view of one relationship (services/outreach, outreach-responses.ts): the draft of the
// request not sent yet, or the follow-up the relationship workflow drafted when it fell due.
const message = z.object({
  channel: z.string(),
  subject: z.string().optional(),
  body: z.string(),
});
const outreach = z.object({
  draft: message.nullable().optional(),
  pendingFollowUp: z.object({ dueAt: z.string(), draft: message }).nullable().optional(),
});
export type Draft = z.infer<typeof message>;

export interface ReadyAction {
  readonly kind: 'request' | 'follow-up';
  readonly contactId: string;
  readonly name: string;
  readonly draft: Draft;
  readonly dueAt?: string;
}

async function actionOf(memberId: string, card: BoardCard): Promise<ReadyAction | undefined> {
  const view = await v1Get(v1Path`/members/${memberId}/outreach/${card.contactId}`, outreach);
  const name = card.name ?? 'your contact';
  if (card.column === 'follow-up-due' && view.pendingFollowUp) {
    const { dueAt, draft } = view.pendingFollowUp;
    return { kind: 'follow-up', contactId: card.contactId, name, draft, dueAt };
  }
  if (card.column === 'drafted' && view.draft) {
    return { kind: 'request', contactId: card.contactId, name, draft: view.draft };
  }
  return undefined;
}

/** Follow-ups due first (soonest first), then requests drafted and waiting to be sent. */
export async function fetchReadyActions(memberId: string): Promise<ReadyAction[]> {
  const board = await fetchBoard(memberId);
  const cards = [...board.columns['follow-up-due'], ...board.columns.drafted];
  const actions = await Promise.all(cards.map((card) => actionOf(memberId, card)));
  return actions
    .filter((action): action is ReadyAction => action !== undefined)
    .sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
}

/** What the one click does: email goes out through Rapport, other channels are logged as done. */
export function sendBodyOf(draft: Draft) {
  const delivery = draft.channel === 'email' ? 'rapport' : 'logged';
  return { channel: draft.channel, delivery, subject: draft.subject, body: draft.body };
}

export function actLabel(action: ReadyAction): string {
  const what = action.kind === 'follow-up' ? 'follow-up' : 'request';
  return action.draft.channel === 'email'
    ? `Send ${what} to ${action.name}`
    : `Mark ${what} to ${action.name} as sent`;
}

export function act(session: Session, action: ReadyAction): Promise<unknown> {
  const route = action.kind === 'follow-up' ? 'follow-ups' : 'send';
  return v1Change(
    session,
    'POST',
    v1Path`/members/${session.personId}/outreach/${action.contactId}/${route}`,
    sendBodyOf(action.draft),
    z.unknown(),
  );
}
