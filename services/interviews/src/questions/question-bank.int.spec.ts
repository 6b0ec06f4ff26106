import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import { serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { isolateSuite } from '@rapport/testing';
import { callersOf } from '@rapport/testing/services';
import { questionControllers } from './index';
import type { BankEntry } from './question-bank';

@Module({})
class QuestionsUnderTest {
  static forRoot(deps: ServiceDeps) {
    return serviceModule(QuestionsUnderTest, deps, { controllers: questionControllers });
  }
}

describe('the question bank routes', () => {
  const suite = isolateSuite('interviews-question-bank');
  let app: NestFastifyApplication;
  let as: ReturnType<typeof callersOf>;
  const ada = { id: 'member-ada', role: 'member' as const };

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    app = await createServiceApp(
      QuestionsUnderTest.forRoot({ db: await suite.db(), kafka: suite.kafka() }),
      { serviceName: 'interviews', publicKeyPem: keys.publicKeyPem },
    );
    as = callersOf(app, keys.privateKeyPem, 'interviews');
  });
  afterAll(async () => {
    await app?.close();
    await suite.cleanup();
  });

  it('lists the questions of a goal and theme', async () => {
    const reply = await as(ada).send('GET', '/question-bank?goal=organisation&theme=culture');
    expect(reply.status).toBe(200);
    const { questions } = reply.json<{ questions: BankEntry[] }>();
    expect(questions.length).toBeGreaterThan(2);
    for (const question of questions) {
      expect(question.theme).toBe('culture');
      expect(question.goals).toContain('organisation');
    }
  });

  it('suggests questions filled from the contact', async () => {
    const query = 'goal=organisation&organisation=Northwind%20Health&limit=8';
    const reply = await as(ada).send('GET', `/question-bank/suggestions?${query}`);
    expect(reply.status).toBe(200);
    const { questions } = reply.json<{ questions: BankEntry[] }>();
    expect(questions).toHaveLength(8);
    expect(questions.some((question) => question.text.includes('Northwind Health'))).toBe(true);
    expect(questions.every((question) => !/[{}]/.test(question.text))).toBe(true);
  });

  it('answers an unknown goal or theme with problem+json', async () => {
    for (const path of ['/question-bank?theme=gossip', '/question-bank/suggestions?goal=job']) {
      const reply = await as(ada).send('GET', path);
      expect(reply.status).toBe(400);
      expect(reply.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses a caller without an internal token', async () => {
    const reply = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/question-bank' });
    expect(reply.statusCode).toBe(401);
  });
});
