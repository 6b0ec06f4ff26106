import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@rapport/eventstore';
import { ConflictProblem, NotFoundProblem } from '@rapport/platform/http';
import { type PersonCommand, personDecider } from '../institutions/domain/person.decider';
import type { PersonRole, PersonState } from '../institutions/domain/person.events';
import { type ChangeOrigin, InstitutionsWriter } from '../institutions/institutions-writer';
import { InstitutionProjections } from '../institutions/projections/institution-projections';
import {
  type InstitutionDocument,
  INSTITUTIONS,
} from '../institutions/projections/institution-read-models';
import { answerToRepeat } from '../institutions/repeated-create';
import { PeopleList } from './people-list';

export interface Enrolment {
  readonly personId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: PersonRole;
}

// Where a person sits in the list is the gateway's choice, not the request's: a repeat compares
// everything else.
const withoutPosition = ({ type, data }: Pick<DomainEvent, 'type' | 'data'>) => {
  const rest = { ...(data as Record<string, unknown>) };
  delete rest['listPosition'];
  return { type, data: rest };
};

/** Enrols a person in the caller's institution; the same enrolment again answers as the first. */
@Injectable()
export class EnrolPerson {
  constructor(
    private readonly writer: InstitutionsWriter,
    private readonly list: PeopleList,
    private readonly readModels: InstitutionProjections,
  ) {}

  async enrol(
    origin: ChangeOrigin,
    enrolment: Enrolment,
  ): Promise<{ state: PersonState; version: number }> {
    const { tenantId } = origin;
    const command = (listPosition: number): PersonCommand => ({
      type: 'EnrolPerson',
      ...enrolment,
      listPosition,
    });
    const repeat = async () =>
      answerToRepeat(
        await this.writer.personCreation(tenantId, enrolment.personId),
        personDecider.decide(command(0), personDecider.initialState),
        `person ${enrolment.personId}`,
        withoutPosition,
      );
    const first = await repeat();
    if (first) return first;
    if (!(await this.readModels.find<InstitutionDocument>(INSTITUTIONS, tenantId))) {
      throw new NotFoundProblem(`institution ${tenantId} is not registered`);
    }
    const position = await this.list.claim(tenantId, enrolment.personId);
    try {
      return await this.writer.person(origin, enrolment.personId, command(position));
    } catch (error) {
      // A concurrent enrolment of the same person won: ours is its repeat (the slot stays a hole).
      const raced = error instanceof ConflictProblem ? await repeat() : undefined;
      if (raced) return raced;
      throw error;
    }
  }
}
