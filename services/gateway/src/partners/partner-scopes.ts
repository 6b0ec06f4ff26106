import type { UpstreamService } from '../forwarding/upstream-routes';
import type { PartnerScope } from './partner-clients';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The scope a partner's call needs, by the service that owns it and whether it reads or writes;
 * undefined where partners have no business (members' inboxes and notification settings).
 */
export function scopeNeeded(service: UpstreamService, method: string): PartnerScope | undefined {
  const reads = READ_METHODS.has(method);
  switch (service) {
    case 'contacts':
      return reads ? 'contacts:read' : 'contacts:write';
    case 'outreach':
    case 'interviews':
      return reads ? 'relationships:read' : 'relationships:write';
    case 'notifications':
      return undefined;
    default: {
      const unknown: never = service;
      return unknown;
    }
  }
}
