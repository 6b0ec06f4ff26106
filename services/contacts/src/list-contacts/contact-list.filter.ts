import type { Filter } from 'mongodb';
import type { ContactListDocument } from '../projections/contact-list.projection';
import { tagKey } from '../projections/contact-list.projection';
import { searchKey } from '../projections/search-key';
import type { ListContactsRequest } from './list-contacts.request';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STATUSES = { false: ['active'], true: ['archived'], any: ['active', 'archived'] } as const;

/** The filter for a member's list; erased contacts never show. */
export function contactListFilter(
  tenantId: string,
  memberId: string,
  request: Omit<ListContactsRequest, 'limit' | 'cursor'>,
): Filter<ContactListDocument> {
  const words = request.q ? searchKey(request.q).split(' ').filter(Boolean) : [];
  const and: Filter<ContactListDocument>[] = words.map((word) => ({
    searchText: { $regex: escapeRegex(word) },
  }));
  return {
    tenantId,
    memberId,
    status: { $in: [...STATUSES[request.archived]] },
    ...(request.warmth ? { warmth: request.warmth } : {}),
    ...(request.source ? { source: request.source } : {}),
    ...(request.tag ? { tagKeys: tagKey(request.tag) } : {}),
    ...(request.organisation ? { organisationKey: searchKey(request.organisation) } : {}),
    ...(request.industry ? { industryKey: searchKey(request.industry) } : {}),
    ...(and.length > 0 ? { $and: and } : {}),
  };
}
