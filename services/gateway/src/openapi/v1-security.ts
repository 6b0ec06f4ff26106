import type { RouteRule } from '../authorization/route-rules';
import { PARTNER_SCOPES, type PartnerScope } from '../partners/partner-clients';
import { SessionCookies } from '../sign-in/session-cookies';
import type { JsonObject } from './openapi-31';

const SCOPE_DESCRIPTIONS: Record<PartnerScope, string> = {
  'contacts:read': "Read the members' contact books",
  'contacts:write': "Change the members' contact books",
  'relationships:read': "Read the members' outreach, interviews and relationships",
  'relationships:write': "Change the members' outreach, interviews and relationships",
  'events:subscribe': 'Subscribe to lifecycle events by webhook',
};

/** The credentials the public door takes, as OpenAPI security schemes. */
export function securitySchemes(publicUrl: string): JsonObject {
  return {
    bearer: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'An access token (RFC 9068 at+jwt) from POST /auth/tokens for a signed-in person, or from /oauth/token for a partner app',
    },
    partner: {
      type: 'oauth2',
      description:
        'Partner apps: client credentials per institution; a call needs the scope of the member data it touches',
      flows: {
        clientCredentials: {
          tokenUrl: `${publicUrl}/oauth/token`,
          scopes: Object.fromEntries(
            PARTNER_SCOPES.map((scope) => [scope, SCOPE_DESCRIPTIONS[scope]]),
          ),
        },
      },
    },
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: new SessionCookies(publicUrl).sessionName,
      description: 'A browser session from the sign-in at /auth/{tenantId}/sign-in',
    },
    csrf: {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description:
        "The session's CSRF token (GET /auth/session), required with the cookie on changes",
    },
  };
}

const SAFE_METHODS = new Set(['get', 'head', 'options']);

/** A session proves a state change with its CSRF token; a bearer token needs nothing more. */
function sessionRequirement(method: string): JsonObject {
  return SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrf: [] };
}

/**
 * A forwarded /v1 operation, by its route rule: people's token or session when a role may call
 * it, a partner app's token with the scope the rule names when partners may.
 */
export function forwardedSecurity(method: string, rule: RouteRule): JsonObject[] {
  return [
    ...(rule.roles.length > 0 ? [{ bearer: [] }, sessionRequirement(method)] : []),
    ...(rule.partnerScope ? [{ partner: [rule.partnerScope] }] : []),
  ];
}

// The gateway's own operations that do not take a person's credentials, by operationId.
const OWN_SECURITY: Readonly<Record<string, (method: string) => JsonObject[]>> = {
  SignInController_begin: () => [],
  SignInController_callback: () => [],
  SignInController_session: () => [{ session: [] }],
  SignInController_issueToken: () => [{ session: [], csrf: [] }],
  SignInController_signOut: () => [{ session: [], csrf: [] }],
  // The client authenticates in the request itself (Basic or the form), per RFC 6749.
  OAuthTokenController_token: () => [],
  V1DocumentController_get: () => [],
};

/** The gateway's own operations (admin routes, audit, sign-in) and what they take. */
// …and whole controllers: a partner app's own webhooks take its token with the scope that opens them.
const OWN_SECURITY_BY_CONTROLLER: Readonly<Record<string, (method: string) => JsonObject[]>> = {
  OwnWebhooksController: () => [{ partner: ['events:subscribe'] }],
};

export function ownSecurity(operationId: string | undefined, method: string): JsonObject[] {
  const controller = operationId?.split('_')[0] ?? '';
  const rule =
    operationId !== undefined && Object.hasOwn(OWN_SECURITY, operationId)
      ? OWN_SECURITY[operationId]
      : Object.hasOwn(OWN_SECURITY_BY_CONTROLLER, controller)
        ? OWN_SECURITY_BY_CONTROLLER[controller]
        : undefined;
  return rule ? rule(method) : [{ bearer: [] }, sessionRequirement(method)];
}
