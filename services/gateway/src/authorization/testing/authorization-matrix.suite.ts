import { DEMO_TENANT_ID } from '../../institutions/demo-institution';
import { PartnerClients } from '../../partners/partner-clients';
import type { MatrixCaller } from './authorization-matrix.cases';
import {
  bearer,
  type Case,
  caseOf,
  inBatches,
  judge,
  type KnownIds,
  MARKER,
  tokensFor,
  V1_RULES,
  type V1Doc,
} from './authorization-matrix.requests';
import type { V1Stack } from './v1-stack';

// Only these service paths may stay outside /v1: probes and the mail provider's public callbacks.
const NOT_API = /^[a-z]+ \/(health|metrics|unsubscribe|webhooks\/.*)$/;
const CONCURRENCY = 8;

/**
 * The authorization matrix (issue 16, OWASP API1/API3/API5): every /v1 route the services
 * document × every kind of caller, through the gateway to the five real services. A caller the
 * declared rule refuses gets 401/403/404 problem+json and never the owner's data; one it admits is
 * not refused (neither by the gateway nor by the service's own check); a caller of another
 * institution never sees the owner's data, whatever it is admitted to.
 */
export function describeAuthorizationMatrix(stackOf: () => V1Stack): void {
  describe('the authorization matrix of the /v1 API', () => {
    let gatewayUrl: string;
    let document: V1Doc;
    let tokens: Map<MatrixCaller, string>;
    let known: KnownIds;
    const owner = 'ada';
    // Enrolled by the matrix in the owner's institution, with the marker in their name.
    const personId = 'matrix-coach';

    beforeAll(async () => {
      const { gateway, keys, suite } = stackOf();
      gatewayUrl = gateway.url;
      document = (await (await fetch(`${gateway.url}/v1/openapi.json`)).json()) as V1Doc;
      tokens = await tokensFor(keys, gateway.url, await suite.db());
      // The owner's data, with a marker no other caller may ever be shown.
      const ada = bearer(tokens, 'member (own data)');
      const created = await fetch(`${gateway.url}/v1/members/${owner}/contacts`, {
        method: 'POST',
        headers: { ...ada, 'content-type': 'application/json' },
        body: JSON.stringify({ givenName: 'Quill', familyName: MARKER }),
      });
      expect(created.status).toBe(201);
      const { contactId } = (await created.json()) as { contactId: string };
      const enrolled = await fetch(`${gateway.url}/v1/admin/people`, {
        method: 'POST',
        headers: { ...bearer(tokens, 'admin'), 'content-type': 'application/json' },
        body: JSON.stringify({
          personId,
          email: 'matrix-coach@example.org',
          displayName: `Wren ${MARKER}`,
          role: 'coach',
        }),
      });
      expect(enrolled.status).toBe(201);
      // A partner app of the owner's institution that no caller uses: its id is the one the
      // admin routes are called with, so another institution's admin aims at a real app.
      const target = await new PartnerClients(await suite.db()).register(
        DEMO_TENANT_ID,
        `matrix target ${MARKER}`,
        ['contacts:read'],
      );
      known = {
        memberId: owner,
        contactId,
        personId,
        coachId: 'cora',
        clientId: target.clientId,
        institutionId: DEMO_TENANT_ID,
      };
    }, 60_000);

    /**
     * `METHOD /path` (without /v1) of every /v1 operation the document has: the ones the gateway
     * forwards to a service and its own, so a route added anywhere is in the matrix unasked.
     */
    const documented = () =>
      Object.entries(document.paths)
        .filter(([path]) => path.startsWith('/v1/'))
        .flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.slice(3)}`),
        );

    it('has a declared rule for every /v1 route the document has, and no rule for a route it lacks', () => {
      expect(document['x-rapport-unavailable-services']).toEqual([]);
      expect(document['x-rapport-not-forwarded'].filter((p) => !NOT_API.test(p))).toEqual([]);
      const routes = documented();
      expect(routes.filter((route) => !Object.hasOwn(V1_RULES, route))).toEqual([]);
      expect(Object.keys(V1_RULES).filter((route) => !routes.includes(route))).toEqual([]);
      // The gateway's own routes are in it too, not only the forwarded ones.
      expect(routes).toEqual(expect.arrayContaining(['GET /audit', 'GET /admin/people']));
    });

    it('refuses every caller the rules refuse, admits every one they admit, and never shows the owner’s data to another', async () => {
      const started = Date.now();
      const callers = [...tokens.keys()];
      // A route without a rule fails the test above; every other one is still called here, so
      // one new route does not hide what the rest of the matrix finds.
      const routes = documented().filter((route) => Object.hasOwn(V1_RULES, route));
      const cases = routes.flatMap((route) =>
        callers.map((caller) => caseOf(route, caller, document, known)),
      );
      // Reads first, while the owner's contact exists; then the refused and foreign writes, which
      // must not touch it; the owner's own (admitted) writes last, since they may delete it.
      const isRead = (c: Case) => c.route.startsWith('GET ');
      const ownerWrite = (c: Case) => c.allowed && c.caller.tenant === 'own';
      const phases = [
        cases.filter(isRead),
        cases.filter((c) => !isRead(c) && !ownerWrite(c)),
        cases.filter((c) => !isRead(c) && ownerWrite(c)),
      ];
      const wrong: string[] = [];
      const durations: Array<[number, string]> = [];
      let markerSeen = 0;
      const phaseSeconds: string[] = [];
      const read = async (path: string, caller: string) =>
        (await fetch(`${gatewayUrl}/v1${path}`, { headers: bearer(tokens, caller) })).text();
      const ownersData = async () => [
        await read(`/members/${owner}/contacts/${known.contactId}`, 'member (own data)'),
        await read(`/admin/people/${personId}`, 'admin'),
      ];
      const before = await ownersData();
      for (const [index, phase] of phases.entries()) {
        // Refused and foreign writes have run: the owner's contact and the enrolled person must
        // be exactly as they were.
        if (index === 2) expect(await ownersData()).toEqual(before);
        const phaseStarted = Date.now();
        await inBatches(phase, CONCURRENCY, async (matrixCase) => {
          const sent = Date.now();
          const reply = await fetch(`${gatewayUrl}/v1${matrixCase.request.path}`, {
            ...matrixCase.request.init,
            signal: AbortSignal.timeout(30_000),
            headers: {
              ...(matrixCase.request.init.headers as Record<string, string>),
              ...bearer(tokens, matrixCase.caller.name),
            },
          }).catch((error: unknown) => String(error));
          if (typeof reply === 'string') {
            wrong.push(`${matrixCase.route} as ${matrixCase.caller.name}: no answer (${reply})`);
            return;
          }
          const body = await reply.text();
          durations.push([Date.now() - sent, `${matrixCase.route} as ${matrixCase.caller.name}`]);
          const problem = String(reply.headers.get('content-type')).includes('problem+json');
          const verdict = judge(matrixCase, reply.status, problem, body);
          if (body.includes(MARKER)) markerSeen += 1;
          if (verdict) wrong.push(`${matrixCase.route} as ${matrixCase.caller.name}: ${verdict}`);
        });
        phaseSeconds.push(
          `${phase.length} in ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s`,
        );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const slowest = durations.sort(([a], [b]) => b - a).slice(0, 5);
      console.log(
        `authorization matrix: ${routes.length} routes × ${callers.length} callers = ${cases.length} cases in ${seconds} s (reads, refused and foreign writes, owner writes: ${phaseSeconds.join(', ')}); slowest: ${slowest.map(([ms, what]) => `${what} ${ms} ms`).join('; ')}`,
      );
      // A 500 was logged by the gateway process: its error lines go with the failure.
      const errors = wrong.some((line) => line.includes(': 500:'))
        ? stackOf()
            .gateway.log()
            .split('\n')
            .filter((line) => line.includes('"level":50'))
            .slice(-5)
        : [];
      expect([...wrong, ...errors]).toEqual([]);
      // The marker reached the owner (and their coach): proof that a leak would have been seen.
      expect(markerSeen).toBeGreaterThan(0);
      expect(cases.length).toBe(routes.length * callers.length);
    }, 300_000);
  });
}
