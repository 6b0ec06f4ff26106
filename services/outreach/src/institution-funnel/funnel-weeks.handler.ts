import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForbiddenProblem } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { OutreachProjections } from '../projections/outreach-projections';
import { figuresOf } from './funnel-figures';
import { type FunnelWeekSeries, FunnelWeeksQuery } from './funnel-weeks.query';
import { isoWeekOf, mondayOf, weeksBetween } from './iso-week';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Without a range: the last quarter, this week included. */
const DEFAULT_WEEKS = 13;

/**
 * The institution's funnel week by week, for its admins: one counter document per week. Coaches
 * keep the totals of their members (`GET /funnel`); weekly sums are kept per tenant only.
 */
@QueryHandler(FunnelWeeksQuery)
export class FunnelWeeksHandler implements IQueryHandler<FunnelWeeksQuery> {
  constructor(
    @Inject(OutreachProjections) private readonly projections: OutreachProjections,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ctx, request }: FunnelWeeksQuery): Promise<FunnelWeekSeries> {
    if (ctx.actor.role !== 'admin') {
      throw new ForbiddenProblem('the funnel over time is for institution admins');
    }
    const to = request.to ?? isoWeekOf(this.clock());
    const from =
      request.from ??
      isoWeekOf(
        new Date(mondayOf(to).getTime() - ((request.weeks ?? DEFAULT_WEEKS) - 1) * WEEK_MS),
      );
    const weeks = weeksBetween(from, to);
    const totals = await this.projections.funnel.weeks.ofTenant(ctx.tenantId, weeks);
    return {
      from,
      to,
      weeks: totals.map((sums, index) => {
        // Members are not kept per week (who was active in a week would need a set per week).
        const { members, ...figures } = figuresOf(sums);
        void members;
        return { week: weeks[index]!, ...figures };
      }),
    };
  }
}
