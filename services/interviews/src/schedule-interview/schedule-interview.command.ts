import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from '../shared/interview-writer';
import type { OverlapWarning } from './overlap-warnings';
import type { ScheduleInterviewRequest } from './schedule-interview.request';
import type { SlotRequest } from './slot.request';

export interface Scheduled extends WriteResult {
  readonly warnings: readonly OverlapWarning[];
}

export class ScheduleInterviewCommand extends Command<Scheduled> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly request: ScheduleInterviewRequest,
  ) {
    super();
  }
}

export class RescheduleInterviewCommand extends Command<Scheduled> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly interviewId: string,
    readonly expectedVersion: number | undefined,
    readonly slot: SlotRequest,
  ) {
    super();
  }
}
