import { z } from 'zod';
import {
  type FieldError,
  NotFoundProblem,
  UnprocessableProblem,
  ValidationProblem,
} from '@rapport/platform/http';
import type { ThreadStore } from '../threads/thread.store';
import type { InboundForm } from './inbound-parse.form';
import {
  addressesIn,
  headerBlockOf,
  headerValues,
  messageIdsIn,
  threadAddressIn,
} from './reply-address';
import type { WebhookEventsPublisher } from './webhook-events.publisher';

const envelope = z.object({ to: z.array(z.string().max(500)).max(100).optional() });

const unprocessable = (pointer: string, detail: string) =>
  new UnprocessableProblem(detail, { errors: [{ pointer, detail } satisfies FieldError] });

export interface InboundReplyDeps {
  readonly threads: ThreadStore;
  readonly publisher: WebhookEventsPublisher;
  readonly replyDomain: string;
  readonly clock: () => Date;
}

/**
 * Turns a reply to a thread address into EmailReplyReceived for the thread's relationship, once
 * per reply Message-ID. Only a token this service handed out counts, and a reply that names the
 * message it answers must name one of the thread's: anything else is refused and nothing recorded.
 */
export class InboundReplyRecorder {
  constructor(private readonly deps: InboundReplyDeps) {}

  async record(form: InboundForm): Promise<{ recorded: boolean }> {
    const token = this.tokenOf(form);
    const thread = await this.deps.threads.find(token);
    if (!thread) {
      throw new NotFoundProblem('No thread has this reply address.', {
        errors: [{ pointer: '/to', detail: 'Unknown thread token' }],
      });
    }
    const headers = form.headers ?? (form.email ? headerBlockOf(form.email) : '');
    const [messageId] = messageIdsIn(headerValues(headers, 'message-id')[0]);
    if (!messageId) throw unprocessable('/headers', 'The reply has no Message-ID header.');
    const named = messageIdsIn(headerValues(headers, 'in-reply-to')[0]);
    const inReplyTo = named.find((id) => thread.messageIds.includes(id));
    if (named.length > 0 && !inReplyTo) {
      // A reply to the thread address that answers a message Rapport never sent in it: forged, or
      // mail that reached the address some other way. It is not the contact's reply.
      throw unprocessable('/headers', 'In-Reply-To names no message of this thread.');
    }
    const recorded = await this.deps.publisher.replyReceived(thread.tenantId, {
      memberId: thread.memberId,
      contactId: thread.contactId,
      relationshipId: thread.relationshipId,
      threadToken: token,
      messageId,
      ...(inReplyTo ? { inReplyTo } : {}),
      receivedAt: this.deps.clock(),
    });
    return { recorded };
  }

  private tokenOf(form: InboundForm): string {
    const recipients = [
      ...this.envelopeRecipients(form.envelope),
      ...addressesIn(form.to),
      ...addressesIn(form.cc),
    ];
    if (recipients.length === 0) {
      throw unprocessable('/envelope', 'The mail names no recipient (no envelope, To or Cc).');
    }
    const address = threadAddressIn(recipients, this.deps.replyDomain);
    switch (address.found) {
      case 'token':
        return address.token;
      case 'malformed':
        throw unprocessable('/to', 'The reply address does not carry a valid thread token.');
      case 'other-domain':
        throw unprocessable('/to', 'The reply address is not at this service’s reply domain.');
      case 'none':
        throw unprocessable('/to', 'The mail was not sent to a thread reply address.');
      default: {
        const unknown: never = address;
        throw new Error(`unexpected ${JSON.stringify(unknown)}`);
      }
    }
  }

  private envelopeRecipients(raw: string | undefined): string[] {
    if (raw === undefined) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new ValidationProblem([{ pointer: '/envelope', detail: 'Not JSON' }]);
    }
    const result = envelope.safeParse(parsed);
    if (!result.success) {
      throw new ValidationProblem([
        { pointer: '/envelope/to', detail: 'Expected a list of addresses' },
      ]);
    }
    return result.data.to ?? [];
  }
}
