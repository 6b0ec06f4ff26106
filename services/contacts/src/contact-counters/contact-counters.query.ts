import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';

export interface ContactCounters {
  /** Contacts in the book (active + archived); erased ones only count under `erased`. */
  readonly total: number;
  readonly active: number;
  readonly archived: number;
  readonly erased: number;
  readonly warm: number;
  readonly cold: number;
  readonly unclassified: number;
  readonly bySource: Readonly<Record<string, number>>;
  /** Contacts someone referred the member to. */
  readonly referred: number;
}

export class ContactCountersQuery extends Query<ContactCounters> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
  ) {
    super();
  }
}
