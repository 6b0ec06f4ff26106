import { forwardingHandlers } from '@rapport/service-skeleton';
import type { ContactCommand } from '../domain/contact.commands';
import { assertCanWrite } from './contact-access';
import type { ContactChangeCommand } from './contact-command';
import { ContactWriter, type WriteResult } from './contact-writer';

/**
 * The handler of a change the decider judges on its own: only the member changes their contacts,
 * and the command goes to the writer as the decider's command at the writer's time.
 */
export const forwardToContactWriter = forwardingHandlers<
  ContactCommand,
  WriteResult,
  ContactChangeCommand
>(ContactWriter, ({ ctx, memberId }) => assertCanWrite(ctx, memberId));
