import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnprocessableProblem } from '@rapport/platform/http';
import { checkGuidance, DEFAULT_GUIDANCE_POLICY, type GuidanceReport } from '../compose-guidance';
import { CheckGuidanceQuery } from './check-guidance.query';

/** Advice on a draft as it is typed: pure and quick, so an editor can ask on every pause. */
@QueryHandler(CheckGuidanceQuery)
export class CheckGuidanceHandler implements IQueryHandler<CheckGuidanceQuery> {
  execute({ request }: CheckGuidanceQuery): Promise<GuidanceReport> {
    const { policy, ...draft } = request;
    const effective = { ...DEFAULT_GUIDANCE_POLICY, ...policy };
    if (
      effective.warnWords > effective.maxWords ||
      effective.suggestedMinutes > effective.maxMinutes
    ) {
      throw new UnprocessableProblem(
        'the policy must warn before its maximum: warnWords ≤ maxWords and suggestedMinutes ≤ maxMinutes',
        { reason: 'policy-inconsistent' },
      );
    }
    return Promise.resolve(checkGuidance(draft, effective));
  }
}
