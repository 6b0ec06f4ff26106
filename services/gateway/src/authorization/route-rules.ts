import type { PartnerScope } from '../partners/partner-clients';
import { type PartnerArea, scopeFor } from '../partners/partner-scopes';

/** The roles people sign in with; partners are checked by scope, `system` never comes from outside. */
export type PersonRole = 'member' | 'coach' | 'admin' | 'operator';

/**
 * Who may call one /v1 route. On a route under /members/{memberId}, `member` means that member
 * only and `coach` a coach that member is assigned to; elsewhere a role admits anyone holding it
 * in the caller's institution. The services check the same objects again (defence in depth).
 */
export interface RouteRule {
  readonly roles: readonly PersonRole[];
  /** The scope a partner app needs; absent, partners may not call the route at all. */
  readonly partnerScope?: PartnerScope;
}

/** A member's data: the member reads it, an assigned coach reads it, a partner with the scope. */
const reads = (area?: PartnerArea): RouteRule => ({
  roles: ['member', 'coach'],
  ...(area ? { partnerScope: scopeFor(area, 'read') } : {}),
});
/** Only the member changes their data (coaches are read-only), or a partner with the scope. */
const writes = (area?: PartnerArea): RouteRule => ({
  roles: ['member'],
  ...(area ? { partnerScope: scopeFor(area, 'write') } : {}),
});
/** Nobody from outside: the relationship workflow calls it with a system token. */
const NOBODY: RouteRule = { roles: [] };

/**
 * Every /v1 route the gateway forwards, by method and path as the owning service documents it
 * (without /v1). Declared one by one on purpose: a route a service adds is refused (404) until it
 * is written here, and the matrix spec names it. Operators only see operational data (the
 * delivery log); members' contacts, notes, messages and goals are never theirs to read.
 */
