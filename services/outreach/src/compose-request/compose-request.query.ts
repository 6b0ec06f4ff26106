import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { GuidanceReport } from '../compose-guidance';
import type { Channel } from '../domain/outreach.events';
import type { RenderedTemplate } from '../templates';
import type { ComposeRequestRequest } from './compose-request.request';

export type ComposedDraft = RenderedTemplate & {
  readonly channel: Channel;
  readonly guidance: GuidanceReport;
};

export class ComposeRequestQuery extends Query<ComposedDraft> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
    readonly request: ComposeRequestRequest,
  ) {
    super();
  }
}
