import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiAnswers, parseOrProblem, Public } from '@rapport/platform/http';
import { AdminAccess } from '../admin/admin-access';
import { DocumentedTenant } from '../admin/settings-docs';
import { SettingsTarget } from '../admin/settings-target';
import { type PartnerClient, PartnerClients } from './partner-clients';
import {
  PARTNER_APPS_PAGE_SIZE,
  partnerAppsPage,
  partnerAppsQuery,
  type PartnerAppView,
} from './partner-app-list.requests';

const viewOf = (client: PartnerClient): PartnerAppView => ({
  clientId: client._id,
  name: client.name,
  scopes: [...client.scopes],
  status: client.revokedAt ? 'revoked' : 'active',
  ...(client.createdAt ? { createdAt: client.createdAt.toISOString() } : {}),
  ...(client.rotatedAt ? { rotatedAt: client.rotatedAt.toISOString() } : {}),
  ...(client.revokedAt ? { revokedAt: client.revokedAt.toISOString() } : {}),
});

/**
 * An institution's partner apps, newest first, so its admins can find the one to rotate or revoke: their own
 * institution's, or for operators any by `?tenant=` (which apps exist and what they may do is
 * operational; the secrets are nobody's to read again).
 */
@Public()
@Controller('v1/admin/partner-apps')
export class PartnerAppListController {
  constructor(
    private readonly access: AdminAccess,
    private readonly target: SettingsTarget,
    private readonly clients: PartnerClients,
  ) {}

  @Get()
  @DocumentedTenant()
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the page before' })
  @ApiAnswers({ 200: partnerAppsPage })
  async page(@Req() request: FastifyRequest, @Query() raw: unknown) {
    const caller = await this.access.reader(
      request,
      ['admin', 'operator'],
      'Only an institution’s admins manage its partner apps',
    );
    const { tenant, cursor } = parseOrProblem(partnerAppsQuery, raw ?? {}, 'query');
    const institution = await this.target.of(caller, tenant === undefined ? {} : { tenant });
    const { clients, next } = await this.clients.page(
      institution._id,
      cursor === undefined ? undefined : Number(cursor),
      PARTNER_APPS_PAGE_SIZE,
    );
    return {
      apps: clients.map(viewOf),
      ...(next === undefined ? {} : { next: String(next) }),
    };
  }
}
