import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { FunnelFigures } from './funnel-figures';
import type { FunnelWeeksRequest } from './funnel-weeks.request';
import type { IsoWeek } from './iso-week';

/** The figures of one week; members are not kept per week, so they are left out. */
export type FunnelWeek = Omit<FunnelFigures, 'members'> & { readonly week: IsoWeek };

export interface FunnelWeekSeries {
  readonly from: IsoWeek;
  readonly to: IsoWeek;
  readonly weeks: readonly FunnelWeek[];
}

export class FunnelWeeksQuery extends Query<FunnelWeekSeries> {
  constructor(
    readonly ctx: RequestContext,
    readonly request: FunnelWeeksRequest,
  ) {
    super();
  }
}
