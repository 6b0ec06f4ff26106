import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';

/**
 * What a route accepts as a request body. Every route has one: a route that declares none gets
 * JSON_BODY (with the service's default limit). A body of another media type is refused with 415
 * before a byte of it is read, so a JSON route never parses (and never reports on) a CSV file.
 */
export interface BodyPolicy {
  /** Media types without parameters, lower case: 'application/json', 'text/csv'. */
  readonly mediaTypes: readonly string[];
  readonly limitBytes: number;
  /**
   * Accept a `charset` other than utf-8. Only for bodies whose parser works out the encoding from
   * the bytes themselves (an import file); everything else is read as UTF-8 and refuses other labels.
   */
  readonly anyCharset?: boolean;
}

export const JSON_MEDIA_TYPE = 'application/json';

/** Large enough for any JSON command a member sends; the default of every route. */
export const DEFAULT_JSON_LIMIT_BYTES = 64 * 1024;

export const JSON_BODY: BodyPolicy = {
  mediaTypes: [JSON_MEDIA_TYPE],
  limitBytes: DEFAULT_JSON_LIMIT_BYTES,
};

/** The key under Fastify's route config where the policy travels to the transport hooks. */
export const BODY_POLICY_CONFIG = 'rapportBodyPolicy';

/** Declares the route's body policy (and its media types in the OpenAPI document). */
export function AcceptsBody(policy: BodyPolicy): MethodDecorator {
  return applyDecorators(
    RouteConfig({ [BODY_POLICY_CONFIG]: policy }),
    ApiConsumes(...policy.mediaTypes),
  );
}

export function bodyPolicyOf(config: unknown): BodyPolicy | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  return (config as Record<string, BodyPolicy | undefined>)[BODY_POLICY_CONFIG];
}
