import { Body, Controller, Headers, Param, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
  setEtag,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { type ContactParams, contactParams } from '../shared/contact-params';
import { contactView } from '../shared/contact-view';
import { ChangeContactDetailsCommand } from './change-contact-details.command';
import {
  changeContactDetailsRequest,
  type ChangeContactDetailsRequest,
} from './change-contact-details.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId')
export class ChangeContactDetailsController {
  constructor(private readonly commands: CommandBus) {}

  /** Edits need If-Match: two tabs editing one contact must not silently overwrite each other. */
  @Patch()
  @ApiAnswers({ 200: contactResponse })
  @ApiBody({ schema: zodToOpenApi(changeContactDetailsRequest) })
  async change(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(changeContactDetailsRequest)) patch: ChangeContactDetailsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = versionFromIfMatch(ifMatch, true);
    const { state, version } = await this.commands.execute(
      new ChangeContactDetailsCommand(ctx, memberId, contactId, expected, patch),
    );
    setEtag(reply, version);
    return contactView(state, version);
  }
}
