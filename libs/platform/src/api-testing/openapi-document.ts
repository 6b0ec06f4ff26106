import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { routeTableOf } from '../http/request-gates';

interface Operation {
  parameters?: { name: string; in: string; schema?: object }[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

/**
 * Routes left out of the service's document on purpose: the document itself and its UI, and the
 * operators' read-model rebuilds (`/ops/…`, from the service skeleton), which only the gateway
 * calls and documents as its own `/v1/ops/read-models` routes; in the service's document they
 * would be assembled into `/v1` as member-facing routes.
 */
const UNDOCUMENTED = /^\/(docs|ops)(\/|$)/;

/**
 * Validates the document with @seriousme/openapi-schema-validator. It is an ES module, which
 * Jest's CommonJS runtime cannot load, so its own CLI runs it in a child process.
 */
function validationErrors(document: OpenApiDocument): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'openapi-'));
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  const cli = path.join(
    path.dirname(require.resolve('@seriousme/openapi-schema-validator/package.json')),
    'bin/validate-api-cli.js',
  );
  try {
    execFileSync(process.execPath, [cli, file], { encoding: 'utf8' });
    return [];
  } catch (error) {
    return [`the document is not valid OpenAPI: ${String((error as { stdout?: string }).stdout)}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasSchema = (response: Operation['responses'][string] | undefined) =>
  Object.values(response?.content ?? {}).some((media) => media.schema !== undefined);

/** What is wrong with one operation of the document; nothing when it is complete. */
function operationGaps(route: string, operation: Operation): string[] {
  const gaps: string[] = [];
  for (const [, name] of route.matchAll(/\{([^}]+)\}/g)) {
    const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
    if (!parameter?.schema) gaps.push(`${route}: path parameter ${name} is not declared`);
  }
  const statuses = Object.keys(operation.responses);
  const success = statuses.filter((status) => status.startsWith('2'));
  if (!success.some((status) => status === '204' || hasSchema(operation.responses[status]))) {
    gaps.push(`${route}: no 2xx response with a schema`);
  }
  if (
    !statuses.some((status) => status.startsWith('4') && hasSchema(operation.responses[status]))
  ) {
    gaps.push(`${route}: no 4xx response with a schema`);
  }
  return gaps;
}

/**
 * The service's published document, checked: valid OpenAPI, and every route in Nest's router
 * table is in it with its path parameters, a 2xx answer with a schema and a 4xx one.
 */
export async function openApiDocumentGaps(
  app: NestFastifyApplication,
): Promise<{ document: OpenApiDocument; gaps: string[] }> {
  const fastify = app.getHttpAdapter().getInstance();
  const response = await fastify.inject({ method: 'GET', url: '/docs/openapi.json' });
  const document = response.json<OpenApiDocument>();
  const gaps = validationErrors(document);
  for (const { url, methods } of routeTableOf(fastify)) {
    if (UNDOCUMENTED.test(url)) continue;
    const route = url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    for (const method of methods.filter((m) => m !== 'HEAD')) {
      const operation = document.paths[route]?.[method.toLowerCase()];
      if (!operation) gaps.push(`${method} ${route} is not in the document`);
      else gaps.push(...operationGaps(`${method} ${route}`, operation));
    }
  }
  return { document, gaps };
}
