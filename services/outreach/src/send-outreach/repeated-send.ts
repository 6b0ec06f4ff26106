import { ConcurrencyError, dataDifferences, foldEvents } from '@rapport/eventstore';
import { ConflictProblem, type RequestContext } from '@rapport/platform/http';
import { outreachDecider, outreachStreamId } from '../domain/outreach.decider';
import type { OutreachEvent } from '../domain/outreach.events';
import { OutreachRejected } from '../domain/outreach-rejected';
import type { SendRequest } from '../shared/message-content.request';
import type { OutreachWriter, WriteResult } from '../shared/outreach-writer';

/** Refusals behind which a send may be the repeat of one that went through. */
export function mayBeRepeatedSend(error: unknown): boolean {
  if (error instanceof ConcurrencyError) return true;
  return error instanceof OutreachRejected && ['already-sent', 'closed'].includes(error.reason);
}

/**
 * A send of an outreach that was sent already. The same request again (a client that lost the
 * answer) gets the first answer: the outreach as the send left it, at that version; subject and
 * body count only when the request gives them (left out, the draft was sent). Another request is
 * the 409 it always was, now naming what differs. Undefined when nothing was sent.
 */
export async function repeatedSend(
  writer: OutreachWriter,
  ctx: RequestContext,
  memberId: string,
  contactId: string,
  request: SendRequest,
): Promise<WriteResult | undefined> {
  const stream = { tenantId: ctx.tenantId, streamId: outreachStreamId(memberId, contactId) };
  const recorded = await writer.eventStore.readStream<OutreachEvent>(stream);
  const events = recorded.map((r) => ({ type: r.type, data: r.data }) as OutreachEvent);
  const at = events.findIndex((event) => event.type === 'OutreachSent');
  const sent = events[at];
  if (!sent || sent.type !== 'OutreachSent') return undefined;
  const { subject, body } = request;
  const asked = { channel: request.channel, delivery: request.delivery, subject, body };
  const stored = {
    channel: sent.data.channel,
    delivery: sent.data.delivery,
    subject: subject === undefined ? undefined : sent.data.subject,
    body: body === undefined ? undefined : sent.data.body,
  };
  const differences = dataDifferences(asked, stored);
  if (differences.length > 0) {
    throw new ConflictProblem(
      `the request was sent already, otherwise (${differences.join(', ')}); follow up instead`,
      { reason: 'already-sent', differences },
    );
  }
  const upTo = recorded.slice(0, at + 1);
  return { state: foldEvents(outreachDecider, upTo), version: upTo.at(-1)!.version, events: [] };
}
