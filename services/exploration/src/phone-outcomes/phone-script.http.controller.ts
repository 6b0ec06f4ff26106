import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  ProblemError,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import { assertCanChangeGoals } from '../shared/goal-access';
import { id } from '../shared/goal-params';
import { MemberActivity } from '../target-organisations/member-activity';
import {
  fetchPhoneScript,
  OUTREACH_COMPOSER,
  type OutreachComposerSettings,
} from './phone-script.client';

const contactParams = z.object({ memberId: id, contactId: id });
const phoneScriptResponse = z.object({
  contactId: z.string(),
  script: z.string(),
  /** Merge fields the composer had no value for (the member fills them in while calling). */
  missingFields: z.array(z.string()),
});

/**
 * The phone script beside the log form: what outreach's composer writes for this contact, asked
 * for the member (the one who calls and logs; a coach reads calls, not scripts).
 */
@ApiTags('phone-outcomes')
@Controller('members/:memberId/phone-calls/:contactId/script')
export class PhoneScriptController {
  constructor(
    @Inject(OUTREACH_COMPOSER) private readonly composer: OutreachComposerSettings,
    @Inject(MemberActivity) private readonly activity: MemberActivity,
  ) {}

  @Get()
  @ApiAnswers({ 200: phoneScriptResponse })
  async script(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params'))
    { memberId, contactId }: z.output<typeof contactParams>,
  ) {
    assertCanChangeGoals(ctx, memberId, 'phone calls');
    // As the log form: only a request outreach recorded as a phone one has a script beside it.
    const activity = await this.activity.read(ctx.tenantId, memberId);
    if (activity?.requests?.[contactId]?.channel !== 'phone') {
      throw new NotFoundProblem(`no phone request to ${contactId} is recorded`, {
        reason: 'not-a-phone-request',
      });
    }
    const answer = await fetchPhoneScript(this.composer, ctx, memberId, contactId);
    switch (answer.kind) {
      case 'script':
        return { contactId, script: answer.body, missingFields: answer.missingFields };
      case 'refused':
        // Outreach's own refusal (an unknown contact, mostly) is the member's to see.
        if (answer.status === 404) throw new NotFoundProblem(answer.detail);
        throw new ProblemError(502, 'composer-refused', 'The composer refused', answer.detail);
      case 'unavailable':
        throw new ProblemError(
          503,
          'composer-unavailable',
          'The composer is unavailable',
          answer.detail,
        );
      default: {
        const unexpected: never = answer;
        return unexpected;
      }
    }
  }
}
