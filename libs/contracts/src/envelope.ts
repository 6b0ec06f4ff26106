import { create, fromBinary, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { InvalidPayloadError } from './contract-errors';
import { type Envelope, EnvelopeSchema } from './gen/rapport/envelope/v1/envelope_pb';

export type EnvelopeInit = MessageInitShape<typeof EnvelopeSchema>;

/** Encodes an envelope (a message or its init object) as a Kafka message value. */
export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  return toBinary(EnvelopeSchema, create(EnvelopeSchema, envelope));
}

/** Decodes a Kafka message value; throws InvalidPayloadError when the bytes are not an Envelope. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  try {
    return fromBinary(EnvelopeSchema, bytes);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidPayloadError(EnvelopeSchema.typeName, detail, { cause: error });
  }
}
