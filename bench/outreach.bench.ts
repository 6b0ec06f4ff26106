import { performance } from 'node:perf_hooks';
import { checkGuidance } from '../services/outreach/src/compose-guidance';
import { startOutreachApp } from '../services/outreach/src/testing/outreach-test-app';
import { benchMain } from './bench-runner';
import {
  type BenchEnv,
  benchIsolation,
  percentile,
  progress,
  type ResultRow,
  speedRatio,
} from './support';

/**
 * The composer's guidance check, which the console and partner apps call while the member types:
 * a 200-word email, checked by the pure function and through the real outreach app's HTTP pipeline
 * (token check, validation, problem mapping; requests injected into Fastify). See bench/README.md.
 *
 *   npm run bench:outreach
 */
const GOAL_MS = 20;
const RUNS = 1_000;

const EMAIL = {
  channel: 'email' as const,
  subject: 'Advice on a first career in water engineering',
  body: [
    'Dear Dr Okafor,',
    '',
    'My name is Sam Rivera and I am a final-year civil engineering student at the University of Leeds.',
    'Professor Amina Lee suggested I contact you, as you led the flood-defence work on the River Aire',
    'that we studied in her hydrology course last spring. Your talk at the alumni evening about how',
    'catchment models are checked against what actually happens in a storm stayed with me for weeks.',
    'I am trying to understand how engineers move from design offices into field roles, what a first',
    'year on a large public project really looks like, and which skills graduates tend to lack when',
    'they start. I would be grateful for about twenty minutes of your advice, by phone or video, at',
    'whatever time suits you over the coming weeks; I am flexible and can fit around your schedule.',
    'I have read the reports your team published and prepared a few questions that I could not find',
    'answered there, so I will keep to the time. Thank you for considering it, and I understand if',
    'the coming weeks are busy for you. If a call does not suit, a short written reply would',
    'help me just as much.',
    '',
    'Kind regards,',
    'Sam Rivera',
  ].join('\n'),
};

function summary(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function guidance(env: BenchEnv): Promise<ResultRow[]> {
  const words = EMAIL.body.split(/\s+/).filter(Boolean).length;
  for (let i = 0; i < 100; i++) checkGuidance(EMAIL);
  const pure: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checkGuidance(EMAIL);
    pure.push(performance.now() - start);
  }
  const service = await startOutreachApp(benchIsolation(env, 'outreach'));
  try {
    const member = service.as({ id: 'member-bench', role: 'member' });
    for (let i = 0; i < 50; i++) await member.send('POST', '/guidance', { json: EMAIL });
    const http: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const reply = await member.send('POST', '/guidance', { json: EMAIL });
      http.push(performance.now() - start);
      if (reply.status !== 200)
        throw new Error(`POST /guidance answered ${reply.status}: ${reply.body}`);
    }
    progress(`${RUNS} checks each way`);
    const p = summary(pure);
    const h = summary(http);
    return [
      {
        metric: `guidance check, ${words}-word email (p99)`,
        unit: 'ms',
        value: p.p99,
        baseline: null,
        ratio: null,
        goal: `< ${GOAL_MS} ms`,
        met: p.p99 < GOAL_MS,
        notes: `the pure rules; p50 ${p.p50.toFixed(2)} ms over ${RUNS} runs after 100 warm-up runs`,
      },
      {
        metric: 'POST /guidance through the app (p99)',
        unit: 'ms',
        value: h.p99,
        baseline: p.p99,
        ratio: speedRatio('cost', h.p99, p.p99),
        goal: `< ${GOAL_MS} ms`,
        met: h.p99 < GOAL_MS,
        notes: `p50 ${h.p50.toFixed(2)} ms; includes minting and verifying the internal token per request, zod validation and JSON; baseline = the pure check's p99, so ratio is the share of the time spent in the rules`,
      },
    ];
  } finally {
    await service.close();
  }
}

benchMain('outreach', { guidance });
