import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiAnswers, ApiProblems, parseOrProblem, Public } from '@rapport/platform/http';
import { AdminAccess } from '../admin/admin-access';
import { ConsumerLag } from './consumer-lag';
import { DeadLetters } from './dead-letters';
import {
  consumerLagAnswer,
  type ConsumerLagAnswer,
  deadLetterPage,
  type DeadLetterPage,
  deadLetterReplay,
  type DeadLetterReplay,
  platformHealth,
  type PlatformHealth,
} from './operations.answers';
import { PlatformHealthCheck } from './platform-health';

/** `group`: only the groups whose id starts with it (the answer is capped at MAX_GROUPS). */
const OPERATORS = ['operator'] as const;
const REFUSAL = 'The platform’s operations span every institution: they are for operators';

const lagQuery = z.strictObject({ group: z.string().min(1).max(200).optional() });
const deadLetterQuery = z.strictObject({
  group: z.string().min(1).max(200).optional(),
  cursor: z.string().max(2000).optional(),
});
const deadLetterParams = z.strictObject({
  id: z.string().regex(/^\d{1,5}:\d{1,19}$/, 'is partition:offset, as listed'),
});

/**
 * The platform's operations for operators (every institution's at once, so nobody else): health
 * of every service and server, consumer lag, dead letters and their replay. Operational data
 * only; a dead letter's payload never leaves Kafka through here.
 */
@Public()
@Controller('v1/ops')
export class OperationsController {
  constructor(
    private readonly access: AdminAccess,
    private readonly health: PlatformHealthCheck,
    private readonly lag: ConsumerLag,
    private readonly deadLetters: DeadLetters,
  ) {}

  @Get('health')
  @ApiAnswers({ 200: platformHealth })
  async platformHealth(@Req() request: FastifyRequest): Promise<PlatformHealth> {
    await this.access.reader(request, OPERATORS, REFUSAL);
    return this.health.check();
  }

  @Get('consumer-lag')
  @ApiAnswers({ 200: consumerLagAnswer })
  async consumerLag(
    @Req() request: FastifyRequest,
    @Query() raw: unknown,
  ): Promise<ConsumerLagAnswer> {
    await this.access.reader(request, OPERATORS, REFUSAL);
    const query = parseOrProblem(lagQuery, raw, 'query');
    return this.lag.check(query.group ? { groupPrefix: query.group } : {});
  }

  @Get('dead-letters')
  @ApiAnswers({ 200: deadLetterPage })
  async listDeadLetters(
    @Req() request: FastifyRequest,
    @Query() raw: unknown,
  ): Promise<DeadLetterPage> {
    await this.access.reader(request, OPERATORS, REFUSAL);
    const query = parseOrProblem(deadLetterQuery, raw, 'query');
    return this.deadLetters.page({
      ...(query.group ? { group: query.group } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
  }

  /** Every attempt is audited with its outcome, refusals and repeats included. */
  @Post('dead-letters/:id/replay')
  @HttpCode(200)
  @ApiAnswers({ 200: deadLetterReplay })
  @ApiProblems(404, 409)
  replayDeadLetter(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param() params: unknown,
  ): Promise<DeadLetterReplay> {
    const named = z.object({ id: z.string() }).safeParse(params);
    const action = {
      roles: OPERATORS,
      action: 'dead-letter.replayed',
      target: named.success ? named.data.id.slice(0, 40) : '',
      refusal: REFUSAL,
    };
    return this.access.change(request, reply, action, () => {
      const { id } = parseOrProblem(deadLetterParams, params, 'params');
      return this.deadLetters.replay(id);
    });
  }
}
