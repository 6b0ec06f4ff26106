import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { InterviewCommand } from '../domain/interview.commands';
import type { Slot } from '../domain/interview.events';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { InterviewProjections } from '../projections/interview-projections';
import { assertCanWrite } from '../shared/interview-access';
import { InterviewWriter } from '../shared/interview-writer';
import { requestFingerprint } from '../shared/request-fingerprint';
import { overlapWarnings } from './overlap-warnings';
import {
  RescheduleInterviewCommand,
  type Scheduled,
  ScheduleInterviewCommand,
} from './schedule-interview.command';
import { slotOf } from './slot.request';

/** Both write the slot, then tell the member what else of theirs it crosses. */
abstract class SlotWriter {
  constructor(
    @Inject(InterviewWriter) protected readonly writer: InterviewWriter,
    @Inject(InterviewProjections) private readonly projections: InterviewProjections,
  ) {}

  protected async writeSlot(
    ctx: RequestContext,
    command: InterviewCommand,
    slot: Slot,
    expectedVersion?: number,
  ): Promise<Scheduled> {
    const written = await this.writer.execute(
      ctx,
      command,
      expectedVersion === undefined ? {} : { expectedVersion },
    );
    const board = await this.projections.memberInterviews(ctx.tenantId, command.memberId);
    const current = written.state.status === 'none' ? slot : written.state.slot;
    return { ...written, warnings: overlapWarnings(board, command.interviewId, current) };
  }
}

@CommandHandler(ScheduleInterviewCommand)
export class ScheduleInterviewHandler
  extends SlotWriter
  implements ICommandHandler<ScheduleInterviewCommand>
{
  constructor(
    @Inject(InterviewWriter) writer: InterviewWriter,
    @Inject(InterviewProjections) projections: InterviewProjections,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
  ) {
    super(writer, projections);
  }

  async execute({ ctx, memberId, request }: ScheduleInterviewCommand): Promise<Scheduled> {
    assertCanWrite(ctx, memberId);
    const { interviewId, contactId, organizer, attendee } = request;
    // Kept first, so the append's outbox can carry the invitation; the first parties stay.
    await this.parties.keep(ctx.tenantId, memberId, interviewId, { organizer, attendee });
    const slot = slotOf(request);
    const command: InterviewCommand = {
      type: 'ScheduleInterview',
      memberId,
      interviewId,
      contactId,
      slot,
      fingerprint: requestFingerprint(request),
      at: this.writer.clock(),
    };
    return this.writeSlot(ctx, command, slot);
  }
}

@CommandHandler(RescheduleInterviewCommand)
export class RescheduleInterviewHandler
  extends SlotWriter
  implements ICommandHandler<RescheduleInterviewCommand>
{
  async execute(command: RescheduleInterviewCommand): Promise<Scheduled> {
    const { ctx, memberId, interviewId, expectedVersion } = command;
    assertCanWrite(ctx, memberId);
    const slot = slotOf(command.slot);
    const reschedule: InterviewCommand = {
      type: 'RescheduleInterview',
      memberId,
      interviewId,
      slot,
      at: this.writer.clock(),
    };
    return this.writeSlot(ctx, reschedule, slot, expectedVersion);
  }
}
