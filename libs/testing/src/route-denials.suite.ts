import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Db } from 'mongodb';
import { PENDING_WRITES, type PendingWrites } from '@rapport/platform';
import {
  type ApiRoute,
  otherMemberReadAnswers,
  routeName,
  routeTable,
  unauthenticatedAnswers,
} from './route-denials';
import { databaseContents, memberRouteAnswers, type RouteExample } from './route-write-denials';
import type { Caller, Send } from './service-callers';

export interface StartedService {
  app: NestFastifyApplication;
  as: (caller: Caller) => { send: Send };
  /** The service's database: a denied request must leave it exactly as it was. */
  db: Db;
  close: () => Promise<void>;
}

export interface RouteDenialSuite<S extends StartedService = StartedService> {
  /** The service's name, the audience its internal tokens carry. */
  readonly audience: string;
  /** `METHOD /path` of every route that takes no token; a public route not listed fails the spec. */
  readonly publicRoutes: readonly string[];
  /**
   * Bodies for write routes whose rules a JSON schema cannot state, by `METHOD /path`; every other
   * write route gets a body generated from its OpenAPI request schema.
   */
  readonly writeExamples?: Readonly<Record<string, RouteExample>>;
  readonly start: () => Promise<S>;
  /**
   * Creates some of member-ada's data in tenant uni-a and names its ids by path parameter
   * (contactId…), so denials are tried on things that exist: a 404 for an id nobody has proves
   * no ownership check.
   */
  readonly seed?: (service: S) => Promise<Record<string, string>>;
  readonly cleanup: () => Promise<void>;
}

/**
 * The denials every service owes on every route, generated from its route table: only the routes
 * listed as public go without a token; every other one answers 401 problem+json to no token, an
 * unsigned one and a stranger's; every member read answers 403 to another member and to a partner
 * app without a scope; every member write, with a valid body, answers 403 or 404 to another member
 * and changes nothing.
 */
export function describeRouteDenials<S extends StartedService>(
  title: string,
  suite: RouteDenialSuite<S>,
): void {
  describe(`${title}: denials on every route`, () => {
    const member = 'member-ada';
    let service: S | undefined;
    let ids: Record<string, string> = {};
    const app = () => service!.app;
    // The store writes stream heads behind its appends (a timed flush), so one made by the seed
    // could land between two snapshots. Each snapshot is taken once the heads are written, which
    // also shows a head a denied write should not have moved.
    const contents = async (tenants?: { id: string; other: string }) => {
      await pendingWritesOf(app())?.flush();
      return databaseContents(service!.db, tenants);
    };

    beforeAll(async () => {
      service = await suite.start();
      ids = (await suite.seed?.(service)) ?? {};
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

    // Partner apps are admitted by their scopes only; one with none reads no member's data.
    it('answers 403 problem+json to a partner app without a scope reading any member route', async () => {
      const answers = await otherMemberReadAnswers(app(), service!.as, member, {
        id: 'partner-app-without-scopes',
        role: 'partner',
        scopes: [],
      });
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((a) => a.status !== 403 || !a.problemJson)).toEqual([]);
    });

    it('answers 403 or 404 problem+json to another member writing on any member route with a valid body, and writes nothing', async () => {
      const before = await contents();
      const answers = await memberRouteAnswers(
        app(),
        service!.as,
        member,
        { id: 'member-bea', role: 'member' },
        { select: (route) => route.method !== 'GET', examples: suite.writeExamples, ids },
      );
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((a) => ![403, 404].includes(a.status) || !a.problemJson)).toEqual([]);
      expect(await contents()).toEqual(before);
    });

    // A member of another institution may carry the same member id: the ids of this member's
    // things must mean nothing there. Reads answer 404; a write may act in the caller's own
    // institution (outreach keys its streams by member and contact there) but never reaches this one.
    it('answers 404 problem+json to a member of another tenant, with the same member id, reading any of the member’s things, and no write of theirs changes this tenant’s data', async () => {
      const stranger: Caller = { id: member, role: 'member', tenantId: 'uni-b' };
      const tenants = { id: 'uni-a', other: 'uni-b' };
      const before = await contents(tenants);
      const namesAThing = (route: ApiRoute) =>
        [...route.path.matchAll(/:(\w+)/g)].some(([, name]) => name !== 'memberId');
      const reads = await memberRouteAnswers(app(), service!.as, member, stranger, {
        select: (route) => route.method === 'GET' && namesAThing(route),
        ids,
      });
      expect(reads.filter((a) => a.status !== 404 || !a.problemJson)).toEqual([]);
      const writes = await memberRouteAnswers(app(), service!.as, member, stranger, {
        select: (route) => route.method !== 'GET' && namesAThing(route),
        examples: suite.writeExamples,
        ids,
      });
      expect(reads.length + writes.length).toBeGreaterThan(0);
      expect(writes.filter((a) => a.status >= 500)).toEqual([]);
      expect(await contents(tenants)).toEqual(before);
    });
  });
}

/** The service's trailing writes, when it has any (every service built on the skeleton does). */
function pendingWritesOf(app: NestFastifyApplication): PendingWrites | undefined {
  try {
    return app.get<string, PendingWrites>(PENDING_WRITES, { strict: false });
  } catch {
    return undefined;
  }
}