export const ROUTE_RULES: Readonly<Record<string, RouteRule>> = {
  // contacts
  // A copy of the whole network is the member's alone to take away (the service agrees).
  'GET /members/{memberId}/contacts/export': { roles: ['member'] },
  'POST /members/{memberId}/contact-imports': writes('contacts'),
  'GET /members/{memberId}/contact-imports/{importId}': reads('contacts'),
  'POST /members/{memberId}/contact-imports/{importId}/commit': writes('contacts'),
  'POST /members/{memberId}/contacts': writes('contacts'),
  'GET /members/{memberId}/contacts': reads('contacts'),
  'GET /members/{memberId}/contacts/{contactId}': reads('contacts'),
  'PATCH /members/{memberId}/contacts/{contactId}': writes('contacts'),
  'DELETE /members/{memberId}/contacts/{contactId}': writes('contacts'),
  'PUT /members/{memberId}/contacts/{contactId}/classification': writes('contacts'),
  'PUT /members/{memberId}/contacts/{contactId}/tags/{kind}/{value}': writes('contacts'),
  'DELETE /members/{memberId}/contacts/{contactId}/tags/{kind}/{value}': writes('contacts'),
  'PUT /members/{memberId}/contacts/{contactId}/referral': writes('contacts'),
  'POST /members/{memberId}/contacts/{contactId}/notes': writes('contacts'),
  'PUT /members/{memberId}/contacts/{contactId}/notes/{noteId}': writes('contacts'),
  'POST /members/{memberId}/contacts/{contactId}/archive': writes('contacts'),
  'POST /members/{memberId}/contacts/{contactId}/restore': writes('contacts'),
  'GET /members/{memberId}/referral-graph': reads('contacts'),
  'GET /members/{memberId}/contact-counters': reads('contacts'),

  // outreach
  // Checking a draft against the guidance stores nothing, so reading scope is enough.
  'POST /guidance': { roles: ['member', 'coach'], partnerScope: 'relationships:read' },
  'GET /funnel': { roles: ['coach', 'admin'] },
  // Weekly sums are kept per institution only; coaches have their members' totals above.
  'GET /funnel/weeks': { roles: ['admin'] },
  'PUT /members/{memberId}/profile': writes('relationships'),
  'GET /members/{memberId}/profile': reads('relationships'),
  'GET /members/{memberId}/pipeline': reads('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/compose': writes('relationships'),
  'PUT /members/{memberId}/outreach/{contactId}/draft': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/send': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/follow-up-due': NOBODY,
  'POST /members/{memberId}/outreach/{contactId}/follow-ups': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/response': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/unresponsive': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/close': writes('relationships'),
  'POST /members/{memberId}/outreach/{contactId}/reopen': writes('relationships'),
  'PUT /members/{memberId}/outreach/{contactId}/auto-send': writes('relationships'),
  'GET /members/{memberId}/outreach/{contactId}': reads('relationships'),

  // interviews
  'GET /members/{memberId}/interviews': reads('relationships'),
  'POST /members/{memberId}/interviews': writes('relationships'),
  'GET /members/{memberId}/interviews/{interviewId}': reads('relationships'),
  'GET /members/{memberId}/interviews/{interviewId}/invitation.ics': reads('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/reschedule': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/cancel': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/complete': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/thank-you/draft': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/thank-you': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/commitments/{commitmentId}/fulfil':
    writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/touches': writes('relationships'),
  'GET /members/{memberId}/interviews/{interviewId}/touch-suggestions': reads('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/question-plan/suggestions':
    writes('relationships'),
  'PUT /members/{memberId}/interviews/{interviewId}/question-plan': writes('relationships'),
  'POST /members/{memberId}/interviews/{interviewId}/question-plan/questions/{questionId}/asked':
    writes('relationships'),
  'GET /members/{memberId}/interviews/{interviewId}/preparation': reads('relationships'),
  'GET /members/{memberId}/relationships/{relationshipId}/timeline': reads('relationships'),
  // The question bank is the same published content for everyone in the institution.
  'GET /question-bank': { roles: ['member', 'coach', 'admin'] },
  'GET /question-bank/suggestions': { roles: ['member', 'coach', 'admin'] },

  // notifications: a member's inbox and settings are nobody else's business, partners included.
  'GET /members/{memberId}/inbox': reads(),
  'GET /members/{memberId}/inbox/unread-count': reads(),
  'POST /members/{memberId}/inbox/{itemId}/read': writes(),
  'POST /members/{memberId}/inbox/read-all': writes(),
  'GET /members/{memberId}/notification-preferences': reads(),
  'PUT /members/{memberId}/notification-preferences': writes(),
  'GET /members/{memberId}/notifications': reads(),
  'GET /deliveries': { roles: ['admin', 'operator'] },
  'GET /institution/branding': { roles: ['member', 'coach', 'admin'] },
  'PUT /institution/branding': { roles: ['admin'] },

  // exploration: goals and reflections are the member's own thinking; no partner scope opens them.
  'POST /members/{memberId}/goals': writes(),
  'GET /members/{memberId}/goals': reads(),
  'GET /members/{memberId}/goals/{goalId}': reads(),
  'POST /members/{memberId}/goals/{goalId}/questions': writes(),
  'DELETE /members/{memberId}/goals/{goalId}/questions/{questionId}': writes(),
  'POST /members/{memberId}/goals/{goalId}/relationships': writes(),
  'DELETE /members/{memberId}/goals/{goalId}/relationships/{contactId}': writes(),
  'PUT /members/{memberId}/goals/{goalId}/reflections/{interviewId}': writes(),
  'PUT /members/{memberId}/goals/{goalId}/decision': writes(),
  'POST /members/{memberId}/goals/{goalId}/learnings': writes(),
  'GET /members/{memberId}/goals/{goalId}/learnings': reads(),
  'DELETE /members/{memberId}/goals/{goalId}/learnings/{learningId}': writes(),
  'GET /members/{memberId}/target-organisations': reads(),
  'POST /members/{memberId}/target-organisations': writes(),
  'PUT /members/{memberId}/target-organisations/ranking': writes(),
  'POST /members/{memberId}/target-organisations/{organisationId}/postings': writes(),
  'DELETE /members/{memberId}/target-organisations/{organisationId}': writes(),
  'GET /members/{memberId}/phone-calls/{contactId}': reads(),
  'PUT /members/{memberId}/phone-calls/{contactId}/{callId}': writes(),
  // The member's own call: a coach reads the logged calls, not the script for making one.
  'GET /members/{memberId}/phone-calls/{contactId}/script': { roles: ['member'] },
  // A coach's overview of their assigned members; an institution's counts, never a member's data.
  'GET /exploration/coach': { roles: ['coach'] },
  'GET /exploration/institution': { roles: ['admin'] },
};

/** A rule for one of the gateway's own routes; `anyPartner`: every app, whatever its scopes. */
export interface OwnRouteRule extends RouteRule {
  readonly anyPartner?: true;
}

const ADMIN: OwnRouteRule = { roles: ['admin'] };
const ADMIN_OR_OPERATOR: OwnRouteRule = { roles: ['admin', 'operator'] };
const SUBSCRIBER: OwnRouteRule = { roles: [], partnerScope: 'events:subscribe' };

/**
 * Who may call each of the gateway's own /v1 routes (without /v1). Their controllers check the
 * caller themselves (these routes are not forwarded, so RouteAuthorizer never sees them); this
 * table is what the authorization matrix holds them to, and it fails on a documented own route
 * missing here. Another institution's people, apps and subscriptions are not found (404).
 */
export const GATEWAY_ROUTE_RULES: Readonly<Record<string, OwnRouteRule>> = {
  // The document describes the API, not anyone's data: everyone may read it.
  'GET /openapi.json': { roles: ['member', 'coach', 'admin', 'operator'], anyPartner: true },
  // The institution's policy, which every screen and app of the institution works by.
  'GET /policy': { roles: ['member', 'coach', 'admin', 'operator'], anyPartner: true },
  'GET /audit': ADMIN_OR_OPERATOR,
  'POST /admin/institutions': { roles: ['operator'] },
  'GET /admin/institutions/{institutionId}': ADMIN_OR_OPERATOR,
  'GET /admin/policy': ADMIN_OR_OPERATOR,
  'PUT /admin/policy': ADMIN,
  'GET /admin/branding': ADMIN_OR_OPERATOR,
  'PUT /admin/branding': ADMIN,
  'POST /admin/people': ADMIN,
  'GET /admin/people': ADMIN,
  'GET /admin/people/{personId}': ADMIN,
  'PUT /admin/people/{personId}/role': ADMIN,
  'DELETE /admin/people/{personId}': ADMIN,
  'PUT /admin/people/{personId}/assigned-members/{memberId}': ADMIN,
  'DELETE /admin/people/{personId}/assigned-members/{memberId}': ADMIN,
  'POST /admin/partner-clients': ADMIN,
  'POST /admin/partner-clients/{clientId}/rotation': ADMIN,
  'DELETE /admin/partner-clients/{clientId}': ADMIN,
  // Which apps exist and what they may do (never a secret): operators any institution's.
  'GET /admin/partner-apps': ADMIN_OR_OPERATOR,
  'POST /admin/sweeps/sign-in': { roles: ['operator'] },
  'POST /admin/partner-apps/{clientId}/webhooks': ADMIN,
  'GET /admin/partner-apps/{clientId}/webhooks': ADMIN,
  'GET /admin/partner-apps/{clientId}/webhooks/{subscriptionId}': ADMIN,
  'POST /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/disable': ADMIN,
  'POST /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/enable': ADMIN,
  'POST /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/secret-rotation': ADMIN,
  'GET /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/deliveries': ADMIN,
  'GET /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/deliveries/{deliveryId}': ADMIN,
  'POST /admin/partner-apps/{clientId}/webhooks/{subscriptionId}/deliveries/{deliveryId}/redelivery':
    ADMIN,
  // A partner app's own subscriptions: the app is the token's client, never a path parameter.
  'POST /webhooks': SUBSCRIBER,
  'GET /webhooks': SUBSCRIBER,
  'GET /webhooks/{subscriptionId}': SUBSCRIBER,
  'POST /webhooks/{subscriptionId}/disable': SUBSCRIBER,
  'POST /webhooks/{subscriptionId}/enable': SUBSCRIBER,
  'POST /webhooks/{subscriptionId}/secret-rotation': SUBSCRIBER,
  'GET /webhooks/{subscriptionId}/deliveries': SUBSCRIBER,
  'GET /webhooks/{subscriptionId}/deliveries/{deliveryId}': SUBSCRIBER,
  'POST /webhooks/{subscriptionId}/deliveries/{deliveryId}/redelivery': SUBSCRIBER,
  // A coach's own caseload; admins read any of their institution's coaches'.
  'GET /coach/members': { roles: ['coach'] },
  'GET /admin/coaches/{coachId}/members': ADMIN,
  // Per-tenant settings: admins their own institution's, operators any (?tenant=).
  'GET /admin/identity-provider': ADMIN_OR_OPERATOR,
  'PUT /admin/identity-provider': ADMIN_OR_OPERATOR,
  'GET /admin/cors-origins': ADMIN_OR_OPERATOR,
  'PUT /admin/cors-origins': ADMIN_OR_OPERATOR,
  // The platform's catalogue of rate plans and an institution's plan: operators change them.
  'GET /admin/rate-plans/{plan}': ADMIN_OR_OPERATOR,
  'PUT /admin/rate-plans/{plan}': { roles: ['operator'] },
  'GET /admin/rate-plan': ADMIN_OR_OPERATOR,
  'PUT /admin/rate-plan': { roles: ['operator'] },
  // Relationship workflows by stage and the failed runs: operational data, platform-wide.
  'GET /ops/workflows': { roles: ['operator'] },
  'GET /ops/workflows/failing': { roles: ['operator'] },
  // Read-model rebuilds on the owning service, and their progress.
  'GET /ops/read-models': { roles: ['operator'] },
  'POST /ops/read-models/{service}/{name}/rebuilds': { roles: ['operator'] },
  'GET /ops/read-models/{service}/{name}/rebuilds/{rebuildId}': { roles: ['operator'] },
  // The platform's operations span every institution: operators only, admins of none.
  'GET /ops/health': { roles: ['operator'] },
  'GET /ops/consumer-lag': { roles: ['operator'] },
  'GET /ops/dead-letters': { roles: ['operator'] },
  'POST /ops/dead-letters/{id}/replay': { roles: ['operator'] },
};
