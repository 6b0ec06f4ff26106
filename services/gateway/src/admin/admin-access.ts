import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CORRELATION_ID_HEADER,
  ForbiddenProblem,
  ProblemError,
  type Role,
} from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AuditTrail } from '../audit/audit-trail';
import type { Caller } from '../callers/caller';
import { CallerResolver } from '../callers/caller-resolver';
import type { ChangeOrigin } from '../institutions/institutions-writer';

export const tenantIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'must be lower-case letters, digits and -' });
// The subject of the person's sign-in; `|` and `:` stay out, they join keys and stream ids.
export const personIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/, { error: 'must be letters, digits and . _ @ -' });

/** One admin action: who may take it, what it is called in the audit trail, and what it targets. */
export interface AdminAction {
  readonly roles: readonly Role[];
  readonly action: string;
  readonly target: string;
  /** Why others are refused, said to them. */
  readonly refusal: string;
}

/**
 * The gateway's own admin routes: the caller comes from their credentials (these routes are not
 * forwarded, so no internal token is involved), the role is checked before anything they sent is
 * read, and every attempt by a signed-in caller becomes an audit record with its outcome.
 */
@Injectable()
export class AdminAccess {
  constructor(
    private readonly callers: CallerResolver,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  caller(request: FastifyRequest): Promise<Caller> {
    return this.callers.resolve(request);
  }

  /** Runs a change as `action` for a caller in one of its roles, and audits the outcome. */
  async change<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    action: AdminAction,
    run: (caller: Caller, origin: ChangeOrigin) => Promise<T>,
    successStatus = 200,
  ): Promise<T> {
    const caller = await this.callers.resolve(request);
    const correlationId = String(reply.getHeader(CORRELATION_ID_HEADER));
    const record = (outcome: number) =>
      this.audit.record({
        tenantId: caller.tenantId,
        actor: { id: caller.actorId, role: caller.role },
        action: action.action,
        target: action.target,
        requestId: correlationId,
        outcome,
        at: this.clock(),
      });
    try {
      if (!action.roles.includes(caller.role)) throw new ForbiddenProblem(action.refusal);
      const origin: ChangeOrigin = {
        tenantId: caller.tenantId,
        actor: { id: caller.actorId, role: caller.role },
        correlationId,
      };
      const result = await run(caller, origin);
      await record(successStatus);
      return result;
    } catch (error) {
      await record(error instanceof ProblemError ? error.status : 500);
      throw error;
    }
  }

  /** A read for callers in one of `roles`; reads are not audited. */
  async reader(request: FastifyRequest, roles: readonly Role[], refusal: string): Promise<Caller> {
    const caller = await this.callers.resolve(request);
    if (!roles.includes(caller.role)) throw new ForbiddenProblem(refusal);
    return caller;
  }
}
