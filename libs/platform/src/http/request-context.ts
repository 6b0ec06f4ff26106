import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

export const ROLES = ['member', 'coach', 'admin', 'operator', 'partner', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, for which tenant: established by the gateway, carried in the internal token. */
export interface RequestContext {
  readonly tenantId: string;
  readonly actor: { readonly id: string; readonly role: Role };
  readonly scopes: readonly string[];
  /** For coaches: the members assigned to them (resolved by the gateway). */
  readonly assignedMemberIds: readonly string[];
  /** From the token, else the x-correlation-id header, else a new uuid. */
  readonly correlationId: string;
}

// Keyed by the request object itself, so nothing is added to Fastify's request type and the
// context disappears with the request.
const contexts = new WeakMap<object, RequestContext>();

export function attachRequestContext(request: object, context: RequestContext): void {
  contexts.set(request, context);
}

/** The context the guard attached, or undefined on a @Public() route. */
export function requestContextOf(request: object): RequestContext | undefined {
  return contexts.get(request);
}

const requestContextParam = createParamDecorator((_data: unknown, host: ExecutionContext) => {
  const context = requestContextOf(host.switchToHttp().getRequest<object>());
  if (!context) {
    throw new Error(
      '@Ctx() found no request context: the route is @Public() or the internal auth guard is not installed',
    );
  }
  return context;
});

/** `@Ctx() ctx: RequestContext` in a controller method. */
export const Ctx = (): ParameterDecorator => requestContextParam();

/** Who and when for an append (the event store's AppendContext), from the request's context. */
export function appendContextOf(ctx: RequestContext, occurredAt: Date) {
  return {
    actor: { id: ctx.actor.id, role: ctx.actor.role },
    occurredAt,
    correlationId: ctx.correlationId,
  };
}
