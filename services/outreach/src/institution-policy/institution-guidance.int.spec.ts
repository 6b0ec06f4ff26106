import { DEFAULT_INSTITUTION_POLICY } from '@rapport/contracts';
import { consumerFrom } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, startConsumerSpec } from '@rapport/testing';
import { type Caller, type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';
import { InstitutionGuidance } from './institution-guidance';
import { institutionPolicies } from './institution-policy.consumer';

interface Report {
  ok: boolean;
  wordCount: number;
  findings: { ruleId: string; severity: string }[];
}

// Seventy words: fine by the default thresholds (warn at 100), too long at a maximum of 60.
const seventyWords = [
  'Dear Dr Hopper,',
  'I am Ada Lovelace, a mathematics student at the University of London. Professor De Morgan suggested I write to you.',
  'Your work on compilers is exactly what I hope to learn about, especially how you once persuaded your colleagues that programs could be written in words.',
  'Could we talk for 20 minutes in the next few weeks, at a time that suits you?',
  'Kind regards,\nAda Lovelace',
].join('\n\n');

describe('guidance follows the institution’s thresholds', () => {
  const suite = isolateSuite('outreach-institution-guidance');
  const topic = suite.topic('institutions');
  let service: OutreachTestApp;
  let spec: ConsumerSpec;
  let guidance: InstitutionGuidance;
  const adaInA: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-a' };
  const bobInB: Caller = { id: 'member-bob', role: 'member', tenantId: 'uni-b' };

  const publish = (tenantId: string, version: number, maxWords: number) =>
    spec.publish(
      topic,
      'rapport.institutions.v1.PolicyChanged',
      {
        institutionId: tenantId,
        version,
        urgent: false,
        policy: {
          ...DEFAULT_INSTITUTION_POLICY,
          guidance: { warnWords: 50, maxWords, suggestedMinutes: 20, maxMinutes: 30 },
        },
      },
      { tenantId },
    );
  const check = async (caller: Caller) => {
    const reply = await service.as(caller).send('POST', '/guidance', {
      json: { channel: 'email', subject: 'Advice on a career in compilers', body: seventyWords },
    });
    expect(reply.status).toBe(200);
    return reply.json<Report>();
  };
  const lengthFindings = (report: Report) =>
    report.findings.filter((f) => f.ruleId.startsWith('length.')).map((f) => f.ruleId);

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    guidance = service.app.get(InstitutionGuidance);
    spec = await startConsumerSpec(suite, [topic]);
    await spec.start(
      consumerFrom(institutionPolicies, {
        kafka: suite.kafka(),
        db: service.db,
        logger: createLogger('institution-guidance-test', 'warn'),
        dependency: guidance,
        groupId: spec.groupId('institution-policies'),
        topics: [topic],
      }),
    );
  });
  afterAll(async () => {
    await spec?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('a draft of 70 words is an error for the institution that allows 60, and only for it', async () => {
    const before = await check(adaInA);
    expect(before.wordCount).toBe(70);
    expect(lengthFindings(before)).toEqual([]);

    await publish('uni-a', 2, 60);
    await spec.passMarker(
      () => Promise.resolve(),
      async () => (await guidance.current('uni-a')).maxWords === 60,
    );
    const limited = await check(adaInA);
    expect(limited.ok).toBe(false);
    expect(lengthFindings(limited)).toEqual(['length.too-long']);
    expect(lengthFindings(await check(bobInB))).toEqual([]);

    // An older version arriving late changes nothing; the marker shows it was handled.
    await publish('uni-a', 1, 150);
    await spec.passMarker(
      () => publish('uni-marker', 1, 100),
      async () => (await guidance.current('uni-marker')).maxWords === 100,
    );
    expect(lengthFindings(await check(adaInA))).toEqual(['length.too-long']);
  });

  // The draft asks for 20 minutes: within the default 30, too long where the institution allows 15.
  it('the institution’s time limit decides when an ask is too long, and only for it', async () => {
    const cyInC: Caller = { id: 'member-cy', role: 'member', tenantId: 'uni-c' };
    const durationFindings = async (caller: Caller) =>
      (await check(caller)).findings
        .filter((f) => f.ruleId === 'parts.duration-too-long')
        .map((f) => f.ruleId);
    expect(await durationFindings(cyInC)).toEqual([]);

    const guidancePolicy = { warnWords: 100, maxWords: 150, suggestedMinutes: 10, maxMinutes: 15 };
    await spec.publish(
      topic,
      'rapport.institutions.v1.PolicyChanged',
      {
        institutionId: 'uni-c',
        version: 1,
        urgent: false,
        policy: { ...DEFAULT_INSTITUTION_POLICY, guidance: guidancePolicy },
      },
      { tenantId: 'uni-c' },
    );
    await spec.passMarker(
      () => Promise.resolve(),
      async () => (await guidance.current('uni-c')).maxMinutes === 15,
    );
    expect(await durationFindings(cyInC)).toEqual(['parts.duration-too-long']);
    expect(await durationFindings(bobInB)).toEqual([]);
  });
});
