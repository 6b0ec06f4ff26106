import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { EmailUndeliverable } from '../domain/email-deliverability';
import type { ListContactsRequest } from './list-contacts.request';

export interface ContactListItem {
  readonly contactId: string;
  readonly status: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly email: string | null;
  /** Present while mail to `email` bounces. */
  readonly emailUndeliverable?: EmailUndeliverable;
  readonly organisation: string | null;
  readonly role: string | null;
  readonly industry: string | null;
  readonly warmth: string | null;
  readonly source: string | null;
  readonly tags: readonly { kind: string; value: string }[];
  readonly referredBy: string | null;
  readonly noteCount: number;
  readonly addedAt: Date;
  readonly updatedAt: Date;
}

export interface ContactListPage {
  readonly items: readonly ContactListItem[];
  readonly total: number;
  readonly nextCursor: string | null;
}

export class ListContactsQuery extends Query<ContactListPage> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly request: ListContactsRequest,
  ) {
    super();
  }
}
