import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { ExportContactsRequest } from './export-contacts.request';

export interface ContactExport {
  readonly contentType: string;
  readonly filename: string;
  readonly body: string;
}

export class ExportContactsQuery extends Query<ContactExport> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly request: ExportContactsRequest,
  ) {
    super();
  }
}
