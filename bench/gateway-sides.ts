import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import { DEMO_TENANT_ID } from '../services/gateway/src/institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../services/gateway/src/testing/browser';
import {
  type GatewayProcess,
  startGatewayProcess,
} from '../services/gateway/src/testing/gateway-process';
import { startRegisteredService } from '../services/gateway/src/testing/service-process';
import { type BenchEnv, progress } from './support';

export interface GatewaySides {
  readonly gateway: GatewayProcess;
  readonly outreachUrl: string;
  /** The demo member ada's bearer token, for the gateway. */
  readonly accessToken: string;
  /** An internal token for ada and outreach, for calling the service straight. */
  readonly internalToken: string;
  readonly gatewayDb: string;
  readonly publicKeyPem: string;
  stop(): Promise<void>;
}

/**
 * Outreach and the gateway in front of it, both started as registered, with ada signed in and her
 * profile saved through the gateway: what `gateway.bench.ts` measures and `gateway-profile.ts`
 * profiles. `gatewayNodeArgs` go to the gateway's node (e.g. `--cpu-prof`).
 */
export async function startGatewaySides(
  env: BenchEnv,
  gatewayNodeArgs: readonly string[] = [],
): Promise<GatewaySides> {
  await env.db('gateway');
  await env.db('gateway_outreach');
  const gatewayDb = `bench_${env.runId}_gateway`;
  const keys = await generateInternalKeyPair();
  progress('starting outreach and the gateway');
  const outreach = await startRegisteredService('outreach', {
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
    RAPPORT_OUTREACH_DB: `${gatewayDb}_outreach`,
    RAPPORT_OUTREACH_BRIDGE_GROUP: env.group('gateway-outreach'),
    LOG_LEVEL: 'error',
  });
  const gateway = await startGatewayProcess({
    database: gatewayDb,
    keys,
    nodeArgs: gatewayNodeArgs,
    env: {
      RAPPORT_GATEWAY_UPSTREAM_OUTREACH: outreach.url,
      // The bench measures the path, not the quota.
      RAPPORT_GATEWAY_RATE_LIMIT_PERSON: '9999999/60',
      LOG_LEVEL: 'error',
    },
  });
  const stop = async () => {
    await gateway.stop();
    await outreach.stop();
  };
  try {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, 'ada');
    const { csrfToken } = (await (await browser.request(`${gateway.url}/auth/session`)).json()) as {
      csrfToken: string;
    };
    const put = await browser.request(`${gateway.url}/v1/members/ada/profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ givenName: 'Ada', familyName: 'Okafor', email: 'ada@example.test' }),
    });
    if (put.status !== 200) throw new Error(`profile not saved: ${put.status}`);
    const issued = await browser.request(`${gateway.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    const { access_token: accessToken } = (await issued.json()) as { access_token: string };
    const internalToken = await signInternalToken(
      keys.privateKeyPem,
      { tenantId: DEMO_TENANT_ID, actorId: 'ada', role: 'member' },
      { audience: 'outreach', ttlSeconds: 300 },
    );
    return {
      gateway,
      outreachUrl: outreach.url,
      accessToken,
      internalToken,
      gatewayDb,
      publicKeyPem: keys.publicKeyPem,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
