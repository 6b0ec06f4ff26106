import {
  encodePayload,
  type EventInit,
  type EventTypeName,
  PersonRole as WireRole,
  topicFor,
} from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type { InstitutionEvent } from './domain/institution.events';
import type { PersonEvent, PersonRole } from './domain/person.events';

const TOPIC = topicFor('institutions');

const ROLE: Record<PersonRole, WireRole> = {
  member: WireRole.MEMBER,
  coach: WireRole.COACH,
  admin: WireRole.ADMIN,
  operator: WireRole.OPERATOR,
};

function message<T extends EventTypeName>(type: T, init: EventInit<T>): OutboxMessage {
  return { topic: TOPIC, type, schemaVersion: 1, payload: encodePayload(type, init) };
}

/** The integration events other contexts hear of an institution's own stream. */
export const institutionToOutbox =
  (institutionId: string) =>
  (event: InstitutionEvent): OutboxMessage => {
    switch (event.type) {
      case 'InstitutionRegistered':
        return message('rapport.institutions.v1.InstitutionRegistered', event.data);
      case 'PolicyChanged':
        return message('rapport.institutions.v1.PolicyChanged', { institutionId, ...event.data });
      case 'BrandingChanged':
        return message('rapport.institutions.v1.BrandingChanged', {
          institutionId,
          ...event.data.branding,
        });
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  };

/** …and of a person's stream (the list position is the gateway's own business). */
export const personToOutbox =
  (institutionId: string) =>
  (event: PersonEvent): OutboxMessage => {
    switch (event.type) {
      case 'PersonEnrolled': {
        const { personId, email, displayName, role } = event.data;
        return message('rapport.institutions.v1.PersonEnrolled', {
          institutionId,
          personId,
          email,
          displayName,
          role: ROLE[role],
        });
      }
      case 'PersonRoleChanged':
        return message('rapport.institutions.v1.PersonRoleChanged', {
          institutionId,
          personId: event.data.personId,
          role: ROLE[event.data.role],
        });
      case 'PersonRemoved':
        return message('rapport.institutions.v1.PersonRemoved', {
          institutionId,
          personId: event.data.personId,
        });
      case 'CoachAssigned':
        return message('rapport.institutions.v1.CoachAssigned', { institutionId, ...event.data });
      case 'CoachUnassigned':
        return message('rapport.institutions.v1.CoachUnassigned', { institutionId, ...event.data });
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  };
