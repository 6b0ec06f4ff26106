import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Role, signInternalToken } from '@rapport/platform/http';

/** Who calls a service in a test: what the gateway would put in the internal token. */
export interface Caller {
  readonly id: string;
  readonly role: Role;
  readonly tenantId?: string;
  readonly assignedMemberIds?: string[];
  /** A partner app's scopes (`contacts:read`…). */
  readonly scopes?: string[];
}

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: string;
  json<T = Record<string, unknown>>(): T;
}

export type Send = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options?: {
    json?: unknown;
    body?: string | Buffer;
    contentType?: string;
    headers?: Record<string, string>;
  },
) => Promise<Reply>;

/**
 * Requests to a service app as any caller, each with a fresh internal token minted the way the
 * gateway mints them (tenant 'uni-a' unless the caller says otherwise), injected into Fastify.
 */
export function callersOf(
  app: NestFastifyApplication,
  privateKeyPem: string,
  audience: string,
): (caller: Caller) => { send: Send } {
  const fastify = app.getHttpAdapter().getInstance();
  return (caller) => ({
    send: async (method, path, options = {}) => {
      const token = await signInternalToken(
        privateKeyPem,
        {
          tenantId: caller.tenantId ?? 'uni-a',
          actorId: caller.id,
          role: caller.role,
          ...(caller.assignedMemberIds ? { assignedMemberIds: caller.assignedMemberIds } : {}),
          ...(caller.scopes ? { scopes: caller.scopes } : {}),
        },
        { audience },
      );
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        ...options.headers,
      };
      let payload: string | Buffer | undefined = options.body;
      if (options.json !== undefined) {
        payload = JSON.stringify(options.json);
        headers['content-type'] = 'application/json';
      } else if (options.contentType) {
        headers['content-type'] = options.contentType;
      }
      const response = await fastify.inject({
        method,
        url: path,
        headers,
        ...(payload !== undefined ? { payload } : {}),
      });
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
        json: <T>() => JSON.parse(response.body) as T,
      };
    },
  });
}

export {
  concretePath,
  otherMemberReadAnswers,
  routeName,
  routeTable,
  unauthenticatedAnswers,
  type ApiRoute,
  type Denial,
} from './route-denials';
export { describeRouteDenials, type RouteDenialSuite } from './route-denials.suite';
export { describeApiFuzz, type ApiFuzzSuite } from './api-fuzz.suite';
