import { type Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import {
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';
import { API_ANSWERS, API_PROBLEMS, type Answer } from './api-answers';
import { bodyPolicyOf, JSON_MEDIA_TYPE } from './body-policy';
import { IS_PUBLIC } from './internal-auth.guard';
import { PROBLEM_SCHEMA, problemResponses } from './openapi-problems';
import { zodToOpenApi, ZodPipe } from './zod-validation';

interface RouteArg {
  readonly index: number;
  readonly data?: unknown;
  readonly pipes?: readonly unknown[];
}

/** What Nest knows of one handler: its arguments, answers and policies. */
interface Handler {
  readonly handler: (...args: unknown[]) => unknown;
  readonly args: readonly (RouteArg & { readonly type: RouteParamtypes })[];
}

function handlersOf(app: NestFastifyApplication): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      // Inherited handlers too: a controller may take its routes from a shared base class.
      for (const name of methodNamesOf(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const raw = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          RouteArg
        >;
        const args = Object.entries(raw)
          .filter(([key]) => !key.includes('__customRouteArgs__'))
          .map(([key, arg]) => ({ ...arg, type: Number(key.split(':')[0]) }));
        handlers.set(`${controller.name}_${name}`, {
          handler: handler as Handler['handler'],
          args,
        });
      }
    }
  }
  return handlers;
}

function methodNamesOf(prototype: object): Set<string> {
  const names = new Set<string>();
  for (let at = prototype; at !== Object.prototype; at = Object.getPrototypeOf(at) as object) {
    for (const name of Object.getOwnPropertyNames(at)) names.add(name);
  }
  return names;
}

function zodPipeOf(arg: RouteArg): ZodPipe<unknown> | undefined {
  return arg.pipes?.find((pipe): pipe is ZodPipe<unknown> => pipe instanceof ZodPipe);
}

/** The object schema's properties as parameters (path ones always required). */
function parametersFrom(schema: z.ZodType, where: 'path' | 'query'): ParameterObject[] {
  const json = zodToOpenApi(schema, 'input') as SchemaObject;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

function parametersOf(
  path: string,
  handler: Handler,
  declared: readonly ParameterObject[],
): ParameterObject[] {
  const parameters: ParameterObject[] = [];
  for (const arg of handler.args) {
    const pipe = zodPipeOf(arg);
    if (arg.type === RouteParamtypes.PARAM && pipe) {
      parameters.push(...parametersFrom(pipe.schema, 'path'));
    } else if (arg.type === RouteParamtypes.QUERY && pipe) {
      parameters.push(...parametersFrom(pipe.schema, 'query'));
    } else if (arg.type === RouteParamtypes.HEADERS && typeof arg.data === 'string') {
      parameters.push({
        name: arg.data,
        in: 'header',
        required: false,
        schema: { type: 'string' },
      });
    }
  }
  // Parameters declared with @ApiParam/@ApiHeader (read by a custom decorator, not a pipe).
  for (const parameter of declared) {
    if (!parameters.some((p) => p.in === parameter.in && p.name === parameter.name)) {
      parameters.push(parameter);
    }
  }
  // A path parameter read without any schema still belongs in the document.
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (name && !parameters.some((p) => p.in === 'path' && p.name === name)) {
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
  }
  return parameters;
}

function requestBodyOf(handler: Handler, existing: OperationObject['requestBody']) {
  const policy = bodyPolicyOf(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler.handler));
  const bodyArg = handler.args.find((arg) => arg.type === RouteParamtypes.BODY);
  const pipe = bodyArg && zodPipeOf(bodyArg);
  const declared =
    existing && 'content' in existing ? existing.content[JSON_MEDIA_TYPE]?.schema : undefined;
  if (!pipe && !policy && !declared) return undefined;
  const jsonSchema = pipe ? zodToOpenApi(pipe.schema, 'input') : (declared ?? {});
  const mediaTypes = policy?.mediaTypes ?? [JSON_MEDIA_TYPE];
  const required = pipe ? !pipe.schema.safeParse(undefined).success : true;
  return {
    required,
    content: Object.fromEntries(
      mediaTypes.map((type) => [
        type,
        { schema: type.endsWith('json') ? jsonSchema : { type: 'string', format: 'binary' } },
      ]),
    ),
  };
}

function answerResponse(answer: Answer): ResponseObject {
  if (answer === null) return { description: 'No content' };
  if (answer instanceof z.ZodType) {
    return {
      description: 'Success',
      content: { [JSON_MEDIA_TYPE]: { schema: zodToOpenApi(answer, 'output') } },
    };
  }
  const schema = answer.schema ? zodToOpenApi(answer.schema, 'output') : { type: 'string' };
  return {
    description: answer.description ?? 'Success',
    content: Object.fromEntries([answer.mediaType].flat().map((type) => [type, { schema }])),
  };
}

const BODIED = new Set(['post', 'put', 'patch']);

/**
 * Completes every operation of the document from what Nest knows of its handler, so nothing is
 * written twice: path and query parameters from the ZodPipe schemas (with their patterns), the
 * request body from the body's ZodPipe and the route's BodyPolicy, headers the handler reads,
 * success answers from @ApiAnswers, and the problem answers that apply (a shared Problem schema).
 */
export function completeOperations(app: NestFastifyApplication, document: OpenAPIObject): void {
  const handlers = handlersOf(app);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      const handler = operation && handlers.get(operation.operationId ?? '');
      if (!operation || !handler) continue;
      const declared = (operation.parameters ?? []).filter(
        (parameter): parameter is ParameterObject => 'in' in parameter,
      );
      const parameters = parametersOf(path, handler, declared);
      operation.parameters = parameters;
      const body = requestBodyOf(handler, operation.requestBody);
      if (body) operation.requestBody = body;
      else delete operation.requestBody;
      const isPublic = Reflect.getMetadata(IS_PUBLIC, handler.handler) === true;
      if (isPublic) operation.security = [];
      const answers = Reflect.getMetadata(API_ANSWERS, handler.handler) as
        Record<string, Answer> | undefined;
      const responses: Record<string, ResponseObject> = {};
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!answers || !status.startsWith('2')) responses[status] = response as ResponseObject;
      }
      for (const [status, answer] of Object.entries(answers ?? {})) {
        responses[status] = answerResponse(answer);
      }
      const extra = (Reflect.getMetadata(API_PROBLEMS, handler.handler) ?? []) as number[];
      operation.responses = {
        ...responses,
        ...problemResponses({
          isPublic,
          hasParameters: parameters.length > 0 || body !== undefined,
          hasPathParameters: parameters.some((p) => p.in === 'path'),
          takesBody: BODIED.has(method),
          writes: method !== 'get',
          readsIfMatch: parameters.some(
            (p) => p.in === 'header' && p.name.toLowerCase() === 'if-match',
          ),
          extra,
        }),
      };
    }
  }
}
