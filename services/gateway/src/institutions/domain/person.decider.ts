import type { Decider } from '@rapport/eventstore';
import { InstitutionRejected } from './institution-rejected';
import type { PersonEvent, PersonRole, PersonState } from './person.events';

export type PersonCommand =
  | {
      readonly type: 'EnrolPerson';
      readonly personId: string;
      readonly email: string;
      readonly displayName: string;
      readonly role: PersonRole;
      readonly listPosition: number;
    }
  | { readonly type: 'ChangeRole'; readonly personId: string; readonly role: PersonRole }
  | { readonly type: 'RemovePerson'; readonly personId: string }
  | { readonly type: 'AssignMember'; readonly coachId: string; readonly memberId: string }
  | { readonly type: 'UnassignMember'; readonly coachId: string; readonly memberId: string };

type Enrolled = Extract<PersonState, { status: 'enrolled' }>;

function enrolled(state: PersonState, personId: string): Enrolled {
  if (state.status !== 'enrolled') {
    throw new InstitutionRejected('person-not-found', `no person ${personId} in the institution`);
  }
  return state;
}

/** A coach who stops coaching (new role, removal) lets go of every member first. */
const releaseAll = (person: Enrolled): PersonEvent[] =>
  person.assignedMemberIds.map((memberId) => ({
    type: 'CoachUnassigned',
    data: { coachId: person.personId, memberId },
  }));

function enrol(command: Extract<PersonCommand, { type: 'EnrolPerson' }>, state: PersonState) {
  if (state.status !== 'absent') {
    throw new InstitutionRejected('person-exists', `${command.personId} is already enrolled`);
  }
  const { personId, email, displayName, role, listPosition } = command;
  const data = { personId, email, displayName, role, listPosition };
  return [{ type: 'PersonEnrolled', data } satisfies PersonEvent];
}

function changeRole(command: Extract<PersonCommand, { type: 'ChangeRole' }>, state: PersonState) {
  const person = enrolled(state, command.personId);
  if (person.role === command.role) return [];
  const { personId, listPosition } = person;
  return [
    ...releaseAll(person),
    { type: 'PersonRoleChanged', data: { personId, role: command.role, listPosition } },
  ] satisfies PersonEvent[];
}

function remove(command: Extract<PersonCommand, { type: 'RemovePerson' }>, state: PersonState) {
  // Removing again answers as the first removal did: the person is gone either way.
  if (state.status === 'removed') return [];
  const person = enrolled(state, command.personId);
  const { personId, listPosition } = person;
  return [
    ...releaseAll(person),
    { type: 'PersonRemoved', data: { personId, listPosition } },
  ] satisfies PersonEvent[];
}

function assign(command: Extract<PersonCommand, { type: 'AssignMember' }>, state: PersonState) {
  const coach = enrolled(state, command.coachId);
  if (coach.role !== 'coach') {
    throw new InstitutionRejected('not-a-coach', `${command.coachId} is not a coach`);
  }
  if (coach.assignedMemberIds.includes(command.memberId)) return [];
  const { coachId, memberId } = command;
  return [{ type: 'CoachAssigned', data: { coachId, memberId } } satisfies PersonEvent];
}

function unassign(command: Extract<PersonCommand, { type: 'UnassignMember' }>, state: PersonState) {
  const coach = enrolled(state, command.coachId);
  if (!coach.assignedMemberIds.includes(command.memberId)) return [];
  const { coachId, memberId } = command;
  return [{ type: 'CoachUnassigned', data: { coachId, memberId } } satisfies PersonEvent];
}

function evolve(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonEnrolled':
      return { status: 'enrolled', ...event.data, assignedMemberIds: [] };
    case 'PersonRoleChanged':
      return { ...enrolled(state, event.data.personId), role: event.data.role };
    case 'PersonRemoved':
      return { status: 'removed', ...event.data };
    case 'CoachAssigned': {
      const coach = enrolled(state, event.data.coachId);
      return { ...coach, assignedMemberIds: [...coach.assignedMemberIds, event.data.memberId] };
    }
    case 'CoachUnassigned': {
      const coach = enrolled(state, event.data.coachId);
      const assignedMemberIds = coach.assignedMemberIds.filter((id) => id !== event.data.memberId);
      return { ...coach, assignedMemberIds };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: { status: 'absent' },
  decide(command, state): readonly PersonEvent[] {
    switch (command.type) {
      case 'EnrolPerson':
        return enrol(command, state);
      case 'ChangeRole':
        return changeRole(command, state);
      case 'RemovePerson':
        return remove(command, state);
      case 'AssignMember':
        return assign(command, state);
      case 'UnassignMember':
        return unassign(command, state);
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
  evolve,
};
