import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { arbitraryOf, type JsonSchema } from './json-schema-arbitrary';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface Media {
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
export interface FuzzDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface FuzzRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With the query string. */
  readonly path: string;
  /** The path parameters it was built from (memberId names whose token to send). */
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly contentType?: string;
}
export interface FuzzResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  readonly body: string;
}

export interface ApiFuzzOptions {
  readonly document: FuzzDocument;
  /** Sends the request with a valid internal token for the path's member (or the route's role). */
  readonly exchange: (request: FuzzRequest) => Promise<FuzzResponse>;
  /** Requests per operation. */
  readonly runs: number;
  readonly seed?: number;
  /** Values path parameters start from (e.g. memberId: ['fuzz-ada']); ids seen in answers join them. */
  readonly knownIds?: Readonly<Record<string, readonly string[]>>;
}

export interface ApiFuzzReport {
  readonly requests: number;
  /** How many answers of each status, e.g. { '200': 412, '404': 120 }. */
  readonly statuses: Readonly<Record<string, number>>;
  /** One line per kind of failure and operation: empty when every answer held. */
  readonly findings: string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Draft {
  params: Record<string, unknown>;
  picks: Record<string, number>;
  query: Record<string, unknown>;
  ifMatch: string | null;
  body: { kind: 'valid' | 'junk' | 'none'; value: unknown; mediaType?: string };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function draftArbitrary(operation: Operation, resolve: (ref: string) => JsonSchema) {
  const parameters = operation.parameters ?? [];
  const byPlace = (place: string) => parameters.filter((p) => p.in === place);
  const record = (list: Parameter[]) =>
    Object.fromEntries(list.map((p) => [p.name, arbitraryOf(p.schema ?? {}, resolve)]));
  const query = byPlace('query');
  const media = Object.entries(operation.requestBody?.content ?? {});
  const json = media.find(([type]) => type.endsWith('json'));
  const other = media.find(([type]) => !type.endsWith('json'));
  const junk = fc.record({ kind: fc.constant('junk' as const), value: fc.jsonValue() });
  const none = fc.record({ kind: fc.constant('none' as const), value: fc.constant(undefined) });
  const bodies: fc.WeightedArbitrary<Draft['body']>[] = [
    { arbitrary: junk, weight: 1 },
    { arbitrary: none, weight: operation.requestBody?.required ? 1 : 3 },
  ];
  if (json) {
    const valid = fc.record({
      kind: fc.constant('valid' as const),
      value: arbitraryOf(json[1].schema ?? {}, resolve),
    });
    bodies.push({ arbitrary: valid, weight: 6 });
  }
  if (other) {
    const file = fc.record({
      kind: fc.constant('valid' as const),
      value: fc.string({ maxLength: 400, unit: 'grapheme' }),
      mediaType: fc.constant(other[0]),
    });
    bodies.push({ arbitrary: file, weight: 4 });
  }
  return fc.record<Draft>({
    params: fc.record(record(byPlace('path'))),
    picks: fc.record(Object.fromEntries(byPlace('path').map((p) => [p.name, fc.nat(99)]))),
    query: fc.record(record(query), {
      requiredKeys: query.filter((p) => p.required).map((p) => p.name),
    }),
    ifMatch: fc.option(fc.constantFrom('"0"', '"1"', '"2"', '*', 'junk')),
    body: fc.oneof(...bodies),
  });
}

/**
 * A property-based fuzz of a service from its own OpenAPI document: requests generated from each
 * operation's parameter and body schemas (plus junk bodies), sent with valid tokens, and every
 * answer checked: no 5xx, every 4xx problem+json, every 2xx declared and matching its schema.
 */
export async function fuzzApi(options: ApiFuzzOptions): Promise<ApiFuzzReport> {
  const { document } = options;
  const resolve = (ref: string): JsonSchema => {
    const name = ref.replace('#/components/schemas/', '');
    return document.components?.schemas?.[name] ?? {};
  };
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (key: string, schema: JsonSchema) => {
    const known = validators.get(key);
    if (known) return known;
    const compiled = ajv.compile({ ...schema, components: document.components });
    validators.set(key, compiled);
    return compiled;
  };
  const known = new Map<string, string[]>(
    Object.entries(options.knownIds ?? {}).map(([name, ids]) => [name, [...ids]]),
  );
  const remember = (value: unknown, depth = 0): void => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && /Id$/.test(key) && inner.length <= 64) {
        const ids = known.get(key) ?? [];
        if (!ids.includes(inner)) known.set(key, [...ids.slice(-49), inner]);
      } else remember(inner, depth + 1);
    }
  };
  const statuses: Record<string, number> = {};
  const findings = new Map<string, string>();
  let requests = 0;
  let seed = options.seed ?? 1;

  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${template}`;
      const drafts = fc.sample(draftArbitrary(operation, resolve), {
        numRuns: options.runs,
        seed: seed++,
      });
      for (const draft of drafts) {
        const request = requestOf(method, template, draft, known);
        const response = await options.exchange(request);
        requests += 1;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const failure = checkAnswer(operation, name, response, validatorOf);
        if (failure && !findings.has(`${name} ${failure.kind}`)) {
          findings.set(
            `${name} ${failure.kind}`,
            `${name} → ${response.status}: ${failure.detail}\n  request: ${JSON.stringify(request).slice(0, 400)}\n  answer: ${response.body.slice(0, 400)}`,
          );
        }
        if (response.status < 300) remember(safeJson(response.body));
      }
    }
  }
  return { requests, statuses, findings: [...findings.values()] };
}

function requestOf(
  method: (typeof METHODS)[number],
  template: string,
  draft: Draft,
  known: Map<string, string[]>,
): FuzzRequest {
  const params: Record<string, string> = {};
  for (const [name, generated] of Object.entries(draft.params)) {
    const ids = known.get(name) ?? [];
    const pick = draft.picks[name] ?? 0;
    // Mostly ids that exist, so requests reach past the 404; sometimes whatever the schema allows.
    params[name] = ids.length > 0 && pick % 5 !== 0 ? ids[pick % ids.length]! : asText(generated);
  }
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const query = new URLSearchParams(
    Object.entries(draft.query)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]): [string, string] => [name, asText(value)]),
  ).toString();
  const headers: Record<string, string> = draft.ifMatch ? { 'if-match': draft.ifMatch } : {};
  const { body } = draft;
  return {
    method: method.toUpperCase() as FuzzRequest['method'],
    path: query ? `${path}?${query}` : path,
    params,
    headers,
    ...(body.kind === 'none' || body.value === undefined
      ? {}
      : body.mediaType
        ? { body: asText(body.value), contentType: body.mediaType }
        : { body: JSON.stringify(body.value), contentType: 'application/json' }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function headerOf(response: FuzzResponse, name: string): string {
  return String(response.headers[name] ?? '');
}

function checkAnswer(
  operation: Operation,
  name: string,
  response: FuzzResponse,
  validatorOf: (key: string, schema: JsonSchema) => ValidateFunction,
): { kind: string; detail: string } | undefined {
  const { status } = response;
  if (status >= 500) return { kind: '5xx', detail: 'a server error' };
  if (status >= 400) {
    if (!headerOf(response, 'content-type').startsWith('application/problem+json')) {
      return { kind: 'not-problem', detail: `4xx as ${headerOf(response, 'content-type')}` };
    }
    const problem = safeJson(response.body) as { status?: unknown } | undefined;
    const validate = validatorOf('Problem', { $ref: '#/components/schemas/Problem' });
    if (problem?.status !== status || !validate(problem)) {
      return { kind: 'bad-problem', detail: `problem document: ${ajvErrors(validate)}` };
    }
    return undefined;
  }
  if (status < 200 || status >= 300) return undefined;
  const declared = operation.responses[String(status)];
  if (!declared) return { kind: `undeclared-${status}`, detail: `${status} is not declared` };
  const contentType = headerOf(response, 'content-type').split(';')[0]?.trim() ?? '';
  const media = Object.entries(declared.content ?? {});
  if (media.length === 0) return undefined;
  const match = media.find(([type]) => type === contentType);
  if (!match) return { kind: 'media-type', detail: `answered ${contentType || 'no body type'}` };
  if (!contentType.endsWith('json') || !match[1].schema) return undefined;
  const validate = validatorOf(`${name} ${status}`, match[1].schema);
  return validate(safeJson(response.body))
    ? undefined
    : { kind: `schema-${status}`, detail: `does not match its schema: ${ajvErrors(validate)}` };
}

function ajvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
    .join('; ');
}
