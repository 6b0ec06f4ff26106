import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  otherMemberReadAnswers,
  routeName,
  routeTable,
  unauthenticatedAnswers,
} from './route-denials';
import type { Caller, Send } from './service-callers';

export interface RouteDenialSuite {
  /** The service's name, the audience its internal tokens carry. */
  readonly audience: string;
  /** `METHOD /path` of every route that takes no token; a public route not listed fails the spec. */
  readonly publicRoutes: readonly string[];
  readonly start: () => Promise<{
    app: NestFastifyApplication;
    as: (caller: Caller) => { send: Send };
    close: () => Promise<void>;
  }>;
  readonly cleanup: () => Promise<void>;
}

/**
 * The denials every service owes on every route, generated from its route table: only the routes
 * listed as public go without a token; every other one answers 401 problem+json to no token, an
 * unsigned one and a stranger's; every member read answers 403 to another member.
 */
export function describeRouteDenials(title: string, suite: RouteDenialSuite): void {
  describe(`${title}: denials on every route`, () => {
    const member = 'member-ada';
    let service: Awaited<ReturnType<RouteDenialSuite['start']>> | undefined;
    const app = () => service!.app;

    beforeAll(async () => {
      service = await suite.start();
    });
    afterAll(async () => {
      await service?.close();
      await suite.cleanup();
    });

    it('has routes, and takes no token only on the routes listed as public', () => {
      const routes = routeTable(app());
      expect(routes.filter((r) => !r.isPublic).length).toBeGreaterThan(0);
      expect(routes.filter((r) => r.isPublic).map(routeName)).toEqual(
        [...suite.publicRoutes].sort(),
      );
    });

    it('answers 401 problem+json on every other route to no token, an unsigned one and a stranger’s', async () => {
      const answers = await unauthenticatedAnswers(app(), suite.audience, member);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((a) => a.status !== 401 || !a.problemJson)).toEqual([]);
    });

    it('answers 403 problem+json to another member reading any member route', async () => {
      const answers = await otherMemberReadAnswers(app(), service!.as, member, {
        id: 'member-bea',
        role: 'member',
      });
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((a) => a.status !== 403 || !a.problemJson)).toEqual([]);
    });
  });
}
