import { Query } from '@nestjs/cqrs';
import type { GuidanceReport } from '../compose-guidance';
import type { CheckGuidanceRequest } from './check-guidance.request';

/** The draft, checked against the thresholds of the caller's institution. */
export class CheckGuidanceQuery extends Query<GuidanceReport> {
  constructor(
    readonly tenantId: string,
    readonly request: CheckGuidanceRequest,
  ) {
    super();
  }
}
