import { z } from 'zod';
import { PERSON_ROLES } from '../institutions/domain/person.events';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Where https is required, and where (outside production) plain http to the loopback will do. */
function webUrl(production: boolean, value: string, context: z.RefinementCtx): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    context.addIssue({ code: 'custom', message: 'must be an absolute URL' });
    return undefined;
  }
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && (production || !loopbackHttp)) {
    context.addIssue({
      code: 'custom',
      message: production
        ? 'must be https'
        : 'must be https (or http on the loopback, outside production)',
    });
  }
  if (url.username || url.password || url.search || url.hash) {
    context.addIssue({ code: 'custom', message: 'must carry no credentials, query nor fragment' });
  }
  return url;
}

/** An OpenID issuer: discovery is fetched from it, and ID tokens must name it exactly. */
const issuerUrl = (production: boolean) =>
  z
    .string()
    .max(500)
    .superRefine((value, context) => void webUrl(production, value, context));

/**
 * A web origin exactly as browsers send it in `Origin`: scheme, host and a port when not the
 * default, nothing else. No wildcards: each origin is one the institution vouches for.
 */
const corsOrigin = (production: boolean) =>
  z
    .string()
    .max(300)
    .superRefine((value, context) => {
      if (value.includes('*')) {
        context.addIssue({ code: 'custom', message: 'must name one origin, no wildcards' });
        return;
      }
      const url = webUrl(production, value, context);
      if (url && url.origin !== value) {
        context.addIssue({
          code: 'custom',
          message: `must be an origin as browsers send it (${url.origin}), without path or slash`,
        });
      }
    });

const scopeToken = z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/, 'must be a scope token');

export const identityProviderRequest = (production: boolean) =>
  z.strictObject({
    issuer: issuerUrl(production),
    clientId: z.string().trim().min(1).max(200),
    /** Write-only: never answered. Left out on a change, the one already set is kept. */
    clientSecret: z.string().min(1).max(500).optional(),
    scopes: z
      .array(scopeToken)
      .max(20)
      .refine((scopes) => scopes.includes('openid'), 'must include openid')
      .default(['openid', 'profile', 'email']),
    roleClaim: z.string().trim().min(1).max(100),
    roleValues: z
      .record(z.string().min(1).max(100), z.enum(PERSON_ROLES))
      .refine((values) => Object.keys(values).length <= 50, 'at most 50 values'),
  });

export const corsOriginsRequest = (production: boolean) =>
  z.strictObject({
    origins: z
      .array(corsOrigin(production))
      .max(20)
      .refine((origins) => new Set(origins).size === origins.length, 'each origin once'),
  });

const perMinute = z.number().int().min(1).max(1_000_000);
export const planName = z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a-z, 0-9 and -');

export const ratePlanRequest = z.strictObject({
  personPerMinute: perMinute,
  partnerPerMinute: perMinute,
});
export const planChoiceRequest = z.strictObject({ plan: planName });

export const identityProviderView = z.object({
  institutionId: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  /** The secret itself is never shown. */
  clientSecretSet: z.literal(true),
  scopes: z.array(z.string()),
  roleClaim: z.string(),
  roleValues: z.record(z.string(), z.enum(PERSON_ROLES)),
  version: z.number(),
});
export const corsOriginsView = z.object({
  institutionId: z.string(),
  origins: z.array(z.string()),
  version: z.number(),
});
export const ratePlanView = z.object({
  plan: z.string(),
  personPerMinute: z.number(),
  partnerPerMinute: z.number(),
  version: z.number(),
});
export const planChoiceView = z.object({
  institutionId: z.string(),
  plan: z.string(),
  /** The plan's quotas, when the catalogue defines it (else the gateway's defaults apply). */
  quotas: ratePlanRequest.optional(),
  version: z.number(),
});
