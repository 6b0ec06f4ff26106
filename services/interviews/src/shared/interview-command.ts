import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from './interview-writer';

/** What every command on one interview carries: who asks, which interview, which version. */
export abstract class InterviewChangeCommand extends Command<WriteResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly interviewId: string,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
