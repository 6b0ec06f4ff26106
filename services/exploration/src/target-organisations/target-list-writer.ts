import { Inject, Injectable } from '@nestjs/common';
import { EventStore, handleCommand, type HandleResult, loadStream } from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import {
  type TargetListCommand,
  targetListDecider,
  type TargetListEvent,
  type TargetListState,
  targetListStreamId,
} from '../domain/target-list';

export type TargetListWriteResult = HandleResult<TargetListEvent, TargetListState>;

/** The target list's state kept in the stream head; bump the tag when the state changes meaning. */
const targetListFold = { ...targetListDecider, snapshotVersion: 'target-list-1' };

/** The member's one target-list stream, written through the library's `handleCommand`. */
@Injectable()
export class TargetListWriter {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  load(tenantId: string, memberId: string) {
    return loadStream(this.eventStore, targetListFold, {
      tenantId,
      streamId: targetListStreamId(memberId),
    });
  }

  execute(
    ctx: RequestContext,
    command: TargetListCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<TargetListWriteResult> {
    return handleCommand(
      this.eventStore,
      targetListFold,
      { tenantId: ctx.tenantId, streamId: targetListStreamId(command.memberId) },
      command,
      appendContextOf(ctx, this.clock()),
      {
        nextEventId: this.newId,
        ...(options.expectedVersion !== undefined
          ? { expectedVersion: options.expectedVersion }
          : {}),
      },
    );
  }
}
