import { Controller, Delete, Headers, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { type ContactParams, contactParams } from '../shared/contact-params';
import { EraseContactCommand } from './erase-contact.command';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId')
export class EraseContactController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @ApiAnswers({ 204: null })
  @HttpCode(204)
  async erase(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    await this.commands.execute(
      new EraseContactCommand(ctx, memberId, contactId, versionFromIfMatch(ifMatch, false)),
    );
  }
}
