import { z } from 'zod';
import { v1GetVersioned, v1Path, v1Send, type Versioned } from '../app/v1-client';
import type { Session } from '../session/session';

// The gateway's policy view (services/gateway, admin-requests.ts policyView); the gateway
// validates every value, so the console checks only the shape it reads back.
const policySchema = z.object({
  followUpIntervalDays: z.number(),
  maxFollowUps: z.number(),
  businessDays: z.boolean(),
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }),
  keepInTouchWeeks: z.number(),
  thankYouDeadlineHours: z.number(),
  guidance: z.object({
    warnWords: z.number(),
    maxWords: z.number(),
    suggestedMinutes: z.number(),
    maxMinutes: z.number(),
  }),
});
export type Policy = z.infer<typeof policySchema>;
const policyView = z.object({ version: z.number(), policy: policySchema });
export type PolicyView = z.infer<typeof policyView>;

export const brandingSchema = z.object({
  displayName: z.string(),
  primaryColor: z.string(),
  logoUrl: z.string(),
});
export type Branding = z.infer<typeof brandingSchema>;

export function fetchPolicy(): Promise<Versioned<PolicyView>> {
  return v1GetVersioned(v1Path`/admin/policy`, policyView);
}

/**
 * Replaces the policy only if nobody changed it since `etag` was read (412 otherwise). `policy`
 * holds what the admin typed, numbers or not: the gateway's answer names each wrong field.
 */
export function replacePolicy(
  session: Session,
  etag: string | null,
  policy: Record<string, unknown>,
  urgent: boolean,
): Promise<Versioned<PolicyView>> {
  return v1Send(
    session,
    'PUT',
    v1Path`/admin/policy`,
    { policy, urgent },
    policyView,
    etag ?? undefined,
  );
}

export async function fetchBranding(): Promise<Branding> {
  return (await v1GetVersioned(v1Path`/admin/branding`, brandingSchema)).value;
}

export async function changeBranding(session: Session, branding: Branding): Promise<Branding> {
  return (await v1Send(session, 'PUT', v1Path`/admin/branding`, branding, brandingSchema)).value;
}

/** "/policy/guidance/maxWords" → "guidance.maxWords", the form field's name. */
export function policyFieldOf(pointer: string): string | undefined {
  const match = /^\/policy\/(.+)$/.exec(pointer);
  return match?.[1]?.split('/').join('.');
}

/** "/displayName" → "displayName". */
export function brandingFieldOf(pointer: string): string | undefined {
  return /^\/([^/]+)$/.exec(pointer)?.[1];
}
