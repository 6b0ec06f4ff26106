/** The services behind the gateway, by their registered names (infra/services.json). */
export const UPSTREAM_SERVICES = [
  'contacts',
  'outreach',
  'interviews',
  'notifications',
  'exploration',
] as const;
export type UpstreamService = (typeof UPSTREAM_SERVICES)[number];

/**
 * Which service owns a /v1 path, by its first segments. Member data lives under
 * /members/{memberId}/<area>; a few institution-wide areas sit at the top. Declared as data so the
 * OpenAPI assembly can check that every route a service documents has an owner here.
 */
export const MEMBER_AREAS: Readonly<Record<string, UpstreamService>> = {
  contacts: 'contacts',
  'referral-graph': 'contacts',
  'contact-counters': 'contacts',
  'contact-imports': 'contacts',
  profile: 'outreach',
  pipeline: 'outreach',
  outreach: 'outreach',
  interviews: 'interviews',
  relationships: 'interviews',
  inbox: 'notifications',
  'notification-preferences': 'notifications',
  notifications: 'notifications',
  goals: 'exploration',
  'target-organisations': 'exploration',
  'phone-calls': 'exploration',
};

export const INSTITUTION_AREAS: Readonly<Record<string, UpstreamService>> = {
  guidance: 'outreach',
  funnel: 'outreach',
  deliveries: 'notifications',
  institution: 'notifications',
  'question-bank': 'interviews',
  exploration: 'exploration',
};

export interface UpstreamRoute {
  readonly service: UpstreamService;
  /** The path (and query) as the service serves it, without /v1. */
  readonly path: string;
  /** The member whose data the path names, when it names one. */
  readonly memberId?: string;
}

// RFC 3986 path characters and percent escapes, except escaped '/', '\\' and '.', which a service
// could decode into a different path than the one checked here.
const SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%(?!2[Ff]|5[Cc]|2[Ee])[0-9A-Fa-f]{2})+$/;

/** The owner of a /v1 URL, or undefined when no service serves it. */
export function upstreamRouteOf(url: string): UpstreamRoute | undefined {
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!pathname.startsWith('/v1/')) return undefined;
  const path = url.slice(3);
  const segments = pathname.slice(4).split('/');
  // Refuse what a service might read differently from us: dot segments, encoded slashes, empties.
  if (segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    return undefined;
  }
  const [first, second, third] = segments;
  if (first === 'members' && second !== undefined && third !== undefined) {
    const service = own(MEMBER_AREAS, third);
    return service ? { service, path, memberId: second } : undefined;
  }
  const service = first === undefined ? undefined : own(INSTITUTION_AREAS, first);
  return service ? { service, path } : undefined;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
