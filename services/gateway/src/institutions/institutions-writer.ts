import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  ConcurrencyError,
  type Creation,
  EventStore,
  type Handle,
  type HandleResult,
  handleCommand,
  loadStream,
  readCreation,
  type StreamRef,
} from '@rapport/eventstore';
import {
  ConflictProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  UnprocessableProblem,
} from '@rapport/platform/http';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import { type InstitutionCommand, institutionDecider } from './domain/institution.decider';
import {
  INSTITUTION_STREAM_ID,
  type InstitutionEvent,
  type InstitutionState,
} from './domain/institution.events';
import { InstitutionRejected } from './domain/institution-rejected';
import { type PersonCommand, personDecider } from './domain/person.decider';
import { type PersonEvent, type PersonState, personStreamId } from './domain/person.events';
import { institutionToOutbox, personToOutbox } from './institutions-outbox';

/** Who changes an institution, and the request it belongs to. */
export interface ChangeOrigin {
  readonly tenantId: string;
  readonly actor: Actor;
  readonly correlationId: string;
}

export type InstitutionResult = HandleResult<InstitutionEvent, InstitutionState>;
export type PersonResult = HandleResult<PersonEvent, PersonState>;

/**
 * The one write path of the institutions context: load → decide → append through the event store
 * (which applies the read models and records the outbox entries the relay publishes on
 * `rapport.institutions.v1`). A refusal of the decider becomes the problem the caller is answered with.
 */
@Injectable()
export class InstitutionsWriter {
  constructor(
    private readonly store: EventStore,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  institution(
    origin: ChangeOrigin,
    command: InstitutionCommand | Handle<InstitutionEvent, InstitutionState>,
    expectedVersion?: number,
  ): Promise<InstitutionResult> {
    return this.handle(origin, institutionDecider, this.institutionRef(origin.tenantId), command, {
      toOutbox: institutionToOutbox(origin.tenantId),
      expectedVersion,
    });
  }

  person(
    origin: ChangeOrigin,
    personId: string,
    command: PersonCommand | Handle<PersonEvent, PersonState>,
    expectedVersion?: number,
  ): Promise<PersonResult> {
    return this.handle(origin, personDecider, this.personRef(origin.tenantId, personId), command, {
      toOutbox: personToOutbox(origin.tenantId),
      expectedVersion,
    });
  }

  loadInstitution(tenantId: string) {
    return loadStream(this.store, institutionDecider, this.institutionRef(tenantId));
  }

  loadPerson(tenantId: string, personId: string) {
    return loadStream(this.store, personDecider, this.personRef(tenantId, personId));
  }

  institutionCreation(tenantId: string): Promise<Creation<InstitutionState> | undefined> {
    return readCreation(this.store, institutionDecider, this.institutionRef(tenantId));
  }

  personCreation(tenantId: string, personId: string): Promise<Creation<PersonState> | undefined> {
    return readCreation(this.store, personDecider, this.personRef(tenantId, personId));
  }

  private institutionRef(tenantId: string): StreamRef {
    return { tenantId, streamId: INSTITUTION_STREAM_ID };
  }

  private personRef(tenantId: string, personId: string): StreamRef {
    return { tenantId, streamId: personStreamId(personId) };
  }

  private async handle<C, E extends InstitutionEvent | PersonEvent, S>(
    origin: ChangeOrigin,
    decider: Parameters<typeof handleCommand<C, E, S>>[1],
    stream: StreamRef,
    command: C | Handle<E, S>,
    options: {
      toOutbox: (event: E) => ReturnType<ReturnType<typeof personToOutbox>>;
      expectedVersion?: number;
    },
  ): Promise<HandleResult<E, S>> {
    const context = {
      actor: origin.actor,
      occurredAt: this.clock(),
      correlationId: origin.correlationId,
    };
    try {
      return await handleCommand<C, E, S>(this.store, decider, stream, command as C, context, {
        nextEventId: this.newId,
        toOutbox: options.toOutbox,
        ...(options.expectedVersion !== undefined
          ? { expectedVersion: options.expectedVersion }
          : {}),
      });
    } catch (error) {
      throw asProblem(error);
    }
  }
}

function asProblem(error: unknown): unknown {
  if (error instanceof ConcurrencyError) {
    return new PreconditionFailedProblem('it changed since your last read; read it again');
  }
  if (!(error instanceof InstitutionRejected)) return error;
  switch (error.reason) {
    case 'institution-exists':
    case 'person-exists':
      return new ConflictProblem(error.message, { reason: error.reason });
    case 'institution-not-found':
    case 'person-not-found':
      return new NotFoundProblem(error.message, { reason: error.reason });
    case 'not-a-coach':
    case 'not-a-member':
      return new UnprocessableProblem(error.message, { reason: error.reason });
    default: {
      const unknown: never = error.reason;
      return unknown;
    }
  }
}
