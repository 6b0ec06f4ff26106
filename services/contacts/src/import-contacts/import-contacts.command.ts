import { Command, Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { ImportDocument } from './contact-imports';
import type { ImportContactsRequest } from './import-contacts.request';

export class DryRunImportCommand extends Command<ImportDocument> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly file: Uint8Array,
    readonly request: ImportContactsRequest,
  ) {
    super();
  }
}

export class CommitImportCommand extends Command<ImportDocument> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly importId: string,
  ) {
    super();
  }
}

export class GetImportQuery extends Query<ImportDocument> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly importId: string,
  ) {
    super();
  }
}
