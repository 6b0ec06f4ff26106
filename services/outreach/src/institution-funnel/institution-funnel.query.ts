import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { FunnelFigures } from './funnel-figures';

export type InstitutionFunnel = FunnelFigures & {
  readonly scope: 'institution' | 'assigned-members';
};

export class InstitutionFunnelQuery extends Query<InstitutionFunnel> {
  constructor(readonly ctx: RequestContext) {
    super();
  }
}
