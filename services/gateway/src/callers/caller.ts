import type { Role } from '@rapport/platform/http';

/** Who is calling the gateway, once their credentials are checked. */
export interface Caller {
  readonly tenantId: string;
  readonly actorId: string;
  readonly role: Role;
  /** What a partner app was granted; people act through their role and carry none. */
  readonly scopes: readonly string[];
  /** A browser session must prove state changes with its CSRF token; a bearer token need not. */
  readonly via: 'session' | 'bearer';
}
