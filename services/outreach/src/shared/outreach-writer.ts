import {
  type AppendContext,
  ConcurrencyError,
  type EventStore,
  handleCommand,
  type StreamRef,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import type { OutreachCommand } from '../domain/outreach.commands';
import { outreachDecider, outreachStreamId, relationshipId } from '../domain/outreach.decider';
import type { OutreachEvent } from '../domain/outreach.events';
import type { OutreachState } from '../domain/outreach.state';
import type { OutreachProjections } from '../projections/outreach-projections';
import { outreachIntegrationEvents } from './outreach-integration-events';
import {
  type EmailAddressing,
  type OutreachOutboxContext,
  threadOf,
} from './outreach-outbox-context';
import type { Clock, NewId } from './outreach.tokens';

export type LoadedOutreach = LoadedStream<OutreachEvent, OutreachState>;

export interface WriteResult {
  readonly state: OutreachState;
  readonly version: number;
  readonly events: readonly OutreachEvent[];
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

const MAX_ATTEMPTS = 5;

/**
 * Runs outreach commands: load → plan → decide → append (with the integration events in the
 * outbox) → read models. The plan and the outbox are computed from the very state the decider sees
 * (the append expects that version), so an email's thread never comes from a stale read; when
 * another writer got in first the whole round is retried, unless the client pinned a version.
 */
export class OutreachWriter {
  constructor(
    readonly eventStore: EventStore,
    readonly projections: OutreachProjections,
    readonly clock: Clock,
    readonly newId: NewId,
  ) {}

  appendContext(ctx: RequestContext): AppendContext {
    return appendContextOf(ctx, this.clock());
  }

  load(tenantId: string, memberId: string, contactId: string): Promise<LoadedOutreach> {
    return loadStream(this.eventStore, outreachDecider, {
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
    for (let attempt = 1; ; attempt++) {
      const current = await this.load(ctx.tenantId, memberId, contactId);
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw new ConcurrencyError(stream, options.expectedVersion);
      }
      const planned = await plan(current);
      if (!planned) return { state: current.state, version: current.version, events: [] };
      try {
        return await this.run(ctx, stream, current, planned);
      } catch (error) {
        const retry =
          error instanceof ConcurrencyError &&
          options.expectedVersion === undefined &&
          attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private async run(
    ctx: RequestContext,
    stream: StreamRef,
    current: LoadedOutreach,
    planned: PlannedChange,
  ): Promise<WriteResult> {
    const { memberId, contactId } = planned.command;
    const outbox: OutreachOutboxContext = {
      relationshipId: relationshipId(memberId, contactId),
      ...(planned.email ? { email: planned.email } : {}),
      thread: threadOf(current.state),
    };
    const context = this.appendContext(ctx);
    const result = await handleCommand(
      this.eventStore,
      outreachDecider,
      stream,
      planned.command,
      context,
      {
        nextEventId: this.newId,
        toOutbox: (event) => outreachIntegrationEvents(event, outbox),
        expectedVersion: current.version,
      },
    );
    const first = result.version - result.events.length + 1;
    await this.projections.apply(
      result.events.map((event, i) => ({
        tenantId: stream.tenantId,
        streamId: stream.streamId,
        version: first + i,
        occurredAt: context.occurredAt,
        event,
      })),
    );
    return result;
  }
}
