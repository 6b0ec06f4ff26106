import { deciderSpec } from '@rapport/testing';
import { InstitutionRejected } from './institution-rejected';
import { personDecider } from './person.decider';
import type { PersonEvent } from './person.events';

const given = deciderSpec(personDecider, InstitutionRejected);

const enrolled = (personId: string, role: 'member' | 'coach'): PersonEvent => ({
  type: 'PersonEnrolled',
  data: { personId, email: `${personId}@uni.test`, displayName: personId, role, listPosition: 4 },
});
const assigned = (memberId: string): PersonEvent => ({
  type: 'CoachAssigned',
  data: { coachId: 'cora', memberId },
});

describe('person decider', () => {
  it('enrols a person once; an enrolled or removed one is refused', () => {
    const command = {
      type: 'EnrolPerson',
      personId: 'ada',
      email: 'ada@uni.test',
      displayName: 'ada',
      role: 'member',
      listPosition: 4,
    } as const;
    given([])
      .when(command)
      .then([enrolled('ada', 'member')]);
    given([enrolled('ada', 'member')])
      .when(command)
      .rejects('person-exists');
    given([
      enrolled('ada', 'member'),
      { type: 'PersonRemoved', data: { personId: 'ada', listPosition: 4 } },
    ])
      .when(command)
      .rejects('person-exists');
  });

  it('assigns members to coaches only, once each', () => {
    const assign = { type: 'AssignMember', coachId: 'cora', memberId: 'ada' } as const;
    given([enrolled('cora', 'coach')])
      .when(assign)
      .then([assigned('ada')]);
    given([enrolled('cora', 'coach'), assigned('ada')])
      .when(assign)
      .then([]);
    given([enrolled('cora', 'member')])
      .when(assign)
      .rejects('not-a-coach');
    given([]).when(assign).rejects('person-not-found');
  });

  it('lets every member go when a coach changes role or is removed', () => {
    const history = [enrolled('cora', 'coach'), assigned('ada'), assigned('ben')];
    const released: PersonEvent[] = ['ada', 'ben'].map((memberId) => ({
      type: 'CoachUnassigned',
      data: { coachId: 'cora', memberId },
    }));
    given(history)
      .when({ type: 'ChangeRole', personId: 'cora', role: 'admin' })
      .then([
        ...released,
        { type: 'PersonRoleChanged', data: { personId: 'cora', role: 'admin', listPosition: 4 } },
      ]);
    given(history)
      .when({ type: 'RemovePerson', personId: 'cora' })
      .then([...released, { type: 'PersonRemoved', data: { personId: 'cora', listPosition: 4 } }]);
  });

  it('treats the same role, a second removal and an absent assignment as no change', () => {
    given([enrolled('cora', 'coach')])
      .when({ type: 'ChangeRole', personId: 'cora', role: 'coach' })
      .then([]);
    given([
      enrolled('ada', 'member'),
      { type: 'PersonRemoved', data: { personId: 'ada', listPosition: 4 } },
    ])
      .when({ type: 'RemovePerson', personId: 'ada' })
      .then([]);
    given([enrolled('cora', 'coach')])
      .when({ type: 'UnassignMember', coachId: 'cora', memberId: 'ada' })
      .then([]);
    given([]).when({ type: 'RemovePerson', personId: 'ada' }).rejects('person-not-found');
  });
});
