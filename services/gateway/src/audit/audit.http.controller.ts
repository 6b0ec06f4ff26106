import { Controller, Get, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ForbiddenProblem, parseOrProblem, Public } from '@rapport/platform/http';
import { CallerResolver } from '../callers/caller-resolver';
import { AuditTrail } from './audit-trail';

const auditQuery = z.strictObject({
  day: z.iso.date(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  tenant: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .optional(),
});

/**
 * The audit trail, for an institution's admins (their own) and operators (any institution's:
 * who did what is operational data; the records hold no notes or messages).
 */
@Public()
@Controller('v1/audit')
export class AuditController {
  constructor(
    private readonly callers: CallerResolver,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  async page(@Req() request: FastifyRequest, @Query() raw: unknown) {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'admin' && caller.role !== 'operator') {
      throw new ForbiddenProblem('The audit trail is for admins and operators');
    }
    const query = parseOrProblem(auditQuery, raw, 'query');
    if (query.tenant && query.tenant !== caller.tenantId && caller.role !== 'operator') {
      throw new ForbiddenProblem('Admins read their own institution’s audit trail');
    }
    const options = { limit: query.limit, ...(query.before ? { before: query.before } : {}) };
    return this.audit.page(query.tenant ?? caller.tenantId, query.day, options);
  }
}
