import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Filter } from 'mongodb';
import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';
import { OutreachProjections } from '../projections/outreach-projections';
import type { PipelineCardDocument } from '../projections/pipeline-card.projection';
import { funnelFigures } from './funnel-figures';
import { type InstitutionFunnel, InstitutionFunnelQuery } from './institution-funnel.query';

/** An admin sees the whole institution; a coach, the members assigned to them; nobody else. */
function scopeOf(ctx: RequestContext): {
  scope: InstitutionFunnel['scope'];
  filter: Filter<PipelineCardDocument>;
} {
  switch (ctx.actor.role) {
    case 'admin':
      return { scope: 'institution', filter: { tenantId: ctx.tenantId } };
    case 'coach':
      return {
        scope: 'assigned-members',
        filter: { tenantId: ctx.tenantId, memberId: { $in: [...ctx.assignedMemberIds] } },
      };
    default:
      throw new ForbiddenProblem('the funnel is for institution admins and coaches');
  }
}

/**
 * From the pipeline cards: only the fields the figures need are read, and only of relationships
 * that sent a request, so drafts never count.
 */
@QueryHandler(InstitutionFunnelQuery)
export class InstitutionFunnelHandler implements IQueryHandler<InstitutionFunnelQuery> {
  constructor(@Inject(OutreachProjections) private readonly projections: OutreachProjections) {}

  async execute({ ctx }: InstitutionFunnelQuery): Promise<InstitutionFunnel> {
    const { scope, filter } = scopeOf(ctx);
    const rows = await (
      await this.projections.cards()
    )
      .find(
        { ...filter, firstSentAt: { $exists: true } },
        {
          projection: {
            _id: 0,
            memberId: 1,
            firstSentAt: 1,
            respondedAt: 1,
            followUpsSent: 1,
            outcome: 1,
          },
        },
      )
      .toArray();
    return { scope, ...funnelFigures(rows) };
  }
}
