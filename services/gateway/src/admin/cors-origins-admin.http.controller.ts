import { Body, Controller, Get, Inject, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptsBody,
  ApiAnswers,
  parseOrProblem,
  Public,
  setEtag,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { TenantSettingsState } from '../institutions/domain/tenant-settings.events';
import { TenantSettings } from '../institutions/tenant-settings';
import { AdminAccess } from './admin-access';
import { ADMIN_BODY } from './admin-requests';
import { corsOriginsRequest, corsOriginsView } from './settings-requests';
import { DocumentedIfMatch, DocumentedTenant } from './settings-docs';
import { SettingsTarget, targetNamed } from './settings-target';

const WHO = ['admin', 'operator'] as const;
const REFUSAL = 'An institution’s web origins are listed by its admins (or operators)';

const viewOf = (institutionId: string, state: TenantSettingsState) => ({
  institutionId,
  origins: [...state.cors.origins],
  version: state.cors.version,
});

/**
 * The web origins whose pages may call the API for an institution's people (CORS with
 * credentials), replaced as a whole list. Each origin serves one institution only.
 */
@Public()
@Controller('v1/admin/cors-origins')
export class CorsOriginsAdminController {
  private readonly body;

  constructor(
    private readonly access: AdminAccess,
    private readonly target: SettingsTarget,
    private readonly settings: TenantSettings,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.body = corsOriginsRequest(config.production);
  }

  @Get()
  @DocumentedTenant()
  @ApiAnswers({ 200: corsOriginsView })
  async read(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: unknown,
  ) {
    const caller = await this.access.reader(request, WHO, REFUSAL);
    const institution = await this.target.of(caller, query);
    const view = viewOf(institution._id, await this.settings.of(institution._id));
    setEtag(reply, view.version);
    return view;
  }

  @Put()
  @DocumentedIfMatch()
  @AcceptsBody(ADMIN_BODY)
  @ApiAnswers({ 200: corsOriginsView })
  @ApiBody({ schema: zodToOpenApi(corsOriginsRequest(false)) })
  async replace(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: unknown,
    @Body() raw: unknown,
  ) {
    const action = {
      roles: WHO,
      action: 'cors-origins.replaced',
      target: targetNamed(query, 'cors-origins'),
      refusal: REFUSAL,
    };
    return this.access.change(request, reply, action, async (caller, origin) => {
      const institution = await this.target.of(caller, query);
      const { origins } = parseOrProblem(this.body, raw);
      const state = await this.settings.change(
        { ...origin, tenantId: institution._id },
        'cors',
        { type: 'ReplaceCorsOrigins', origins },
        versionFromIfMatch(request.headers['if-match'], false),
      );
      const view = viewOf(institution._id, state);
      setEtag(reply, view.version);
      return view;
    });
  }
}
