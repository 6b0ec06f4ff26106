import type { DomainEvent } from '@rapport/eventstore';

export const PERSON_ROLES = ['member', 'coach', 'admin', 'operator'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/**
 * One stream per person (`person:<id>` within the tenant): an institution may hold 100k people,
 * and a command about one of them loads only their few events. `listPosition` is the person's
 * slot in the tenant's people list, claimed before enrolment, so the list stays a pure projection.
 * A coach's assignments live on the coach's stream: the internal token needs them per coach.
 */
export type PersonEvent =
  | DomainEvent<
      'PersonEnrolled',
      {
        personId: string;
        email: string;
        displayName: string;
        role: PersonRole;
        listPosition: number;
      }
    >
  | DomainEvent<'PersonRoleChanged', { personId: string; role: PersonRole; listPosition: number }>
  | DomainEvent<'PersonRemoved', { personId: string; listPosition: number }>
  | DomainEvent<'CoachAssigned', { coachId: string; memberId: string }>
  | DomainEvent<'CoachUnassigned', { coachId: string; memberId: string }>;

export type PersonState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'enrolled';
      readonly personId: string;
      readonly email: string;
      readonly displayName: string;
      readonly role: PersonRole;
      readonly listPosition: number;
      readonly assignedMemberIds: readonly string[];
    }
  | { readonly status: 'removed'; readonly personId: string; readonly listPosition: number };

export const personStreamId = (personId: string) => `person:${personId}`;
