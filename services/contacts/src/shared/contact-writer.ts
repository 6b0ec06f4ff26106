import { Inject, Injectable } from '@nestjs/common';
import {
  type AppendContext,
  type AppendedEvent,
  EventStore,
  type Handle,
  handleCommand,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, type RequestContext } from '@rapport/platform/http';
import type { ContactCommand } from '../domain/contact.commands';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactState } from '../domain/contact.state';
import { ContactProjections } from '../projections/contact-projections';
import { contactIntegrationEvent } from './contact-integration-events';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';

export type LoadedContact = LoadedStream<ContactState>;

export interface WriteResult {
  readonly state: ContactState;
  readonly version: number;
  /** What the command recorded, with stream positions and event ids. */
  readonly events: readonly AppendedEvent<ContactEvent>[];
}

/**
 * The contact decider, its state kept in the stream head: a load reads the head and the events
 * after it. Bump the version whenever `ContactState` or `evolveContact` changes meaning.
 */
const contactFold = { ...contactDecider, snapshotVersion: 'contact-state-1' };

/**
 * The contacts service's write path: the library's `handleCommand` (load → decide → append with
 * the integration events in the outbox, retried on a version conflict). The event store applies
 * the read models declared in ContactsModule on every append (read-your-writes), and the relay
 * again before publishing, so a crash in between heals. Use cases add their own rules around it.
 */
@Injectable()
export class ContactWriter {
  constructor(
    @Inject(EventStore) readonly eventStore: EventStore,
    @Inject(ContactProjections) readonly projections: ContactProjections,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) readonly newId: NewId,
  ) {}

  appendContext(ctx: RequestContext): AppendContext {
    return appendContextOf(ctx, this.clock());
  }

  load(tenantId: string, memberId: string, contactId: string): Promise<LoadedContact> {
    return loadStream(this.eventStore, contactFold, {
      tenantId,
      streamId: contactStreamId(memberId, contactId),
    });
  }

  execute(
    ctx: RequestContext,
    command: ContactCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    return this.change(
      ctx,
      command.memberId,
      command.contactId,
      (state) => contactDecider.decide(command, state),
      options,
    );
  }

  /** A change decided by a function of the contact's current state (run again after a conflict). */
  async change(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    handle: Handle<ContactEvent, ContactState>,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    const stream = { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, contactId) };
    const result = await handleCommand(
      this.eventStore,
      contactFold,
      stream,
      handle,
      this.appendContext(ctx),
      {
        nextEventId: this.newId,
        toOutbox: contactIntegrationEvent,
        ...(options.expectedVersion !== undefined
          ? { expectedVersion: options.expectedVersion }
          : {}),
      },
    );
    return result;
  }
}
