import {
  type AppendContext,
  type EventStore,
  handleCommand,
  loadStream,
  type LoadedStream,
} from '@rapport/eventstore';
import { appendContextOf, ConflictProblem, type RequestContext } from '@rapport/platform/http';
import type { ContactCommand } from '../domain/contact.commands';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactEvent } from '../domain/contact.events';
import { ContactRejected } from '../domain/contact-rejected';
import type { ContactState } from '../domain/contact.state';
import { dedupeKeys } from '../domain/dedupe-keys';
import type { ContactProjections } from '../projections/contact-projections';
import { contactIntegrationEvent } from './contact-integration-events';
import type { ContactKeys } from './contact-keys';
import type { Clock, NewId } from './contacts.tokens';

export type LoadedContact = LoadedStream<ContactEvent, ContactState>;

export interface WriteResult {
  readonly state: ContactState;
  readonly version: number;
  readonly events: readonly ContactEvent[];
}

/**
 * Runs contact commands: load → decide → append (with its integration events in the outbox) →
 * read models. It also keeps the de-duplication keys in step with the contact's details.
 */
export class ContactWriter {
  constructor(
    readonly eventStore: EventStore,
    readonly projections: ContactProjections,
    readonly keys: ContactKeys,
    readonly clock: Clock,
    readonly newId: NewId,
  ) {}

  appendContext(ctx: RequestContext): AppendContext {
    return appendContextOf(ctx, this.clock());
  }

  load(tenantId: string, memberId: string, contactId: string): Promise<LoadedContact> {
    return loadStream(this.eventStore, contactDecider, {
      tenantId,
      streamId: contactStreamId(memberId, contactId),
    });
  }

  async execute(
    ctx: RequestContext,
    command: ContactCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<WriteResult> {
    switch (command.type) {
      case 'AddContact': {
        await this.reserveOrConflict(
          ctx,
          command.memberId,
          command.contactId,
          dedupeKeys(command.details),
        );
        try {
          return await this.run(ctx, command, options);
        } catch (error) {
          // The keys stay with a contact that already exists under this id (a repeated request).
          const exists = error instanceof ContactRejected && error.reason === 'contact-exists';
          if (!exists) await this.keys.release(ctx.tenantId, command.memberId, command.contactId);
          throw error;
        }
      }
      case 'ChangeContactDetails': {
        const before = await this.load(ctx.tenantId, command.memberId, command.contactId);
        const held = before.state.status === 'active' ? dedupeKeys(before.state.details) : [];
        const wanted = dedupeKeys(command.details);
        const added = wanted.filter((key) => !held.includes(key));
        await this.reserveOrConflict(ctx, command.memberId, command.contactId, added);
        try {
          const result = await this.run(ctx, command, {
            expectedVersion: options.expectedVersion ?? before.version,
          });
          const dropped = held.filter((key) => !wanted.includes(key));
          if (dropped.length > 0)
            await this.keys.release(ctx.tenantId, command.memberId, command.contactId, dropped);
          return result;
        } catch (error) {
          await this.keys.release(ctx.tenantId, command.memberId, command.contactId, added);
          throw error;
        }
      }
      case 'EraseContact': {
        const result = await this.run(ctx, command, options);
        await this.keys.release(ctx.tenantId, command.memberId, command.contactId);
        return result;
      }
      default:
        return this.run(ctx, command, options);
    }
  }

  private async run(
    ctx: RequestContext,
    command: ContactCommand,
    options: { expectedVersion?: number },
  ): Promise<WriteResult> {
    const stream = {
      tenantId: ctx.tenantId,
      streamId: contactStreamId(command.memberId, command.contactId),
    };
    const context = this.appendContext(ctx);
    const result = await handleCommand(this.eventStore, contactDecider, stream, command, context, {
      nextEventId: this.newId,
      toOutbox: contactIntegrationEvent,
      ...(options.expectedVersion !== undefined
        ? { expectedVersion: options.expectedVersion }
        : {}),
    });
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

  private async reserveOrConflict(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    keys: readonly string[],
  ): Promise<void> {
    const duplicateOf = await this.keys.reserve(ctx.tenantId, memberId, contactId, keys);
    if (duplicateOf) {
      throw new ConflictProblem(
        `contact ${duplicateOf} has the same email, LinkedIn profile or name and organisation`,
        {
          reason: 'duplicate-contact',
          duplicateOf,
        },
      );
    }
  }
}
