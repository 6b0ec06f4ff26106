import { decodePayload, PersonRole, topicFor } from '@rapport/contracts';
import { DEFAULT_INSTITUTION_POLICY } from './domain/institution-policy';
import { institutionToOutbox, personToOutbox } from './institutions-outbox';

describe('the integration events of the institutions context', () => {
  it('publishes a policy change whole, with its version and urgency, on the institutions topic', () => {
    const message = institutionToOutbox('uni')({
      type: 'PolicyChanged',
      data: { version: 4, policy: DEFAULT_INSTITUTION_POLICY, urgent: true },
    });
    expect(message.topic).toBe(topicFor('institutions'));
    const decoded = decodePayload('rapport.institutions.v1.PolicyChanged', message.payload);
    expect(decoded).toMatchObject({
      institutionId: 'uni',
      version: 4,
      urgent: true,
      policy: { ...DEFAULT_INSTITUTION_POLICY },
    });
  });

  it('names roles with the contract’s enum and leaves the list position out', () => {
    const toOutbox = personToOutbox('uni');
    const enrolled = toOutbox({
      type: 'PersonEnrolled',
      data: {
        personId: 'cora',
        email: 'c@uni.test',
        displayName: 'Cora',
        role: 'coach',
        listPosition: 7,
      },
    });
    expect(decodePayload('rapport.institutions.v1.PersonEnrolled', enrolled.payload)).toMatchObject(
      {
        institutionId: 'uni',
        personId: 'cora',
        role: PersonRole.COACH,
      },
    );
    const changed = toOutbox({
      type: 'PersonRoleChanged',
      data: { personId: 'cora', role: 'operator', listPosition: 7 },
    });
    expect(decodePayload('rapport.institutions.v1.PersonRoleChanged', changed.payload).role).toBe(
      PersonRole.OPERATOR,
    );
    const assigned = toOutbox({
      type: 'CoachAssigned',
      data: { coachId: 'cora', memberId: 'ada' },
    });
    expect(assigned.type).toBe('rapport.institutions.v1.CoachAssigned');
    expect(JSON.stringify(decodePayload(assigned.type, assigned.payload))).not.toContain(
      'listPosition',
    );
  });
});
