import { Inject, Injectable } from '@nestjs/common';
import {
  type AppendContext,
  type AppendedEvent,
  EventStore,
  handleCommand,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import type { OutreachCommand } from '../domain/outreach.commands';
import { outreachDecider, outreachStreamId, relationshipId } from '../domain/outreach.decider';
import type { OutreachEvent } from '../domain/outreach.events';
import type { OutreachState } from '../domain/outreach.state';
import { OutreachProjections } from '../projections/outreach-projections';
import { outreachIntegrationEvents } from './outreach-integration-events';
import {
  type EmailAddressing,
  type OutreachOutboxContext,
  threadOf,
} from './outreach-outbox-context';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';

export type LoadedOutreach = LoadedStream<OutreachState>;

export interface WriteResult {
  readonly state: OutreachState;
  readonly version: number;
  /** What the command recorded, with stream positions and event ids. */
  readonly events: readonly AppendedEvent<OutreachEvent>[];
}

/** A command decided from the outreach as it stands, with the addressing if it sends an email. */
export interface PlannedChange {
  readonly command: OutreachCommand;
  readonly email?: EmailAddressing;
}

/** Undefined when, seen from the current state, there is nothing to do (a repeated timer). */
export type Plan = (
  current: LoadedOutreach,
) => PlannedChange | undefined | Promise<PlannedChange | undefined>;

/**
 * The outreach decider, its state kept in the stream head: a load reads the head and the events
 * after it. Bump the version whenever `OutreachState` or `evolveOutreach` changes meaning.
 */
const outreachFold = { ...outreachDecider, snapshotVersion: 'outreach-state-1' };

/**
 * The outreach service's write path: a plan of the current state run through the library's
 * `handleCommand` (which loads once, retries on a version conflict and appends with the outbox),
 * the event store applying the read models declared in OutreachModule (and the relay again before
 * it publishes, so a crash in between heals). The plan and the outbox are computed
 * from the very state the decider sees, so an email's thread never comes from a stale read.
 */
@Injectable()
export class OutreachWriter {
  constructor(
    @Inject(EventStore) readonly eventStore: EventStore,
    @Inject(OutreachProjections) readonly projections: OutreachProjections,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) readonly newId: NewId,
  ) {}

  appendContext(ctx: RequestContext): AppendContext {
    return appendContextOf(ctx, this.clock());
  }

  load(tenantId: string, memberId: string, contactId: string): Promise<LoadedOutreach> {
    return loadStream(this.eventStore, outreachFold, {
      tenantId,
      streamId: outreachStreamId(memberId, contactId),
    });
  }

  execute(
    ctx: RequestContext,
    command: OutreachCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    return this.change(ctx, command.memberId, command.contactId, () => ({ command }), options);
  }

  async change(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    plan: Plan,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    const stream = { tenantId: ctx.tenantId, streamId: outreachStreamId(memberId, contactId) };
    const result = await handleCommand(
      this.eventStore,
      outreachFold,
      stream,
      async (state, version) => {
        const planned = await plan({ state, version });
        if (!planned) return [];
        const outbox: OutreachOutboxContext = {
          relationshipId: relationshipId(memberId, contactId),
          ...(planned.email ? { email: planned.email } : {}),
          thread: threadOf(state),
        };
        return {
          events: outreachDecider.decide(planned.command, state),
          toOutbox: (event: OutreachEvent) => outreachIntegrationEvents(event, outbox),
        };
      },
      this.appendContext(ctx),
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
