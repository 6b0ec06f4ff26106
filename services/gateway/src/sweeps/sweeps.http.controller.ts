import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiAnswers, ForbiddenProblem, Public } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AuditTrail } from '../audit/audit-trail';
import { CallerResolver } from '../callers/caller-resolver';
import { requestIdOf } from '../sign-in/credential-audit';
import { SignInSweep, type SweepReport } from './sign-in-sweep';

const sweepReport = z.object({
  ran: z.boolean(),
  removed: z.record(z.string(), z.number().int()),
  days: z.object({ from: z.iso.date(), through: z.iso.date() }).optional(),
});

/**
 * The sign-in sweep on demand, for operators (it spans every institution): deletes expired
 * sessions and sign-in attempts of the days that are over and answers what it removed.
 */
@Public()
@Controller('v1/admin/sweeps')
export class SweepsController {
  constructor(
    private readonly callers: CallerResolver,
    private readonly sweep: SignInSweep,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @ApiAnswers({ 200: sweepReport })
  async sweepSignIn(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SweepReport> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'operator') {
      throw new ForbiddenProblem('Sweeps are run by operators');
    }
    const report = await this.sweep.sweep();
    await this.audit.record({
      tenantId: caller.tenantId,
      actor: { id: caller.actorId, role: caller.role },
      action: 'sweep.sign-in',
      target: Object.entries(report.removed)
        .map(([collection, count]) => `${collection}:${count}`)
        .join(' '),
      requestId: requestIdOf(reply),
      outcome: 200,
      at: this.clock(),
    });
    return report;
  }
}
