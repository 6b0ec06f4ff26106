import { Inject, Injectable } from '@nestjs/common';
import {
  EventStore,
  handleCommand,
  type HandleResult,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import type { GoalCommand } from '../domain/goal.commands';
import { goalDecider, goalStreamId } from '../domain/goal.decider';
import type { GoalEvent } from '../domain/goal.events';
import type { GoalState } from '../domain/goal.state';
import { goalIntegrationEvents } from './goal-integration-events';

export type GoalWriteResult = HandleResult<GoalEvent, GoalState>;

/** The goal decider with its state kept in the stream head; bump the tag when the state changes meaning. */
const goalFold = { ...goalDecider, snapshotVersion: 'goal-state-2' };

/**
 * The write path is the library's `handleCommand`; the read models are applied by the event store
 * (declared as the module's `readModels`), so nothing follows the append here. What other contexts
 * hear (`rapport.exploration.v1`) goes through the outbox with the append.
 */
@Injectable()
export class GoalWriter {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  load(tenantId: string, memberId: string, goalId: string): Promise<LoadedStream<GoalState>> {
    return loadStream(this.eventStore, goalFold, {
      tenantId,
      streamId: goalStreamId(memberId, goalId),
    });
  }

  execute(
    ctx: RequestContext,
    command: GoalCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<GoalWriteResult> {
    return handleCommand(
      this.eventStore,
      goalFold,
      { tenantId: ctx.tenantId, streamId: goalStreamId(command.memberId, command.goalId) },
      command,
      appendContextOf(ctx, this.clock()),
      {
        nextEventId: this.newId,
        toOutbox: goalIntegrationEvents,
        ...(options.expectedVersion !== undefined
          ? { expectedVersion: options.expectedVersion }
          : {}),
      },
    );
  }
}
