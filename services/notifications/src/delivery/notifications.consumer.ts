import { timestampMs } from '@bufbuild/protobuf/wkt';
import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { Dispatcher } from './dispatcher';
import { notificationRequestOf } from './due-events';

/**
 * Hears the due items (follow-ups from outreach; reminders, thank-yous and keep-in-touch from the
 * relationship workflow) and outreach's send requests, and hands each to the dispatcher (group
 * `<prefix>-delivery`). Invalid messages go to the dead-letter topic with their reason; a provider
 * outage is retried, then parked.
 */
export const delivery: ConsumerDeclaration<Dispatcher> = {
  group: 'delivery',
  topics: [topicFor('outreach'), topicFor('relationship')],
  uses: Dispatcher,
  handle: async (dispatcher, { envelope, payload }, logger) => {
    const occurredAt = envelope.occurredAt ? timestampMs(envelope.occurredAt) : Date.now();
    const request = notificationRequestOf(payload, occurredAt);
    if (!request) return;
    const result =
      request.audience === 'member'
        ? await dispatcher.notifyMember(envelope.tenantId, request.dedupeKey, request.item)
        : await dispatcher.sendOutreachEmail(envelope.tenantId, request.email);
    logger.debug(
      { eventId: envelope.eventId, type: payload.$typeName, result },
      'notification handled',
    );
  },
};
