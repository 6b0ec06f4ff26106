import fc from 'fast-check';
import type { Db } from 'mongodb';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { arbitraryOf, type FuzzDocument, type JsonSchema } from '@rapport/platform/api-testing';
import { type ApiRoute, type Denial, routeName, routeTable } from './route-denials';
import type { Caller, Send } from './service-callers';

/**
 * What a route accepts, given by the service spec where a JSON schema cannot say it (a refined
 * field, a file): the body, and path or query values by parameter name.
 */
export type RouteExample = ({ json?: unknown } | { body: string; contentType: string }) & {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  /** Such as If-Match on a route that requires one. */
  readonly headers?: Readonly<Record<string, string>>;
};

type SendOptions = NonNullable<Parameters<Send>[2]>;
type Operation = FuzzDocument['paths'][string][string];

const JSON_TYPE = 'application/json';

/** `/members/:memberId/x` as the OpenAPI document writes it: `/members/{memberId}/x`. */
const documentPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** One value of a schema, with a fixed seed so a failure names the same request every run. */
function sampleOf(schema: JsonSchema, document: FuzzDocument): unknown {
  const resolve = (ref: string): JsonSchema =>
    document.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {};
  return fc.sample(arbitraryOf(schema, resolve), { numRuns: 1, seed: 14 })[0];
}

/**
 * A request the route's declared parameters and request schema accept: the spec's example where
 * it gives one, else values generated from the document with the API fuzz's own generator.
 */
function validRequest(
  document: FuzzDocument,
  route: ApiRoute,
  member: string,
  example: RouteExample | undefined,
  ids: Readonly<Record<string, string>>,
): { path: string; options: SendOptions } {
  const operation: Operation | undefined =
    document.paths[documentPath(route.path)]?.[route.method.toLowerCase()];
  const declared = new Map(
    (operation?.parameters ?? [])
      .filter((p) => p.in === 'path' || (p.in === 'query' && p.required))
      .map((p) => [`${p.in}:${p.name}`, p.schema] as const),
  );
  const valueOf = (where: 'path' | 'query', name: string): string => {
    const given =
      where === 'path' ? (example?.params?.[name] ?? ids[name]) : example?.query?.[name];
    if (given !== undefined) return given;
    const schema = declared.get(`${where}:${name}`);
    return schema ? String(sampleOf(schema, document)) : `${name.replace(/Id$/, '')}-1`;
  };
  const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
    name === 'memberId' ? member : encodeURIComponent(valueOf('path', name)),
  );
  const queryNames = new Set([
    ...[...declared.keys()].filter((k) => k.startsWith('query:')).map((k) => k.slice(6)),
    ...Object.keys(example?.query ?? {}),
  ]);
  const query = new URLSearchParams(
    [...queryNames].map((name): [string, string] => [name, valueOf('query', name)]),
  );
  const fullPath = queryNames.size > 0 ? `${path}?${query.toString()}` : path;

  const headers = example?.headers ? { headers: { ...example.headers } } : {};
  if (example && 'body' in example)
    return {
      path: fullPath,
      options: { body: example.body, contentType: example.contentType, ...headers },
    };
  if (example && 'json' in example)
    return { path: fullPath, options: { json: example.json, ...headers } };
  const content = operation?.requestBody?.content;
  if (!content) return { path: fullPath, options: {} };
  const schema = content[JSON_TYPE]?.schema;
  if (schema) return { path: fullPath, options: { json: sampleOf(schema, document) } };
  const [contentType] = Object.keys(content);
  return { path: fullPath, options: contentType ? { body: 'x', contentType } : {} };
}

/** A denial with what the answer said, so an unexpected one explains itself in the failure. */
export interface WriteDenial extends Denial {
  readonly problem?: string;
}

/**
 * Every document of every collection, in a stable order: what a denied write must not change.
 * With `tenant`, only the documents that mention no other tenant than it (by its id): another
 * tenant may write in its own space, never in this one's.
 */
export async function databaseContents(
  db: Db,
  tenant?: { id: string; other: string },
): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .sort();
  for (const name of collections) {
    const docs = await db.collection(name).find().toArray();
    contents[name] = docs
      .map((doc) => JSON.stringify(doc))
      .filter((text) => !tenant || !text.includes(tenant.other))
      .sort()
      .map((text) => JSON.parse(text) as unknown);
  }
  return contents;
}

export interface MemberRouteCalls {
  /** Which of the guarded `/members/:memberId` routes to call. */
  readonly select: (route: ApiRoute) => boolean;
  readonly examples?: Readonly<Record<string, RouteExample>>;
  /** Ids of the member's real resources by path parameter (contactId…), used where they fit. */
  readonly ids?: Readonly<Record<string, string>>;
}

/**
 * Calls the selected guarded routes under `/members/:memberId` as `caller`, who must not reach
 * that member's data, each with parameters and a body the route accepts: a denial that came only
 * from validation (400) would hide a missing ownership check, so the request must pass it.
 */
export async function memberRouteAnswers(
  app: NestFastifyApplication,
  as: (caller: Caller) => { send: Send },
  member: string,
  caller: Caller,
  calls: MemberRouteCalls,
): Promise<WriteDenial[]> {
  const fastify = app.getHttpAdapter().getInstance();
  const document = (
    await fastify.inject({ method: 'GET', url: '/docs/openapi.json' })
  ).json<FuzzDocument>();
  const answers: WriteDenial[] = [];
  const routes = routeTable(app).filter(
    (r) => !r.isPublic && r.path.startsWith('/members/:memberId') && calls.select(r),
  );
  for (const route of routes) {
    const example = calls.examples?.[routeName(route)];
    const request = validRequest(document, route, member, example, calls.ids ?? {});
    const reply = await as(caller).send(route.method, request.path, request.options);
    answers.push({
      route: routeName(route),
      who: `${caller.id}@${caller.tenantId ?? 'uni-a'}`,
      status: reply.status,
      problemJson: String(reply.headers['content-type']).startsWith('application/problem+json'),
      ...(reply.status >= 300 ? { problem: reply.body.slice(0, 300) } : {}),
    });
  }
  return answers;
}
