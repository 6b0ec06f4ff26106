import { z } from 'zod';
import { problemOf } from '../app/problem';

/** The gateway's answer to GET /auth/session (services/gateway, sign-in.http.controller.ts). */
export const sessionSchema = z.object({
  tenantId: z.string(),
  personId: z.string(),
  role: z.enum(['member', 'coach', 'admin', 'operator']),
  csrfToken: z.string(),
  expiresAt: z.string(),
});

export type Session = z.infer<typeof sessionSchema>;
export type Role = Session['role'];

/** Who is signed in, or null when nobody is (the gateway answers 401). */
export async function fetchSession(): Promise<Session | null> {
  const reply = await fetch('/auth/session', { credentials: 'same-origin' });
  if (reply.status === 401) return null;
  if (!reply.ok) throw await problemOf(reply);
  return sessionSchema.parse(await reply.json());
}

/** The institution whose sign-in the console offers until it has an institution picker. */
export const DEFAULT_TENANT: string = import.meta.env.VITE_RAPPORT_TENANT ?? 'demo-university';

/** The gateway's sign-in route: the browser leaves for the identity provider and comes back here. */
export function signInHref(tenantId: string, returnTo: string): string {
  return `/auth/${encodeURIComponent(tenantId)}/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
