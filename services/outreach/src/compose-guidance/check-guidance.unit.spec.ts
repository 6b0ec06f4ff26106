import { checkGuidance } from './check-guidance';
import { DEFAULT_GUIDANCE_POLICY } from './guidance-policy';
import { flaggedText, ruleIdsOf } from './guidance-report.spec-helper';
import { GUIDANCE_RULES } from './guidance-rules';
import { GUIDANCE_WHY } from './guidance-why';

const completeEmailBody = `Dear Ms Okafor,

Professor Lee suggested I contact you. My name is Sam Rivera, and I am a public health student at the University of Leeds.

Your work on community health programmes is exactly what I hope to learn about. Would you have about 20 minutes for a call? I am happy to fit around your schedule.

Kind regards,
Sam Rivera`;

describe('checkGuidance', () => {
  it('passes a complete request with no findings and counts its words', () => {
    expect(
      checkGuidance({
        channel: 'email',
        subject: 'Advice on careers in public health',
        body: completeEmailBody,
      }),
    ).toEqual({ ok: true, wordCount: 61, findings: [] });
  });

  it('is not ok when any finding is an error, and ok with warnings only', () => {
    const generic = checkGuidance({ channel: 'email', subject: 'Hello', body: completeEmailBody });
    const missing = checkGuidance({ channel: 'email', body: completeEmailBody });

    expect([generic.ok, ruleIdsOf(generic)]).toEqual([true, ['subject.generic']]);
    expect([missing.ok, ruleIdsOf(missing)]).toEqual([false, ['subject.missing']]);
  });

  it('points a length finding at the words past the limit', () => {
    const filler = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const body = `${completeEmailBody}\n\n${filler}`;
    const report = checkGuidance({ channel: 'email', subject: 'Advice on public health', body });

    expect(report.wordCount).toBe(121);
    expect(report.findings).toEqual([
      {
        ruleId: 'length.long',
        severity: 'warning',
        message:
          'This request is 121 words; busy people answer short requests, so aim for 100 or fewer.',
        why: GUIDANCE_WHY['length.long'],
        span: { start: body.indexOf('word39'), end: body.length, field: 'body' },
      },
    ]);
  });

  it('applies the institution policy instead of the defaults', () => {
    const body = completeEmailBody.replace('about 20 minutes', 'an hour');
    const policy = { warnWords: 40, maxWords: 50, suggestedMinutes: 30, maxMinutes: 60 };
    const report = checkGuidance(
      { channel: 'email', subject: 'Advice on public health', body },
      policy,
    );

    expect(ruleIdsOf(report)).toEqual(['length.too-long']);
    expect(report.findings[0]?.message).toBe(
      "This request is 60 words; your institution's limit is 50. Keep only who you are, why them and what you ask.",
    );
  });

  it('names the duration that is too long and the recommended one', () => {
    const body = completeEmailBody.replace('about 20 minutes', 'forty-five minutes');
    const report = checkGuidance({ channel: 'email', subject: 'Advice on public health', body });

    expect(report.findings).toEqual([
      {
        ruleId: 'parts.duration-too-long',
        severity: 'warning',
        message:
          '"forty-five minutes" is more than the 30 minutes recommended; about 20 minutes is easier to say yes to.',
        why: GUIDANCE_WHY['parts.duration-too-long'],
        span: {
          start: body.indexOf('forty-five'),
          end: body.indexOf(' for a call'),
          field: 'body',
        },
        suggestion: {
          text: 'Would you have about 20 minutes for a call?',
          replaces: {
            start: body.indexOf('Would you have'),
            end: body.indexOf('call?') + 'call?'.length,
            field: 'body',
          },
        },
      },
    ]);
  });

  it('offers to add flexibility right after the sentence that asks for the time', () => {
    const body = completeEmailBody.replace(' I am happy to fit around your schedule.', '');
    const report = checkGuidance({ channel: 'email', subject: 'Advice on public health', body });
    const askStart = body.indexOf('Would you have');

    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['parts.flexibility']);
    expect(report.findings[0]?.suggestion).toEqual({
      text: 'Would you have about 20 minutes for a call? I am happy to fit around your schedule.',
      replaces: { start: askStart, end: body.indexOf('call?') + 'call?'.length, field: 'body' },
    });
  });

  it('points job language at the offending words in the subject and the body', () => {
    const draft = {
      channel: 'email' as const,
      subject: 'Any openings in policy?',
      body: completeEmailBody.replace('Kind regards', 'My resume is attached.\n\nKind regards'),
    };
    const report = checkGuidance(draft);

    expect(flaggedText(report, 'ask.job-language', draft)).toEqual([
      'Any openings',
      'resume is attached',
    ]);
    expect(report.findings.map((finding) => finding.span?.field)).toEqual(['subject', 'body']);
  });

  it('counts a LinkedIn note in characters and marks what LinkedIn would refuse', () => {
    const body = `🎓 Dear Dana, ${'a'.repeat(320)}`;
    const report = checkGuidance({ channel: 'linkedin', body });
    const limitFinding = report.findings.find((finding) => finding.ruleId === 'linkedin.too-long');

    expect(limitFinding).toEqual({
      ruleId: 'linkedin.too-long',
      severity: 'error',
      message: 'LinkedIn will not send a connection note of 333 characters; keep it to 300.',
      why: GUIDANCE_WHY['linkedin.too-long'],
      // The emoji is two UTF-16 code units but one character, so the cut is one unit later.
      span: { start: 301, end: body.length, field: 'body' },
    });
  });

  it('gives findings in catalogue order, missing parts without a span', () => {
    const report = checkGuidance({
      channel: 'email',
      subject: 'hi',
      body: 'Are you hiring? Do you have any job openings?',
    });

    expect(report.findings.map((finding) => [finding.ruleId, finding.span?.start])).toEqual([
      ['subject.generic', 0],
      ['parts.self-introduction', undefined],
      ['parts.connection', undefined],
      ['parts.why-you', undefined],
      ['parts.specific-ask', undefined],
      ['parts.flexibility', undefined],
      ['parts.sign-off', undefined],
      ['ask.job-language', 0],
      ['ask.job-language', 28],
    ]);
  });

  it('checks only job language in a conversation held in person', () => {
    expect(checkGuidance({ channel: 'in-person', body: 'Nice to meet you.' })).toEqual({
      ok: true,
      wordCount: 4,
      findings: [],
    });
  });

  it('gives the same report for the same draft', () => {
    const draft = { channel: 'text' as const, body: 'Hi! Any vacancies at your firm?' };
    expect(checkGuidance(draft)).toEqual(checkGuidance(draft));
  });
});

describe('the guidance catalogue', () => {
  it('lists every rule once with a one-line description', () => {
    expect(Object.keys(GUIDANCE_RULES)).toEqual([
      'length.long',
      'length.too-long',
      'linkedin.too-long',
      'text.too-long',
      'subject.missing',
      'subject.generic',
      'parts.self-introduction',
      'parts.connection',
      'parts.why-you',
      'parts.specific-ask',
      'parts.duration-too-long',
      'parts.flexibility',
      'parts.sign-off',
      'ask.job-language',
    ]);
    for (const description of Object.values(GUIDANCE_RULES)) {
      expect(description).toMatch(/^[A-Z][^\n]+\.$/);
    }
  });

  it('defaults to the common institution policy', () => {
    expect(DEFAULT_GUIDANCE_POLICY).toEqual({
      warnWords: 100,
      maxWords: 150,
      suggestedMinutes: 20,
      maxMinutes: 30,
    });
  });
});
