import { Inject, Injectable } from '@nestjs/common';
import {
  type AppendedEvent,
  EventStore,
  handleCommand,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import type { InterviewCommand } from '../domain/interview.commands';
import { interviewDecider, interviewStreamId } from '../domain/interview.decider';
import type { InterviewEvent } from '../domain/interview.events';
import type { InterviewState } from '../domain/interview.state';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { INVITATION_ANSWER_ADDRESS } from '../invitation/invitation-settings';
import { interviewIntegrationEvents } from './interview-integration-events';

export interface WriteResult {
  readonly state: InterviewState;
  readonly version: number;
  readonly events: readonly AppendedEvent<InterviewEvent>[];
}

/**
 * The interview decider, its state kept in the stream head. Bump the version whenever
 * `InterviewState` or `evolveInterview` changes meaning.
 */
const interviewFold = { ...interviewDecider, snapshotVersion: 'interview-state-3' };

/**
 * The write path: the library's `handleCommand` (load, decide, append with the outbox, retry on a
 * version conflict). The event store applies the read models declared in InterviewsModule on every
 * append (read-your-writes), and the relay again before publishing, so a crash in between heals.
 */
@Injectable()
export class InterviewWriter {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
    @Inject(INVITATION_ANSWER_ADDRESS) private readonly answerTo: string,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) readonly newId: NewId,
  ) {}

  load(
    tenantId: string,
    memberId: string,
    interviewId: string,
  ): Promise<LoadedStream<InterviewState>> {
    return loadStream(this.eventStore, interviewFold, {
      tenantId,
      streamId: interviewStreamId(memberId, interviewId),
    });
  }

  execute(
    ctx: RequestContext,
    command: InterviewCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    return this.change(ctx, command.memberId, command.interviewId, () => command, options);
  }

  /**
   * A command made from the interview as it stands (a question marked asked within the current
   * plan): `plan` runs on the state the decider sees, again after a version conflict, so no
   * concurrent change is lost.
   */
  async change(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    plan: (state: InterviewState) => InterviewCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    const stream = { tenantId: ctx.tenantId, streamId: interviewStreamId(memberId, interviewId) };
    const parties = await this.parties.find(ctx.tenantId, memberId, interviewId);
    const result = await handleCommand(
      this.eventStore,
      interviewFold,
      stream,
      (state) => ({
        events: interviewDecider.decide(plan(state), state),
        toOutbox: (event: InterviewEvent) =>
          interviewIntegrationEvents(event, {
            answerTo: this.answerTo,
            ...(parties ? { parties } : {}),
            ...(state.status === 'none' ? {} : { slot: state.slot }),
          }),
      }),
      appendContextOf(ctx, this.clock()),
      {
        nextEventId: this.newId,
        ...(options.expectedVersion !== undefined
          ? { expectedVersion: options.expectedVersion }
          : {}),
      },
    );
    return result;
  }
}
