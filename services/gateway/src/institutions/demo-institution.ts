import type { Role } from '@rapport/platform/http';

/** A person of the demo institution as its (local) identity provider knows them. */
export interface DemoPerson {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  /** The provider's own word for the role; the tenant's claim mapping turns it into a Role. */
  readonly idpRole: string;
  readonly role: Exclude<Role, 'partner' | 'system'>;
  /** For coaches: the members assigned to them. */
  readonly assignedMemberIds?: readonly string[];
}

export const DEMO_TENANT_ID = 'demo-university';

/**
 * The demo institution `./rapport up` seeds: one person of every role, and a coach with one of
 * the two members assigned, so the console shows both what a coach may and may not see.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    personId: 'ada',
    name: 'Ada Okafor',
    email: 'ada@demo-university.test',
    idpRole: 'student',
    role: 'member',
  },
  {
    personId: 'ben',
    name: 'Ben Lindqvist',
    email: 'ben@demo-university.test',
    idpRole: 'student',
    role: 'member',
  },
  {
    personId: 'cora',
    name: 'Cora Diaz',
    email: 'cora@demo-university.test',
    idpRole: 'career-coach',
    role: 'coach',
    assignedMemberIds: ['ada'],
  },
  {
    personId: 'dev',
    name: 'Dev Raman',
    email: 'dev@demo-university.test',
    idpRole: 'staff-admin',
    role: 'admin',
  },
  {
    personId: 'olga',
    name: 'Olga Petrova',
    email: 'olga@demo-university.test',
    idpRole: 'platform-operator',
    role: 'operator',
  },
];

/** How the demo institution's provider words roles, per claim value. */
export const DEMO_ROLE_CLAIM = 'rapport_role';
export const DEMO_ROLE_VALUES: Readonly<Record<string, DemoPerson['role']>> = {
  student: 'member',
  'career-coach': 'coach',
  'staff-admin': 'admin',
  'platform-operator': 'operator',
};
