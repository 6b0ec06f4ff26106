import { Query } from '@nestjs/cqrs';
import type { GuidanceReport } from '../compose-guidance';
import type { CheckGuidanceRequest } from './check-guidance.request';

/** Pure: no caller, tenant or data is involved beyond the draft itself. */
export class CheckGuidanceQuery extends Query<GuidanceReport> {
  constructor(readonly request: CheckGuidanceRequest) {
    super();
  }
}
