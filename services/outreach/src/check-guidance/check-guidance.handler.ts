import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnprocessableProblem } from '@rapport/platform/http';
import { checkGuidance, type GuidanceReport } from '../compose-guidance';
import { InstitutionGuidance } from '../institution-policy/institution-guidance';
import { CheckGuidanceQuery } from './check-guidance.query';

/** Advice on a draft as it is typed: pure and quick, so an editor can ask on every pause. */
@QueryHandler(CheckGuidanceQuery)
export class CheckGuidanceHandler implements IQueryHandler<CheckGuidanceQuery> {
  constructor(@Inject(InstitutionGuidance) private readonly institutions: InstitutionGuidance) {}

  async execute({ tenantId, request }: CheckGuidanceQuery): Promise<GuidanceReport> {
    const { policy, ...draft } = request;
    // The caller's own thresholds, if any, on top of their institution's.
    const effective = { ...(await this.institutions.current(tenantId)), ...policy };
    if (
      effective.warnWords > effective.maxWords ||
      effective.suggestedMinutes > effective.maxMinutes
    ) {
      throw new UnprocessableProblem(
        'the policy must warn before its maximum: warnWords ≤ maxWords and suggestedMinutes ≤ maxMinutes',
        { reason: 'policy-inconsistent' },
      );
    }
    return checkGuidance(draft, effective);
  }
}
