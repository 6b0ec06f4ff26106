import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';
import { OutreachProjections } from '../projections/outreach-projections';
import type { FunnelTotals } from './funnel-figures';
import { figuresOf } from './funnel-figures';
import { type InstitutionFunnel, InstitutionFunnelQuery } from './institution-funnel.query';

/**
 * An admin sees the whole institution (one counter document); a coach, the members assigned to
 * them (one counter document each, added up); nobody else. Only sent requests count, so drafts
 * never do.
 */
@QueryHandler(InstitutionFunnelQuery)
export class InstitutionFunnelHandler implements IQueryHandler<InstitutionFunnelQuery> {
  constructor(@Inject(OutreachProjections) private readonly projections: OutreachProjections) {}

  async execute({ ctx }: InstitutionFunnelQuery): Promise<InstitutionFunnel> {
    const { scope, totals } = await this.scopeOf(ctx);
    return { scope, ...figuresOf(totals) };
  }

  private async scopeOf(
    ctx: RequestContext,
  ): Promise<{ scope: InstitutionFunnel['scope']; totals: FunnelTotals }> {
    const { funnel } = this.projections;
    switch (ctx.actor.role) {
      case 'admin':
        return { scope: 'institution', totals: await funnel.ofTenant(ctx.tenantId) };
      case 'coach':
        return {
          scope: 'assigned-members',
          totals: await funnel.ofMembers(ctx.tenantId, ctx.assignedMemberIds),
        };
      default:
        throw new ForbiddenProblem('the funnel is for institution admins and coaches');
    }
  }
}
