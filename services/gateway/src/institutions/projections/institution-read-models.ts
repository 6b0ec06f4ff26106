import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { InstitutionEvent } from '../domain/institution.events';
import type { PersonEvent, PersonRole } from '../domain/person.events';
import type { RatePlanEvent, TenantSettingsEvent } from '../domain/tenant-settings.events';
import type { Branding, InstitutionPolicy } from '../domain/institution-policy';

/** An event of either stream of the context, where it was recorded. */
export interface InstitutionsInput {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  /** When it was recorded (ISO): a coach's caseload shows since when each member is in it. */
  readonly occurredAt?: string;
  readonly event: InstitutionsContextEvent;
}

/** Every event the gateway's own streams hold that its read models follow. */
export type InstitutionsContextEvent =
  InstitutionEvent | PersonEvent | TenantSettingsEvent | RatePlanEvent;

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
  /** For coaches: since when each assigned member is followed (ISO), by `sinceKey(memberId)`. */
  readonly assignedSince?: Readonly<Record<string, string>>;
}

/**
 * A member id as a field name: person ids may hold `.`, which an update would read as a path.
 * `%` never occurs in a person id, so the encoding cannot collide.
 */
export const sinceKey = (memberId: string) => memberId.replaceAll('.', '%2E');

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
  project({ tenantId, occurredAt, event }) {
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
            update: {
              $set: { status: 'removed', assignedMemberIds: [], coachIds: [], assignedSince: {} },
            },
          },
        ];
      case 'CoachAssigned': {
        const { coachId, memberId } = event.data;
        const added = arrayChange(
          directoryKey(tenantId, coachId),
          '$addToSet',
          'assignedMemberIds',
          memberId,
        );
        const since = occurredAt
          ? { $set: { [`assignedSince.${sinceKey(memberId)}`]: occurredAt } }
          : {};
        return [
          { id: added.id, update: { ...added.update, ...since } },
          arrayChange(directoryKey(tenantId, memberId), '$addToSet', 'coachIds', coachId),
        ];
      }
      case 'CoachUnassigned': {
        const { coachId, memberId } = event.data;
        const pulled = arrayChange(
          directoryKey(tenantId, coachId),
          '$pull',
          'assignedMemberIds',
          memberId,
        );
        return [
          {
            id: pulled.id,
            update: { ...pulled.update, $unset: { [`assignedSince.${sinceKey(memberId)}`]: '' } },
          },
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
    switch (event.type) {
      case 'InstitutionRegistered':
        return [
          { id: tenantId, update: { $set: { name: event.data.name, plan: event.data.plan } } },
        ];
      // Operators move an institution to another plan on its settings stream.
      case 'RatePlanChosen':
        return [{ id: tenantId, update: { $set: { plan: event.data.plan } } }];
      default:
        return [];
    }
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
