import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { isSent } from '../domain/outreach.state';
import { assertSystemOrOwner } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { MarkUnresponsiveCommand } from './mark-unresponsive.command';
import { nextStepSuggestion } from './next-step-suggestion';

/** After the last follow-up the workflow (or the member) stops asking and suggests a next step. */
@CommandHandler(MarkUnresponsiveCommand)
export class MarkUnresponsiveHandler implements ICommandHandler<MarkUnresponsiveCommand> {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
  ) {}

  execute(command: MarkUnresponsiveCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, request } = command;
    assertSystemOrOwner(ctx, memberId);
    return this.writer.change(
      ctx,
      memberId,
      contactId,
      async ({ state }) => {
        const followUpsSent = isSent(state) ? state.followUpsSent : 0;
        const suggestion =
          request.suggestion ??
          nextStepSuggestion(
            followUpsSent,
            (await this.directory.find(ctx.tenantId, memberId, contactId))?.organisation,
          );
        return {
          command: {
            type: 'MarkUnresponsive',
            memberId,
            contactId,
            at: this.writer.clock(),
            suggestion,
          },
        };
      },
      versionOption(command.expectedVersion),
    );
  }
}
