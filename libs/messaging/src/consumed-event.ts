import type { Envelope, EventMessage } from '@rapport/contracts';
import { z } from 'zod';

/** A message that passed decoding and validation, ready for a handler. */
export interface ConsumedEvent<Payload extends EventMessage = EventMessage> {
  readonly envelope: Envelope;
  readonly payload: Payload;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A failure that retrying cannot fix: the message goes straight to the dead-letter topic. */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
}

const nonEmpty = z.string().min(1).max(200);

/** The envelope fields every consumer relies on; protobuf decoding alone accepts empty ones. */
export const envelopeRules = z.object({
  eventId: nonEmpty,
  type: z
    .string()
    .regex(
      /^rapport\.[a-z]+\.v\d+\.[A-Za-z]+$/,
      'a protobuf type name rapport.<context>.v<n>.<Event>',
    ),
  schemaVersion: z.number().int().min(1),
  streamId: nonEmpty,
  streamVersion: z.bigint().min(1n),
  tenantId: nonEmpty,
  correlationId: nonEmpty,
});

type HeaderValue = Buffer | string | (Buffer | string)[] | undefined;

/** Kafka headers as text (kafkajs hands them over as Buffers); the last value wins. */
export function headersOf(raw: Record<string, HeaderValue> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) out[name] = last.toString();
  }
  return out;
}

/** Header set on a message replayed from the dead-letter topic for one consumer group. */
export const REPLAY_FOR_GROUP_HEADER = 'rapport-replay-for-group';
