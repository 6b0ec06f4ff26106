import type { Logger } from '@rapport/platform';
import type { NotificationDocument, NotificationStore } from '../delivery/notification.store';
import { addressKey, type SuppressionStore } from '../threads/suppressions.store';
import {
  bounceKindOf,
  isUndelivered,
  reasonOf,
  sendGridEvent,
  type SendGridEvent,
} from './event-webhook.events';
import type { WebhookEventsPublisher } from './webhook-events.publisher';

/** What became of a batch: SendGrid only needs the 200, operators and tests read the counts. */
export interface EventBatchOutcome {
  received: number;
  recorded: number;
  duplicates: number;
  /** Events of no notification of ours (or of another tenant's): ignored. */
  unknown: number;
  /** Events that are not shaped like SendGrid's: ignored, so the batch is not retried forever. */
  invalid: number;
}

export interface DeliveryEventRecorderDeps {
  readonly notifications: NotificationStore;
  readonly suppressions: SuppressionStore;
  readonly publisher: WebhookEventsPublisher;
  readonly logger: Logger;
}

/**
 * Applies a verified batch of SendGrid events to the delivery log. The consequences of an event
 * (suppression, the bounce event for contacts, the failed status) are each idempotent and come
 * before the event is logged, so a batch redelivered after a crash completes them; the log then
 * takes each provider event once.
 */
export class DeliveryEventRecorder {
  constructor(private readonly deps: DeliveryEventRecorderDeps) {}

  async record(batch: readonly unknown[]): Promise<EventBatchOutcome> {
    const outcome: EventBatchOutcome = {
      received: batch.length,
      recorded: 0,
      duplicates: 0,
      unknown: 0,
      invalid: 0,
    };
    // One at a time: FerretDB serialises writes anyway, and a batch is small.
    for (const [index, item] of batch.entries()) {
      const parsed = sendGridEvent.safeParse(item);
      if (!parsed.success) {
        outcome.invalid += 1;
        // The pointer only: an event carries addresses, which are not logged.
        this.deps.logger.warn({ pointer: `/${index}` }, 'SendGrid event not understood; ignored');
        continue;
      }
      const result = await this.recordOne(parsed.data);
      outcome[result] += 1;
    }
    if (outcome.unknown > 0) {
      this.deps.logger.info({ unknown: outcome.unknown }, 'SendGrid events of no notification');
    }
    return outcome;
  }

  private async recordOne(event: SendGridEvent): Promise<'recorded' | 'duplicates' | 'unknown'> {
    const { notifications } = this.deps;
    if (!event.notification_id || !event.tenant_id) return 'unknown';
    const doc = await notifications.byId(event.notification_id);
    // Custom args are set by us, but a notification is only touched from its own tenant's mail.
    if (!doc || doc.tenantId !== event.tenant_id) return 'unknown';
    const at = new Date(event.timestamp * 1000);
    const reason = reasonOf(event);
    await this.consequences(doc, event, at, reason);
    const added = await notifications.addDeliveryEvent(doc._id, {
      providerEventId: event.sg_event_id,
      event: event.event,
      at,
      ...(reason ? { reason } : {}),
    });
    return added ? 'recorded' : 'duplicates';
  }

  private async consequences(
    doc: NotificationDocument,
    event: SendGridEvent,
    at: Date,
    reason: string | undefined,
  ): Promise<void> {
    if (isUndelivered(event)) {
      await this.deps.notifications.recordUndelivered(
        doc._id,
        `${event.event}: ${reason ?? 'no reason given'}`,
      );
    }
    const kind = bounceKindOf(event);
    const email = event.email ?? doc.email.to;
    // Member-facing mail that bounces is only logged: the member's address is theirs to fix.
    if (!kind || doc.audience !== 'contact' || !doc.contactId || !email) return;
    if (kind === 'hard') {
      await this.deps.suppressions.suppress(
        doc.tenantId,
        addressKey(email),
        'bounced',
        at,
        event.bounce_classification,
      );
    }
    await this.deps.publisher.contactEmailBounced(doc.tenantId, {
      memberId: doc.memberId,
      contactId: doc.contactId,
      email,
      kind,
      reason: (event.reason ?? '').slice(0, 1_000),
      bouncedAt: at,
      providerEventId: event.sg_event_id,
    });
  }
}
