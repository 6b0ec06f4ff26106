import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommand } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';

/** What a forwarded command carries besides its own fields: who asks and the version they saw. */
export interface ForwardedCommand extends ICommand {
  readonly ctx: RequestContext;
  readonly expectedVersion: number | undefined;
}

/** The part of a context's writer (load → decide → append → read models) a forward needs. */
export interface ForwardingWriter<DeciderCommand, Result> {
  readonly clock: () => Date;
  execute(
    ctx: RequestContext,
    command: DeciderCommand,
    options: { expectedVersion?: number },
  ): Promise<Result>;
}

export interface ForwardingHandler<C, Result> {
  execute(command: C): Promise<Result>;
}

/**
 * Handlers for commands the decider already tells apart (archive and restore, tag and untag): they
 * check who asks, stamp the time and hand the decider's command to the writer, nothing more.
 * @nestjs/cqrs binds one handler class to one command class, so the returned function makes a class
 * per command from this one body; a use case that needs more (a lookup, an id, a side effect)
 * keeps a handler of its own.
 */
export function forwardingHandlers<DeciderCommand, Result, Base extends ForwardedCommand>(
  writer: Type<ForwardingWriter<DeciderCommand, Result>>,
  authorize: (command: Base) => void,
) {
  return <C extends Base>(
    commandClass: Type<C>,
    toDecider: (command: C, at: Date) => DeciderCommand,
  ): Type<ForwardingHandler<C, Result>> => {
    @CommandHandler(commandClass)
    class ForwardToWriter implements ForwardingHandler<C, Result> {
      constructor(
        @Inject(writer) private readonly writer: ForwardingWriter<DeciderCommand, Result>,
      ) {}

      // async, so that a refusal reaches the caller as a rejected promise like any other failure.
      async execute(command: C): Promise<Result> {
        authorize(command);
        const { ctx, expectedVersion } = command;
        return this.writer.execute(
          ctx,
          toDecider(command, this.writer.clock()),
          expectedVersion === undefined ? {} : { expectedVersion },
        );
      }
    }
    // Named after its command, so that Nest's errors and logs tell the generated classes apart.
    Object.defineProperty(ForwardToWriter, 'name', { value: `${commandClass.name}Handler` });
    return ForwardToWriter;
  };
}
