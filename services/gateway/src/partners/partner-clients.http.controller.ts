import { Body, Controller, Delete, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CORRELATION_ID_HEADER,
  ForbiddenProblem,
  NotFoundProblem,
  parseOrProblem,
  Public,
} from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { Caller } from '../callers/caller';
import { AuditTrail } from '../audit/audit-trail';
import { CallerResolver } from '../callers/caller-resolver';
import { PARTNER_SCOPES, PartnerClients } from './partner-clients';

const registration = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(PARTNER_SCOPES)).min(1).max(PARTNER_SCOPES.length),
});

/**
 * An institution's admins register, rotate and revoke its partner apps. Public to the internal
 * token guard: the gateway authenticates these itself, as for every outside call.
 */
@Public()
@Controller('v1/admin/partner-clients')
export class PartnerClientsController {
  constructor(
    private readonly callers: CallerResolver,
    private readonly clients: PartnerClients,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  async register(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() raw: unknown,
  ) {
    // Who asks is checked before what they sent: a non-admin learns nothing from validation.
    const admin = await this.adminOf(request);
    const body = parseOrProblem(registration, raw);
    const { clientId, clientSecret } = await this.clients.register(
      admin.tenantId,
      body.name,
      [...new Set(body.scopes)],
      this.clock(),
    );
    await this.recordAction(reply, admin, 'partner-client.registered', clientId);
    return { clientId, clientSecret, scopes: body.scopes };
  }

  @Post(':clientId/rotation')
  @HttpCode(200)
  async rotate(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
  ) {
    const admin = await this.adminOf(request);
    const client = await this.clientOf(admin, clientId);
    const clientSecret = await this.clients.rotate(client, this.clock());
    await this.recordAction(reply, admin, 'partner-client.rotated', clientId);
    return { clientId, clientSecret };
  }

  @Delete(':clientId')
  @HttpCode(204)
  async revoke(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('clientId') clientId: string,
  ) {
    const admin = await this.adminOf(request);
    const client = await this.clientOf(admin, clientId);
    await this.clients.revoke(client, this.clock());
    await this.recordAction(reply, admin, 'partner-client.revoked', clientId);
  }

  private recordAction(reply: FastifyReply, admin: Caller, action: string, target: string) {
    return this.audit.record({
      tenantId: admin.tenantId,
      actor: { id: admin.actorId, role: admin.role },
      action,
      target,
      requestId: String(reply.getHeader(CORRELATION_ID_HEADER)),
      outcome: 200,
      at: this.clock(),
    });
  }

  private async adminOf(request: FastifyRequest): Promise<Caller> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'admin') {
      throw new ForbiddenProblem('Only an institution’s admins manage its partner apps');
    }
    return caller;
  }

  // Another institution's client is not found, rather than forbidden: its existence is not ours.
  private async clientOf(admin: Caller, clientId: string) {
    const client = await this.clients.find(clientId);
    if (!client || client.tenantId !== admin.tenantId || client.revokedAt) {
      throw new NotFoundProblem(`No partner app ${clientId} in your institution`);
    }
    return client;
  }
}
