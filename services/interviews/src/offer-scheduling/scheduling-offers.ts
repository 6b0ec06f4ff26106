import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Inject, Injectable } from '@nestjs/common';
import { ResponseOutcome } from '@rapport/contracts';
import type { ConsumedEvent } from '@rapport/messaging';
import { InterviewProjections } from '../projections/interview-projections';

/**
 * An accepted request offers scheduling: the contact joins the member's `toSchedule` list until an
 * interview with them is scheduled. Applied through the read model's version guard with the
 * outreach stream's position, so a redelivery changes nothing.
 */
@Injectable()
export class SchedulingOffers {
  constructor(@Inject(InterviewProjections) private readonly projections: InterviewProjections) {}

  async offer({ envelope, payload }: ConsumedEvent): Promise<void> {
    if (payload.$typeName !== 'rapport.outreach.v1.ResponseReceived') return;
    if (payload.outcome !== ResponseOutcome.ACCEPTED) return;
    // Heard late (the member scheduled straight from the reply): nothing left to offer.
    const board = await this.projections.memberInterviews(envelope.tenantId, payload.memberId);
    const arranged = Object.values(board?.interviews ?? {}).some(
      (interview) => interview.contactId === payload.contactId && interview.status !== 'cancelled',
    );
    if (arranged) return;
    const at = envelope.occurredAt ? timestampDate(envelope.occurredAt) : new Date(0);
    await this.projections.apply([
      {
        tenantId: envelope.tenantId,
        streamId: envelope.streamId,
        version: Number(envelope.streamVersion),
        event: {
          type: 'SchedulingOffered',
          data: { memberId: payload.memberId, contactId: payload.contactId, at: at.toISOString() },
        },
      },
    ]);
  }
}
