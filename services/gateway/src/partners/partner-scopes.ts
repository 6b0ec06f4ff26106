import type { PartnerScope } from './partner-clients';

/** What partner scopes are named after: the member data they open, not the service behind it. */
export type PartnerArea = 'contacts' | 'relationships';
export type PartnerAccess = 'read' | 'write';

/** The scope a partner needs to read or change one area of a member's data. */
export function scopeFor(area: PartnerArea, access: PartnerAccess): PartnerScope {
  return `${area}:${access}`;
}
