import { Body, Controller, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { multiLine } from '@rapport/platform';
import {
  ApiAnswers,
  ConflictProblem,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { EventStore, handleCommand, loadStream } from '@rapport/eventstore';
import { appendContextOf } from '@rapport/platform/http';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import {
  nextStepAfter,
  type PhoneCallsState,
  phoneCallsDecider,
  PhoneCallRejected,
  phoneCallsStreamId,
} from '../domain/phone-calls';
import { assertCanChangeGoals, assertCanReadGoals } from '../shared/goal-access';
import { id } from '../shared/goal-params';
import { MemberActivity } from '../target-organisations/member-activity';

const outcomeRequest = z.strictObject({
  outcome: z.enum(['reached', 'voicemail-left', 'no-answer', 'wrong-number']),
  note: multiLine().trim().max(2000).default(''),
});
const contactParams = z.object({ memberId: id, contactId: id });
const callParams = contactParams.extend({ callId: id });

const phoneCallsResponse = z.object({
  contactId: z.string(),
  calls: z.array(
    z.object({ callId: z.string(), outcome: z.string(), note: z.string(), at: z.string() }),
  ),
  nextStep: z.string().nullable(),
});

const view = (contactId: string, state: PhoneCallsState) => ({
  contactId,
  calls: state.calls,
  nextStep: nextStepAfter(state.calls),
});

/**
 * What came of each call about a phone request. Only a request outreach recorded as made by
 * phone takes outcomes (heard on the outreach topic, so it may lag the request by a moment).
 */
@ApiTags('phone-outcomes')
@Controller('members/:memberId/phone-calls/:contactId')
export class PhoneOutcomesController {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(MemberActivity) private readonly activity: MemberActivity,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Get()
  @ApiAnswers({ 200: phoneCallsResponse })
  async read(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params'))
    { memberId, contactId }: z.output<typeof contactParams>,
  ) {
    assertCanReadGoals(ctx, memberId, 'phone calls');
    const { state, version } = await loadStream(this.eventStore, phoneCallsDecider, {
      tenantId: ctx.tenantId,
      streamId: phoneCallsStreamId(memberId, contactId),
    });
    // Nothing logged reads as not found, as another tenant's calls do.
    if (version === 0) throw new NotFoundProblem(`no call to ${contactId} is logged`);
    return view(contactId, state);
  }

  /** One PUT per call under the client's id: the same outcome again is a retry, another is 409. */
  @Put(':callId')
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(outcomeRequest) })
  @ApiAnswers({ 200: phoneCallsResponse })
  async log(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(callParams, 'params')) params: z.output<typeof callParams>,
    @Body(new ZodPipe(outcomeRequest)) body: z.output<typeof outcomeRequest>,
  ) {
    const { memberId, contactId, callId } = params;
    assertCanChangeGoals(ctx, memberId, 'phone calls');
    const activity = await this.activity.read(ctx.tenantId, memberId);
    if (activity?.requests?.[contactId]?.channel !== 'phone') {
      throw new ConflictProblem(`no phone request to ${contactId} is recorded yet`, {
        reason: 'not-a-phone-request',
      });
    }
    try {
      const written = await handleCommand(
        this.eventStore,
        phoneCallsDecider,
        { tenantId: ctx.tenantId, streamId: phoneCallsStreamId(memberId, contactId) },
        { type: 'LogPhoneOutcome', memberId, contactId, callId, ...body, at: this.clock() },
        appendContextOf(ctx, this.clock()),
        { nextEventId: this.newId },
      );
      return view(contactId, written.state);
    } catch (error) {
      if (error instanceof PhoneCallRejected) {
        throw new ConflictProblem(error.message, { reason: error.reason });
      }
      throw error;
    }
  }
}
