import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from './outreach-writer';

/** What every command on a relationship's outreach carries: who asks, which one, which version. */
export abstract class OutreachChangeCommand extends Command<WriteResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}

export const versionOption = (expectedVersion: number | undefined) =>
  expectedVersion === undefined ? {} : { expectedVersion };
