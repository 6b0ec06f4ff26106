import { z } from 'zod';
import { ProblemError } from '../app/problem';
import { v1GetVersioned, v1Path, v1Send, type Versioned } from '../app/v1-client';
import type { Session } from '../session/session';

// The gateway's tenant settings (admin/settings-requests.ts): the identity provider (its client
// secret write-only), the CORS origins and the institution's rate plan, read-only for admins.
const providerSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  scopes: z.array(z.string()),
  roleClaim: z.string(),
  roleValues: z.record(z.string(), z.string()),
  version: z.number(),
});
export type IdentityProvider = z.infer<typeof providerSchema>;

export interface ProviderChange {
  readonly issuer: string;
  readonly clientId: string;
  /** Left out, the secret already set is kept. */
  readonly clientSecret?: string;
  readonly scopes: readonly string[];
  readonly roleClaim: string;
  readonly roleValues: Readonly<Record<string, string>>;
}

/** The configured provider, or null while the institution signs in with the embedded default. */
export async function fetchIdentityProvider(): Promise<Versioned<IdentityProvider> | null> {
  try {
    return await v1GetVersioned(v1Path`/admin/identity-provider`, providerSchema);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

export function configureIdentityProvider(
  session: Session,
  etag: string | null,
  change: ProviderChange,
): Promise<Versioned<IdentityProvider>> {
  const path = v1Path`/admin/identity-provider`;
  return v1Send(session, 'PUT', path, change, providerSchema, etag ?? undefined);
}

const corsSchema = z.object({ origins: z.array(z.string()), version: z.number() });
export type CorsOrigins = z.infer<typeof corsSchema>;

export function fetchCorsOrigins(): Promise<Versioned<CorsOrigins>> {
  return v1GetVersioned(v1Path`/admin/cors-origins`, corsSchema);
}

export function replaceCorsOrigins(
  session: Session,
  etag: string | null,
  origins: readonly string[],
): Promise<Versioned<CorsOrigins>> {
  const path = v1Path`/admin/cors-origins`;
  return v1Send(session, 'PUT', path, { origins }, corsSchema, etag ?? undefined);
}

const planSchema = z.object({
  plan: z.string(),
  quotas: z.object({ personPerMinute: z.number(), partnerPerMinute: z.number() }).optional(),
});
export type RatePlan = z.infer<typeof planSchema>;

export async function fetchRatePlan(): Promise<RatePlan> {
  return (await v1GetVersioned(v1Path`/admin/rate-plan`, planSchema)).value;
}

/**
 * "/roleValues/students" → "roleValues", "/scopes/1" → "scopes": the form's field for a
 * pointer; the mapping's rows share one message, shown under the mapping.
 */
export function providerFieldOf(pointer: string): string | undefined {
  return /^\/([^/]+)/.exec(pointer)?.[1];
}

/** "/origins/2" → "origins.2", the row's field. */
export function originFieldOf(pointer: string): string | undefined {
  const match = /^\/origins(?:\/(\d+))?/.exec(pointer);
  if (!match) return undefined;
  return match[1] === undefined ? 'origins' : `origins.${match[1]}`;
}
