import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateInternalKeyPair, IS_PUBLIC, signInternalToken } from '@rapport/platform/http';
import type { Caller, Send } from './service-callers';

/** One route as Nest registered it: `/members/:memberId/contacts`, say. */
export interface ApiRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly isPublic: boolean;
}

const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function paths(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value ?? ''];
  return list.map((p) => (typeof p === 'string' ? p : ''));
}

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((p) => p.split('/'))
    .filter((s) => s !== '')
    .join('/')}`;
}

/**
 * Every route of the app's controllers, read from the metadata Nest routes by, so a spec built on
 * it covers a route added tomorrow without being told.
 */
export function routeTable(app: NestFastifyApplication): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const prefixes = paths(Reflect.getMetadata(PATH_METADATA, controller));
      const classPublic = Reflect.getMetadata(IS_PUBLIC, controller) === true;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const routePaths: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        const verb: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
        if (routePaths === undefined || typeof verb !== 'number') continue;
        const method = RequestMethod[verb];
        if (method === undefined || !METHODS.has(method)) continue;
        const isPublic = classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true;
        for (const prefix of prefixes)
          for (const path of paths(routePaths))
            routes.push({
              method: method as ApiRoute['method'],
              path: join(prefix, path),
              isPublic,
            });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** `METHOD /path`, the way specs list routes. */
export const routeName = (route: ApiRoute): string => `${route.method} ${route.path}`;

/** The route's path with `:memberId` as `member` and every other parameter a plausible id. */
export function concretePath(route: ApiRoute, member: string): string {
  return route.path.replace(/:(\w+)/g, (_, param: string) =>
    param === 'memberId' ? member : `${param.replace(/Id$/, '')}-1`,
  );
}

export interface Denial {
  readonly route: string;
  readonly who: string;
  readonly status: number;
  readonly problemJson: boolean;
}

/**
 * Calls every guarded route as no one, with a token nobody signs (alg none) and with one signed
 * by a key the service does not trust; answers what each got. The spec expects all 401
 * problem+json, so a route that forgot the guard (or a new @Public) shows up by name.
 */
export async function unauthenticatedAnswers(
  app: NestFastifyApplication,
  audience: string,
  member: string,
): Promise<Denial[]> {
  const fastify = app.getHttpAdapter().getInstance();
  const stranger = await generateInternalKeyPair();
  const strangerToken = await signInternalToken(
    stranger.privateKeyPem,
    { tenantId: 'uni-a', actorId: member, role: 'member' },
    { audience },
  );
  const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
    JSON.stringify({ tenantId: 'uni-a', actorId: member, role: 'admin', aud: audience }),
  ).toString('base64url')}.`;
  const callers: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    ['an unsigned token', { authorization: `Bearer ${unsigned}` }],
    ["a stranger's token", { authorization: `Bearer ${strangerToken}` }],
  ];
  const answers: Denial[] = [];
  for (const route of routeTable(app).filter((r) => !r.isPublic)) {
    for (const [who, headers] of callers) {
      const reply = await fastify.inject({
        method: route.method,
        url: concretePath(route, member),
        headers,
      });
      answers.push({
        route: routeName(route),
        who,
        status: reply.statusCode,
        problemJson: String(reply.headers['content-type']).startsWith('application/problem+json'),
      });
    }
  }
  return answers;
}

/**
 * Calls every guarded route under `/members/:memberId` that reads (GET) as another member of the
 * same institution; the spec expects all 403 problem+json.
 */
export async function otherMemberReadAnswers(
  app: NestFastifyApplication,
  as: (caller: Caller) => { send: Send },
  member: string,
  other: Caller,
): Promise<Denial[]> {
  const answers: Denial[] = [];
  const memberRoutes = routeTable(app).filter(
    (r) => !r.isPublic && r.method === 'GET' && r.path.startsWith('/members/:memberId'),
  );
  for (const route of memberRoutes) {
    const reply = await as(other).send('GET', concretePath(route, member));
    answers.push({
      route: routeName(route),
      who: other.id,
      status: reply.status,
      problemJson: String(reply.headers['content-type']).startsWith('application/problem+json'),
    });
  }
  return answers;
}
