import {
  Channel as WireChannel,
  encodePayload,
  type EventTypeName,
  ResponseOutcome as WireOutcome,
  topicFor,
} from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type { Channel, OutreachEvent, ResponseOutcome } from '../domain/outreach.events';
import { emailRequested } from './email-requested.message';
import type { OutreachOutboxContext } from './outreach-outbox-context';

const TOPIC = topicFor('outreach');

const CHANNEL: Record<Channel, WireChannel> = {
  email: WireChannel.EMAIL,
  phone: WireChannel.PHONE,
  linkedin: WireChannel.LINKEDIN,
  text: WireChannel.TEXT,
  'in-person': WireChannel.IN_PERSON,
};

const OUTCOME: Record<ResponseOutcome, WireOutcome> = {
  accepted: WireOutcome.ACCEPTED,
  declined: WireOutcome.DECLINED,
  referred: WireOutcome.REFERRED,
  other: WireOutcome.OTHER,
};

function message(type: EventTypeName, payload: Uint8Array): OutboxMessage {
  return { topic: TOPIC, type, schemaVersion: 1, payload };
}

/**
 * What other contexts hear of a domain event. A send through Rapport is two messages: the
 * lifecycle fact (the workflow and dashboards listen) and the email to send (notifications listen).
 * Drafts and the auto-send switch stay inside outreach.
 */
export function outreachIntegrationEvents(
  event: OutreachEvent,
  context: OutreachOutboxContext,
): OutboxMessage[] {
  const ids = {
    memberId: event.data.memberId,
    contactId: event.data.contactId,
    relationshipId: context.relationshipId,
  };
  switch (event.type) {
    case 'OutreachSent': {
      const type = 'rapport.outreach.v1.OutreachSent';
      const { channel, delivery } = event.data;
      const sent = encodePayload(type, {
        ...ids,
        channel: CHANNEL[channel],
        sentByRapport: delivery === 'rapport',
      });
      return withEmail(message(type, sent), emailRequested(event, context));
    }
    case 'FollowUpSent': {
      const type = 'rapport.outreach.v1.FollowUpSent';
      const { channel, delivery, sequence } = event.data;
      const sent = encodePayload(type, {
        ...ids,
        sequence,
        channel: CHANNEL[channel],
        sentByRapport: delivery === 'rapport',
      });
      return withEmail(message(type, sent), emailRequested(event, context));
    }
    case 'FollowUpDue': {
      const type = 'rapport.outreach.v1.FollowUpDue';
      const { sequence, suggestedContactId } = event.data;
      return [
        message(
          type,
          encodePayload(type, { ...ids, sequence, suggestedContactId: suggestedContactId ?? '' }),
        ),
      ];
    }
    case 'ResponseReceived': {
      const type = 'rapport.outreach.v1.ResponseReceived';
      const { outcome, referredTo, recordedVia } = event.data;
      const payload = encodePayload(type, {
        ...ids,
        outcome: OUTCOME[outcome],
        matchedFromEmail: recordedVia === 'email-reply',
        ...(referredTo ? { referredTo: { ...referredTo } } : {}),
      });
      return [message(type, payload)];
    }
    case 'OutreachMarkedUnresponsive': {
      const type = 'rapport.outreach.v1.OutreachMarkedUnresponsive';
      const payload = encodePayload(type, { ...ids, followUpsSent: event.data.followUpsSent });
      return [message(type, payload)];
    }
    case 'OutreachClosed': {
      const type = 'rapport.outreach.v1.OutreachClosed';
      return [message(type, encodePayload(type, { ...ids, reason: event.data.reason ?? '' }))];
    }
    case 'OutreachReopened': {
      const type = 'rapport.outreach.v1.OutreachReopened';
      return [message(type, encodePayload(type, ids))];
    }
    case 'OutreachDrafted':
    case 'AutoSendChanged':
      return [];
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

function withEmail(lifecycle: OutboxMessage, email: OutboxMessage | undefined): OutboxMessage[] {
  return email ? [lifecycle, email] : [lifecycle];
}
