import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { GuidanceReport } from '../compose-guidance';
import type { WriteResult } from '../shared/outreach-writer';
import type { DraftOutreachRequest } from './draft-outreach.request';

export interface DraftResult {
  readonly written: WriteResult;
  readonly guidance: GuidanceReport;
}

export class DraftOutreachCommand extends Command<DraftResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
    readonly expectedVersion: number | undefined,
    readonly draft: DraftOutreachRequest,
  ) {
    super();
  }
}
