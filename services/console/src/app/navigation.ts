import type { Role } from '../session/session';

export interface NavigationItem {
  readonly label: string;
  readonly path: string;
  /** Built in this session; the others show what they will hold (issue 17). */
  readonly ready: boolean;
}

/** Each role's areas, in the order the navigation shows them; the first is the role's home. */
export const NAVIGATION: Readonly<Record<Role, readonly NavigationItem[]>> = {
  member: [
    { label: 'Today', path: '/today', ready: true },
    { label: 'Network', path: '/network', ready: true },
    { label: 'Pipeline', path: '/pipeline', ready: true },
    { label: 'Compose', path: '/compose', ready: true },
    { label: 'Interviews', path: '/interviews', ready: true },
    { label: 'Settings', path: '/settings', ready: true },
  ],
  coach: [{ label: 'Caseload', path: '/caseload', ready: true }],
  admin: [
    { label: 'Policies', path: '/admin/policies', ready: true },
    { label: 'People', path: '/admin/people', ready: true },
    { label: 'Partner apps', path: '/admin/partner-apps', ready: true },
    { label: 'Sign-in', path: '/admin/sign-in', ready: true },
    { label: 'Audit log', path: '/admin/audit', ready: true },
    { label: 'Funnel', path: '/admin/funnel', ready: true },
  ],
  operator: [
    { label: 'Health', path: '/operations/health', ready: true },
    { label: 'Workflows', path: '/operations/workflows', ready: true },
    { label: 'Consumer lag', path: '/operations/consumer-lag', ready: true },
    { label: 'Dead letters', path: '/operations/dead-letters', ready: true },
    { label: 'Projections', path: '/operations/projections', ready: true },
    { label: 'Mail log', path: '/operations/mail', ready: true },
    { label: 'Audit log', path: '/operations/audit', ready: true },
  ],
};

export function homePathOf(role: Role): string {
  const [home] = NAVIGATION[role];
  if (!home) throw new Error(`role ${role} has no areas`);
  return home.path;
}

/** Whether a role may open a path: its own areas only (the gateway and services still check). */
export function mayOpen(role: Role, path: string): boolean {
  return NAVIGATION[role].some((item) => path === item.path || path.startsWith(`${item.path}/`));
}
