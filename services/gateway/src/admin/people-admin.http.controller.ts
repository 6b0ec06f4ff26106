import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptsBody,
  ApiAnswers,
  parseOrProblem,
  Public,
  setEtag,
  zodToOpenApi,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { InstitutionsWriter } from '../institutions/institutions-writer';
import { EnrolPerson } from '../people/enrol-person';
import { PeopleList } from '../people/people-list';
import { PersonChanges } from '../people/person-changes';
import { AdminAccess } from './admin-access';
import {
  ADMIN_BODY,
  enrolmentRequest,
  peoplePage,
  peopleQuery,
  personParams,
  personView,
  roleRequest,
} from './admin-requests';
import { personViewOf } from './person-view';

const ADMINS = ['admin'] as const;
const REFUSAL = 'Only an institution’s admins manage its people';

/**
 * An institution's people, managed by its admins (operators run the platform, not its people).
 * Handled by the gateway itself: the institutions context lives here. A person of another
 * institution is simply not found, since every stream is read within the caller's tenant.
 */
@Public()
@Controller('v1/admin/people')
export class PeopleAdminController {
  constructor(
    private readonly access: AdminAccess,
    private readonly writer: InstitutionsWriter,
    private readonly enrolments: EnrolPerson,
    private readonly changes: PersonChanges,
    private readonly list: PeopleList,
  ) {}

  @Post()
  @AcceptsBody(ADMIN_BODY)
  @ApiAnswers({ 201: personView })
  @ApiBody({ schema: zodToOpenApi(enrolmentRequest) })
  async enrol(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    const target =
      typeof (raw as { personId?: unknown })?.personId === 'string'
        ? (raw as { personId: string }).personId
        : '';
    return this.access.change(
      request,
      reply,
      { roles: ADMINS, action: 'person.enrolled', target, refusal: REFUSAL },
      async (_caller, origin) => {
        const body = parseOrProblem(enrolmentRequest, raw);
        const { state, version } = await this.enrolments.enrol(origin, body);
        setEtag(reply, version);
        void reply.status(201).header('location', `/v1/admin/people/${body.personId}`);
        return personViewOf(state, version, body.personId);
      },
      201,
    );
  }

  @Get()
  @ApiAnswers({ 200: peoplePage })
  async page(@Req() request: FastifyRequest, @Query() raw: unknown) {
    const caller = await this.access.reader(request, ADMINS, REFUSAL);
    const { after } = parseOrProblem(peopleQuery, raw, 'query');
    const { people, next } = await this.list.page(caller.tenantId, after);
    return {
      people: people.map(({ personId, email, displayName, role }) => ({
        personId,
        email,
        displayName,
        role,
      })),
      ...(next !== undefined ? { next } : {}),
    };
  }

  @Get(':personId')
  @ApiAnswers({ 200: personView })
  async read(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('personId') rawPersonId: string,
  ) {
    const caller = await this.access.reader(request, ADMINS, REFUSAL);
    const { personId } = parseOrProblem(personParams, { personId: rawPersonId }, 'params');
    const { state, version } = await this.writer.loadPerson(caller.tenantId, personId);
    const view = personViewOf(state, version, personId);
    setEtag(reply, version);
    return view;
  }

  @Put(':personId/role')
  @AcceptsBody(ADMIN_BODY)
  @ApiBody({ schema: zodToOpenApi(roleRequest) })
  @ApiAnswers({ 200: personView })
  async changeRole(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('personId') rawPersonId: string,
    @Body() raw: unknown,
  ) {
    return this.access.change(
      request,
      reply,
      {
        roles: ADMINS,
        action: 'person.role-changed',
        target: rawPersonId,
        refusal: REFUSAL,
      },
      async (_caller, origin) => {
        const { personId } = parseOrProblem(personParams, { personId: rawPersonId }, 'params');
        const { role } = parseOrProblem(roleRequest, raw);
        const expected = versionFromIfMatch(request.headers['if-match'], false);
        const { state, version } = await this.changes.changeRole(origin, personId, role, expected);
        setEtag(reply, version);
        return personViewOf(state, version, personId);
      },
    );
  }

  @Delete(':personId')
  @HttpCode(204)
  @ApiAnswers({ 204: null })
  async remove(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('personId') rawPersonId: string,
  ) {
    await this.access.change(
      request,
      reply,
      {
        roles: ADMINS,
        action: 'person.removed',
        target: rawPersonId,
        refusal: REFUSAL,
      },
      async (_caller, origin) => {
        const { personId } = parseOrProblem(personParams, { personId: rawPersonId }, 'params');
        await this.changes.remove(origin, personId);
      },
      204,
    );
  }
}
