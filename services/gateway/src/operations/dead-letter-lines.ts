import { timestampDate } from '@bufbuild/protobuf/wkt';
import { decodeEnvelope, type DeadLetter } from '@rapport/contracts';
import type { DeadLetterLine } from './operations.answers';

/**
 * A dead letter as operators see it: where it came from, which event, why it failed. The
 * payload and the rest of the error stay out: letters carry members' notes and messages, and an
 * error's later lines may quote them.
 */
export function deadLetterLine(id: string, letter: DeadLetter, replayedAt?: Date): DeadLetterLine {
  return {
    id,
    group: letter.consumerGroup,
    originalTopic: letter.originalTopic,
    originalPartition: letter.originalPartition,
    originalOffset: letter.originalOffset.toString(),
    ...eventOf(letter),
    reason: letter.reason,
    error: (letter.errorDetail.split('\n')[0] ?? '').slice(0, 300),
    attempts: letter.attempts,
    failedAt: (letter.failedAt ? timestampDate(letter.failedAt) : new Date(0)).toISOString(),
    ...(replayedAt ? { replayedAt: replayedAt.toISOString() } : {}),
  };
}

/** The envelope's identifying fields, when the value is one (an undecodable letter has none). */
function eventOf(letter: DeadLetter): Pick<DeadLetterLine, 'eventType' | 'eventId' | 'streamId'> {
  try {
    const envelope = decodeEnvelope(letter.value);
    return {
      ...(envelope.type ? { eventType: envelope.type } : {}),
      ...(envelope.eventId ? { eventId: envelope.eventId } : {}),
      ...(envelope.streamId ? { streamId: envelope.streamId } : {}),
    };
  } catch {
    return {};
  }
}
