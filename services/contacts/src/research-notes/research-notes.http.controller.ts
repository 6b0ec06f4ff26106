import { Body, Controller, Headers, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { answerWithContact } from '../shared/contact-change.controller-support';
import { type ContactParams, contactParams } from '../shared/contact-params';
import { AddResearchNoteCommand, EditResearchNoteCommand } from './research-note.command';
import {
  addResearchNoteRequest,
  type AddResearchNoteRequest,
  noteParams,
  type NoteParams,
  researchNoteRequest,
  type ResearchNoteRequest,
} from './research-note.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId/notes')
export class ResearchNotesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiAnswers({ 201: contactResponse })
  @ApiBody({ schema: zodToOpenApi(addResearchNoteRequest) })
  async add(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(addResearchNoteRequest)) { text, noteId }: AddResearchNoteRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new AddResearchNoteCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      text,
      noteId,
    );
    void reply.status(201);
    return answerWithContact(reply, await this.commands.execute(command));
  }

  @Put(':noteId')
  @ApiAnswers({ 200: contactResponse })
  @ApiBody({ schema: zodToOpenApi(researchNoteRequest) })
  async edit(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(noteParams, 'params')) { memberId, contactId, noteId }: NoteParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(researchNoteRequest)) { text }: ResearchNoteRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new EditResearchNoteCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      noteId,
      text,
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }
}
