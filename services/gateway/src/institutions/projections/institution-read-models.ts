import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { InstitutionEvent } from '../domain/institution.events';
import type { PersonEvent, PersonRole } from '../domain/person.events';
import type { Branding, InstitutionPolicy } from '../domain/institution-policy';

/** An event of either stream of the context, where it was recorded. */
export interface InstitutionsInput {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly event: InstitutionEvent | PersonEvent;
}

export const PEOPLE_DIRECTORY = 'people_directory';
export const PEOPLE_LIST = 'people_list';
export const INSTITUTION_POLICIES = 'institution_policies';
export const INSTITUTION_BRANDING = 'institution_branding';
export const INSTITUTIONS = 'institutions';

/** `people_directory` by `tenant|person`: what each request needs of its caller. */
export interface DirectoryDocument {
  readonly _id: string;
  readonly tenantId?: string;
  readonly personId?: string;
  readonly email?: string;
  readonly displayName?: string;
  readonly role?: PersonRole;
  readonly status?: 'enrolled' | 'removed';
  readonly listPosition?: number;
  /** For coaches: the members they follow (what the internal token carries). */
  readonly assignedMemberIds: readonly string[];
  /** For members: the coaches following them, so a removal can release them. */
  readonly coachIds?: readonly string[];
}

export interface PeopleListDocument {
  readonly _id: string;
  readonly personId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: PersonRole;
  readonly status: 'enrolled' | 'removed';
}

export interface PolicyDocument {
  readonly _id: string;
  readonly version: number;
  readonly policy: InstitutionPolicy;
  readonly urgent: boolean;
}

export type BrandingDocument = Branding & { readonly _id: string };

export interface InstitutionDocument {
  readonly _id: string;
  readonly name: string;
  readonly plan: string;
}

export const directoryKey = (tenantId: string, personId: string) => `${tenantId}|${personId}`;
// Zero-padded so keys of one tenant sort in list order wherever they are read in bulk.
export const listKey = (tenantId: string, position: number) =>
  `${tenantId}|${String(position).padStart(9, '0')}`;

/** The driver's types cannot see array fields on a generic read-model document. */
const arrayChange = (
  id: string,
  operator: '$addToSet' | '$pull',
  field: string,
  value: string,
): ProjectionChange => ({ id, update: { [operator]: { [field]: value } } });

export const peopleDirectoryProjection: Projection<InstitutionsInput> = {
  name: PEOPLE_DIRECTORY,
  project({ tenantId, event }) {
    switch (event.type) {
      case 'PersonEnrolled': {
        const { personId, ...person } = event.data;
        return [
          {
            id: directoryKey(tenantId, personId),
            update: {
              $set: { tenantId, personId, ...person, status: 'enrolled' },
              $setOnInsert: { assignedMemberIds: [], coachIds: [] },
            },
          },
        ];
      }
      case 'PersonRoleChanged':
        return [
          {
            id: directoryKey(tenantId, event.data.personId),
            update: { $set: { role: event.data.role } },
          },
        ];
      case 'PersonRemoved':
        return [
          {
            id: directoryKey(tenantId, event.data.personId),
            update: { $set: { status: 'removed', assignedMemberIds: [], coachIds: [] } },
          },
        ];
      case 'CoachAssigned': {
        const { coachId, memberId } = event.data;
        return [
          arrayChange(directoryKey(tenantId, coachId), '$addToSet', 'assignedMemberIds', memberId),
          arrayChange(directoryKey(tenantId, memberId), '$addToSet', 'coachIds', coachId),
        ];
      }
      case 'CoachUnassigned': {
        const { coachId, memberId } = event.data;
        return [
          arrayChange(directoryKey(tenantId, coachId), '$pull', 'assignedMemberIds', memberId),
          arrayChange(directoryKey(tenantId, memberId), '$pull', 'coachIds', coachId),
        ];
      }
      default:
        return [];
    }
  },
};

export const peopleListProjection: Projection<InstitutionsInput> = {
  name: PEOPLE_LIST,
  project({ tenantId, event }) {
    switch (event.type) {
      case 'PersonEnrolled': {
        const { listPosition, ...person } = event.data;
        return [
          {
            id: listKey(tenantId, listPosition),
            update: { $set: { ...person, status: 'enrolled' } },
          },
        ];
      }
      case 'PersonRoleChanged':
        return [
          {
            id: listKey(tenantId, event.data.listPosition),
            update: { $set: { role: event.data.role } },
          },
        ];
      case 'PersonRemoved':
        return [
          {
            id: listKey(tenantId, event.data.listPosition),
            update: { $set: { status: 'removed' } },
          },
        ];
      default:
        return [];
    }
  },
};

export const institutionProjection: Projection<InstitutionsInput> = {
  name: INSTITUTIONS,
  project({ tenantId, event }) {
    if (event.type !== 'InstitutionRegistered') return [];
    return [{ id: tenantId, update: { $set: { name: event.data.name, plan: event.data.plan } } }];
  },
};

export const policyProjection: Projection<InstitutionsInput> = {
  name: INSTITUTION_POLICIES,
  project({ tenantId, event }) {
    if (event.type !== 'PolicyChanged') return [];
    return [{ id: tenantId, update: { $set: { ...event.data } } }];
  },
};

export const brandingProjection: Projection<InstitutionsInput> = {
  name: INSTITUTION_BRANDING,
  project({ tenantId, event }) {
    if (event.type !== 'BrandingChanged') return [];
    return [{ id: tenantId, update: { $set: { ...event.data.branding } } }];
  },
};
