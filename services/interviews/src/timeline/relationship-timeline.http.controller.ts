import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  assertMayReadMember,
  Ctx,
  NotFoundProblem,
  type RequestContext,
} from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { relationshipTimelineResponse } from '../shared/interview-responses';
import { relationshipHealth } from './relationship-health';
import { RelationshipTimeline } from './relationship-timeline';
import { inTimelineOrder } from './timeline-order';

/** A relationship's timeline and health colour: the member's own, or an assigned coach's read. */
@ApiTags('relationship timeline')
@Controller('members/:memberId/relationships/:relationshipId/timeline')
export class RelationshipTimelineController {
  constructor(
    private readonly timelines: RelationshipTimeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiAnswers({ 200: relationshipTimelineResponse })
  async read(
    @Ctx() ctx: RequestContext,
    @Param('memberId') memberId: string,
    @Param('relationshipId') relationshipId: string,
  ) {
    assertMayReadMember(ctx, memberId, 'relationships', 'relationships');
    const doc = await this.timelines.read(ctx.tenantId, relationshipId);
    // Another member's relationship reads as absent, the same as one that does not exist.
    if (!doc || doc.memberId !== memberId)
      throw new NotFoundProblem(`no timeline for relationship ${relationshipId}`);
    const entries = inTimelineOrder(Object.values(doc.entries ?? {}));
    const health = relationshipHealth(entries, doc.lastTouchAt, this.clock());
    return {
      relationshipId: doc.relationshipId,
      memberId: doc.memberId,
      contactId: doc.contactId,
      lastTouchAt: doc.lastTouchAt ?? null,
      health,
      entries: entries.map(({ eventId, kind, at, touch, interviewId, details }) => ({
        eventId,
        kind,
        at,
        touch,
        ...(interviewId ? { interviewId } : {}),
        details,
      })),
    };
  }
}
