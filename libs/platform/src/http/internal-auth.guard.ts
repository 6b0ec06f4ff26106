import {
  type CanActivate,
  type CustomDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { type Reflector } from '@nestjs/core';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER, correlationIdOf, rememberCorrelationId } from './correlation-id';
import { verifyInternalToken } from './internal-token';
import { UnauthenticatedProblem } from './problems';
import { attachRequestContext } from './request-context';

export const IS_PUBLIC = 'rapport:public';

/** Exempts a route or a whole controller (health, metrics, docs) from the internal token. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC, true);

/**
 * The global guard: every route needs `Authorization: Bearer <internal token>` minted by the
 * gateway for this service (audience = service name), unless it is @Public().
 */
export class InternalAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly publicKeyPem: string,
    private readonly audience: string,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const requestContext = await verifyInternalToken(
      bearerToken(request.headers.authorization),
      this.publicKeyPem,
      this.audience,
      correlationIdOf(request),
    );
    attachRequestContext(request, requestContext);
    // The token's id wins over the header's, so the response and the logs must follow it.
    rememberCorrelationId(request, requestContext.correlationId);
    http.getResponse<FastifyReply>().header(CORRELATION_ID_HEADER, requestContext.correlationId);
    return true;
  }
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization) {
    throw new UnauthenticatedProblem(
      'The request has no Authorization header; an internal bearer token from the gateway is required',
    );
  }
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim());
  if (!match?.[1]) {
    throw new UnauthenticatedProblem('The Authorization header must be "Bearer <internal token>"');
  }
  return match[1];
}
