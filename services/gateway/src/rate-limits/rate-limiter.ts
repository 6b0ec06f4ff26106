import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ProblemError } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { Caller } from '../callers/caller';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { leasePlan } from './lease-plan';
import { type RateDecision, RateBuckets, type RatePolicy } from './rate-buckets';
import { NOT_KEPT, RatePlans } from './rate-plans';

/** Where the RateLimit headers go. */
export interface HeaderSink {
  header(name: string, value: string): unknown;
}

class RateLimitedProblem extends ProblemError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'rate-limited',
      'Too many requests',
      `The request quota is used up; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/**
 * One bucket per partner client and per person, at their institution's plan (the configured
 * default otherwise). Answers carry the IETF RateLimit and RateLimit-Policy headers; a refusal is
 * 429 with Retry-After.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  constructor(
    private readonly buckets: RateBuckets,
    private readonly plans: RatePlans,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `reply`: a Fastify reply, or the /v1 read lane's sink that sets the raw response's headers. */
  async take(caller: Caller, clientId: string | undefined, reply: HeaderSink): Promise<void> {
    const kind = caller.role === 'partner' ? 'partner' : 'person';
    const policy = this.orDefault(await this.plans.policyOf(caller.tenantId, kind), kind);
    const decision = await this.buckets.take(
      bucketOf(kind, caller, clientId),
      policy,
      this.clock().getTime(),
      leasePlan(policy.quota, this.config.RAPPORT_GATEWAY_INSTANCES),
    );
    this.answer(kind, policy, decision, reply);
  }

  /**
   * `take(caller, undefined, reply)` without waiting, when memory decides it (the plan kept, a
   * held slot usable now): true when the request was admitted and its headers set; false when
   * nothing was spent or set and `take` must decide. It never refuses: that is `take`'s.
   */
  takeHeld(caller: Caller, reply: HeaderSink): boolean {
    const kind = caller.role === 'partner' ? 'partner' : 'person';
    const kept = this.plans.keptPolicyOf(caller.tenantId, kind);
    if (kept === NOT_KEPT) return false;
    const policy = this.orDefault(kept, kind);
    const decision = this.buckets.takeHeld(
      bucketOf(kind, caller, undefined),
      policy,
      this.clock().getTime(),
    );
    if (!decision) return false;
    this.answer(kind, policy, decision, reply);
    return true;
  }

  private orDefault(policy: RatePolicy | undefined, kind: 'person' | 'partner'): RatePolicy {
    return (
      policy ??
      (kind === 'partner'
        ? this.config.RAPPORT_GATEWAY_RATE_LIMIT_PARTNER
        : this.config.RAPPORT_GATEWAY_RATE_LIMIT_PERSON)
    );
  }

  /** The RateLimit headers; a refusal also gets Retry-After and is thrown as 429. */
  private answer(
    kind: 'person' | 'partner',
    policy: RatePolicy,
    decision: RateDecision,
    reply: HeaderSink,
  ): void {
    const name = `"${kind}"`;
    void reply.header('ratelimit-policy', `${name};q=${policy.quota};w=${policy.windowSeconds}`);
    void reply.header('ratelimit', `${name};r=${decision.remaining};t=${decision.resetSeconds}`);
    if (!decision.allowed) {
      void reply.header('retry-after', String(decision.resetSeconds));
      throw new RateLimitedProblem(decision.resetSeconds);
    }
  }

  onApplicationShutdown(): void {
    this.buckets.stop();
  }
}

/** One bucket per partner client and per person. */
function bucketOf(
  kind: 'person' | 'partner',
  caller: Caller,
  clientId: string | undefined,
): string {
  const subject = kind === 'partner' ? (clientId ?? caller.actorId) : caller.actorId;
  return `${kind}|${caller.tenantId}|${subject}`;
}
