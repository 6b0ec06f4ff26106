import { type ContactListRow, tagKey } from '../projections/contact-list.row';
import { searchKey } from '../projections/search-key';
import type { ListContactsRequest } from './list-contacts.request';

const STATUSES = { false: ['active'], true: ['archived'], any: ['active', 'archived'] } as const;

export type ContactListFilter = (row: ContactListRow) => boolean;

/**
 * Which of the member's rows a list or an export shows; erased contacts never show. Run in memory
 * over the member's own rows (see ContactListReader); every search word must appear in the
 * folded name, organisation and role, taken literally (no pattern characters).
 */
export function contactListFilter(
  request: Omit<ListContactsRequest, 'limit' | 'cursor'>,
): ContactListFilter {
  const words = request.q ? searchKey(request.q).split(' ').filter(Boolean) : [];
  const statuses: readonly string[] = STATUSES[request.archived];
  const tag = request.tag ? tagKey(request.tag) : undefined;
  const organisation = request.organisation ? searchKey(request.organisation) : undefined;
  const industry = request.industry ? searchKey(request.industry) : undefined;
  return (row) =>
    statuses.includes(row.status) &&
    (!request.warmth || row.warmth === request.warmth) &&
    (!request.source || row.source === request.source) &&
    (!tag || row.tagKeys.includes(tag)) &&
    (!organisation || row.organisationKey === organisation) &&
    (!industry || row.industryKey === industry) &&
    words.every((word) => row.searchText?.includes(word) === true);
}
