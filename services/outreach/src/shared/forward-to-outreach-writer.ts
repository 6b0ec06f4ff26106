import { forwardingHandlers } from '@rapport/service-skeleton';
import type { OutreachCommand } from '../domain/outreach.commands';
import { assertCanWrite } from './outreach-access';
import type { OutreachChangeCommand } from './outreach-command';
import { OutreachWriter, type WriteResult } from './outreach-writer';

/**
 * The handler of a change the decider judges on its own: only the member acts on their outreach,
 * and the command goes to the writer as the decider's command at the writer's time.
 */
export const forwardToOutreachWriter = forwardingHandlers<
  OutreachCommand,
  WriteResult,
  OutreachChangeCommand
>(OutreachWriter, ({ ctx, memberId }) => assertCanWrite(ctx, memberId));
