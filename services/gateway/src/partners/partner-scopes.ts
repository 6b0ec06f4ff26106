import type { PartnerArea } from '@rapport/platform/http';
import type { PartnerScope } from './partner-clients';

/** Partner scopes are named after the member data they open (the services check the same). */
export type { PartnerArea };
export type PartnerAccess = 'read' | 'write';

/** The scope a partner needs to read or change one area of a member's data. */
export function scopeFor(area: PartnerArea, access: PartnerAccess): PartnerScope {
  return `${area}:${access}`;
}
