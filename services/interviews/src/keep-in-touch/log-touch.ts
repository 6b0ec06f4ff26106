import { Body, HttpCode } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { type RequestContext, ZodPipe } from '@rapport/platform/http';
import { TOUCH_KINDS } from '../domain/interview.events';
import { forwardToInterviewWriter } from '../shared/forward-to-interview-writer';
import { InterviewChangeCommand } from '../shared/interview-command';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { id } from '../shared/interview-params';
import { requestFingerprint } from '../shared/request-fingerprint';

export const logTouchRequest = z.strictObject({
  touchId: id,
  kind: z.enum(TOUCH_KINDS),
  /** When it happened; now when left out. */
  touchedAt: z.iso.datetime({ offset: true }).optional(),
  note: z.string().trim().max(1000).optional(),
});
export type LogTouchRequest = z.output<typeof logTouchRequest>;

export class LogTouchCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly request: LogTouchRequest,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

/** A real touch resets the keep-in-touch cadence in the relationship workflow. */
export const LogTouchHandler = forwardToInterviewWriter(
  LogTouchCommand,
  ({ memberId, interviewId, request }, at) => ({
    type: 'LogTouch',
    memberId,
    interviewId,
    at,
    touchId: request.touchId,
    kind: request.kind,
    ...(request.note ? { note: request.note } : {}),
    touchedAt: request.touchedAt ? new Date(request.touchedAt) : at,
    fingerprint: requestFingerprint(request),
  }),
);

@InterviewChangeController()
export class LogTouchController {
  constructor(private readonly commands: CommandBus) {}

  /** 201 every time for the same touch id and body (a retry). */
  // Above ChangeRoute, so that it is applied last and wins over the route's 200.
  @HttpCode(201)
  @ChangeRoute('POST', 'touches', logTouchRequest)
  async log(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(logTouchRequest)) body: LogTouchRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new LogTouchCommand(...change.target, body)),
    );
  }
}
