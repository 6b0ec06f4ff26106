export { ApiAnswers, ApiProblems, type Answer } from './api-answers';
export {
  AcceptsBody,
  BODY_POLICY_CONFIG,
  DEFAULT_JSON_LIMIT_BYTES,
  JSON_BODY,
  JSON_MEDIA_TYPE,
  type BodyPolicy,
} from './body-policy';
export { FORM_MEDIA_TYPE } from './body-parsers';
export { CORRELATION_ID_HEADER, correlationIdFromHeader } from './correlation-id';
export { httpRequestObserver, type HttpRequestObserver } from './http-request-metrics';
export { routeTableOf } from './request-gates';
export {
  HEALTH_PROBES,
  kafkaProbe,
  mongoProbe,
  noticeProbe,
  temporalProbe,
  type HealthProbe,
  type TemporalServiceLike,
} from './health-probes';
export { InternalAuthGuard, IS_PUBLIC, Public } from './internal-auth.guard';
export {
  INTERNAL_TOKEN_ISSUER,
  MAX_INTERNAL_TOKEN_LIFETIME_SECONDS,
  generateInternalKeyPair,
  signInternalToken,
  verifyInternalToken,
  type InternalTokenClaims,
} from './internal-token';
export { OperationsModule, type HealthProbesFactory } from './operations.module';
export { PROBLEM_JSON, ProblemJsonFilter, problemBody } from './problem-json.filter';
export { problemFromError, type ProblemMapper } from './problem-mapping';
export {
  ConflictProblem,
  ForbiddenProblem,
  InternalProblem,
  MAX_FIELD_ERRORS,
  MethodNotAllowedProblem,
  NotFoundProblem,
  PayloadTooLargeProblem,
  PreconditionFailedProblem,
  PreconditionRequiredProblem,
  ProblemError,
  UnauthenticatedProblem,
  UnprocessableProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
  type FieldError,
} from './problems';
export {
  appendContextOf,
  Ctx,
  ROLES,
  requestContextOf,
  type RequestContext,
  type Role,
} from './request-context';
export { createServiceApp, type ServiceAppOptions } from './service-app';
export {
  ConfigError,
  baseServiceEnv,
  loadConfig,
  servicePort,
  type BaseServiceConfig,
} from './service-config';
export {
  ZodPipe,
  parseOrProblem,
  pointerTo,
  zodToOpenApi,
  type RequestPart,
} from './zod-validation';
export { setEtag, versionFromIfMatch } from './entity-tags';
export {
  assertMayChangeMember,
  assertMayReadMember,
  isMemberThemself,
  type PartnerArea,
} from './member-access';
