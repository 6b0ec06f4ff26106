import type { KafkaMessage } from 'kafkajs';
import {
  decodeEnvelope,
  decodePayload,
  type Envelope,
  InvalidPayloadError,
  UnknownEventTypeError,
} from '@rapport/contracts';
import { type ConsumedEvent, envelopeRules } from './consumed-event';
import type { DeadLetterReason } from './dead-letters';

export type DecodedMessage =
  | Pick<ConsumedEvent, 'envelope' | 'payload'>
  | { reason: DeadLetterReason; detail: string; envelope?: Envelope };

/** Decodes and validates a message against the contracts, or says why it cannot be processed. */
export function decodeMessage(message: KafkaMessage): DecodedMessage {
  let envelope: Envelope;
  try {
    envelope = decodeEnvelope(message.value ?? new Uint8Array());
  } catch (error) {
    return { reason: 'undecodable_envelope', detail: describe(error) };
  }
  const checked = envelopeRules.safeParse(envelope);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { reason: 'invalid_envelope', detail: where };
  }
  try {
    return { envelope, payload: decodePayload(envelope.type, envelope.payload) };
  } catch (error) {
    if (error instanceof UnknownEventTypeError)
      return { reason: 'unknown_event_type', detail: error.message, envelope };
    if (error instanceof InvalidPayloadError)
      return { reason: 'invalid_payload', detail: error.message, envelope };
    throw error;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
