import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';

export interface ReferralGraph {
  readonly nodes: readonly {
    id: string;
    label: string | null;
    organisation: string | null;
    status: string;
  }[];
  /** From the referrer to the contact they opened the door to. */
  readonly edges: readonly { from: string; to: string; mayUseReferrerName: boolean }[];
}

export class ReferralGraphQuery extends Query<ReferralGraph> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
  ) {
    super();
  }
}
