import { Body, Controller, Get, Inject, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptsBody,
  ApiAnswers,
  NotFoundProblem,
  parseOrProblem,
  Public,
  setEtag,
  ValidationProblem,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { TenantSettingsState } from '../institutions/domain/tenant-settings.events';
import { TenantSettings } from '../institutions/tenant-settings';
import { IdentityProviders } from '../sign-in/identity-providers';
import { AdminAccess } from './admin-access';
import { ADMIN_BODY } from './admin-requests';
import { identityProviderRequest, identityProviderView } from './settings-requests';
import { DocumentedIfMatch, DocumentedTenant } from './settings-docs';
import { SettingsTarget, targetNamed } from './settings-target';

const WHO = ['admin', 'operator'] as const;
const REFUSAL = 'An institution’s identity provider is set by its admins (or operators)';

function viewOf(institutionId: string, state: TenantSettingsState) {
  const provider = state.identityProvider;
  if (!provider) throw new NotFoundProblem(`${institutionId} has configured no identity provider`);
  const { issuer, clientId, scopes, roleClaim, roleValues, version } = provider;
  return {
    institutionId,
    issuer,
    clientId,
    clientSecretSet: true as const,
    scopes,
    roleClaim,
    roleValues,
    version,
  };
}

/**
 * An institution's OpenID provider, which its people sign in with (`/auth/{tenant}/sign-in`). The
 * client secret is write-only: sealed with the gateway's key, opened only to talk to the provider.
 */
@Public()
@Controller('v1/admin/identity-provider')
export class IdentityProviderAdminController {
  private readonly body;

  constructor(
    private readonly access: AdminAccess,
    private readonly target: SettingsTarget,
    private readonly settings: TenantSettings,
    private readonly providers: IdentityProviders,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.body = identityProviderRequest(config.production);
  }

  @Get()
  @DocumentedTenant()
  @ApiAnswers({ 200: identityProviderView })
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
  @ApiAnswers({ 200: identityProviderView })
  @ApiBody({ schema: zodToOpenApi(identityProviderRequest(false)) })
  async configure(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: unknown,
    @Body() raw: unknown,
  ) {
    const action = {
      roles: WHO,
      action: 'identity-provider.configured',
      target: targetNamed(query, 'identity-provider'),
      refusal: REFUSAL,
    };
    return this.access.change(request, reply, action, async (caller, origin) => {
      const institution = await this.target.of(caller, query);
      const { clientSecret, ...body } = parseOrProblem(this.body, raw);
      const expected = versionFromIfMatch(request.headers['if-match'], false);
      const current = (await this.settings.of(institution._id)).identityProvider;
      const state = await this.settings.change(
        { ...origin, tenantId: institution._id },
        'identityProvider',
        {
          type: 'ConfigureIdentityProvider',
          provider: { ...body, sealedClientSecret: this.sealed(clientSecret, current) },
        },
        expected,
      );
      const view = viewOf(institution._id, state);
      setEtag(reply, view.version);
      return view;
    });
  }

  /**
   * The same secret again keeps its sealed form (sealing is randomised), so a repeated request is
   * no change; a missing one keeps the secret already set, which a first configuration lacks.
   */
  private sealed(
    clientSecret: string | undefined,
    current: TenantSettingsState['identityProvider'],
  ): string {
    if (clientSecret === undefined) {
      if (current) return current.sealedClientSecret;
      throw new ValidationProblem([
        { pointer: '/clientSecret', detail: 'is required when no secret is set yet' },
      ]);
    }
    return current && this.providers.open(current.sealedClientSecret) === clientSecret
      ? current.sealedClientSecret
      : this.providers.seal(clientSecret);
  }
}
