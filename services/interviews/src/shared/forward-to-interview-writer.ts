import { forwardingHandlers } from '@rapport/service-skeleton';
import type { InterviewCommand } from '../domain/interview.commands';
import { assertCanWrite } from './interview-access';
import type { InterviewChangeCommand } from './interview-command';
import { InterviewWriter, type WriteResult } from './interview-writer';

/** A change the decider judges on its own: only the member acts on their interviews. */
export const forwardToInterviewWriter = forwardingHandlers<
  InterviewCommand,
  WriteResult,
  InterviewChangeCommand
>(InterviewWriter, ({ ctx, memberId }) => assertCanWrite(ctx, memberId));
