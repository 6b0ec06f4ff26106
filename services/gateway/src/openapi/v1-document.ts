import { Inject, Injectable } from '@nestjs/common';
import { upstreamAddresses } from '../forwarding/upstream-addresses';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { isJsonObject, type JsonObject } from './openapi-31';
import { assembleV1Document } from './v1-assembly';

const CACHE_MS = 60_000;
// A document missing a service is kept only briefly, so a service that was starting shows up soon.
const INCOMPLETE_CACHE_MS = 5_000;

/**
 * The /v1 API's document, assembled (see assembleV1Document) from the services' documents and
 * the gateway's own, read over HTTP like any client would. Rebuilt at most once a minute; a
 * service that does not answer is listed in the document, not fatal.
 */
@Injectable()
export class V1Document {
  private cached: { until: number; document: Promise<JsonObject> } | undefined;
  private readonly addresses = upstreamAddresses(process.env);

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  get(): Promise<JsonObject> {
    // Wall-clock time on purpose: this is a cache's age, not business time.
    const now = Date.now();
    if (!this.cached || now >= this.cached.until) {
      const document = this.build();
      this.cached = { until: now + CACHE_MS, document };
      void document.then(
        (built) => {
          const unavailable = built['x-rapport-unavailable-services'];
          if (
            Array.isArray(unavailable) &&
            unavailable.length > 0 &&
            this.cached?.document === document
          ) {
            this.cached = { until: now + INCOMPLETE_CACHE_MS, document };
          }
        },
        () => (this.cached = undefined),
      );
    }
    return this.cached.document;
  }

  private async build(): Promise<JsonObject> {
    const entries = Object.entries(this.addresses);
    const [gateway, ...documents] = await Promise.all([
      fetchDocument(`http://127.0.0.1:${this.config.PORT}/docs/openapi.json`),
      ...entries.map(([, address]) => fetchDocument(`${address}/docs/openapi.json`)),
    ]);
    const services: Record<string, JsonObject> = {};
    const unavailable: string[] = [];
    entries.forEach(([service], i) => {
      const document = documents[i];
      if (document) services[service] = document;
      else unavailable.push(service);
    });
    return assembleV1Document({
      publicUrl: this.config.publicUrl,
      ...(gateway ? { gateway } : {}),
      services,
      unavailable,
    });
  }
}

async function fetchDocument(url: string): Promise<JsonObject | undefined> {
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(2000) });
    if (!reply.ok) return undefined;
    const document = (await reply.json()) as JsonObject;
    return isJsonObject(document) ? document : undefined;
  } catch {
    return undefined;
  }
}
