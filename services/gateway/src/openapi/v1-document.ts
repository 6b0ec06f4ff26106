import { Inject, Injectable } from '@nestjs/common';
import { upstreamAddresses } from '../forwarding/upstream-addresses';
import { upstreamRouteOf, type UpstreamService } from '../forwarding/upstream-routes';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';

interface ServiceDocument {
  openapi?: string;
  paths?: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, unknown> };
}

const CACHE_MS = 60_000;

/**
 * The /v1 API as one OpenAPI document, assembled from the services' own documents: each path the
 * gateway forwards, under /v1, with the gateway's credentials instead of the internal token.
 * Paths no /v1 route owns (a service's public webhooks, unsubscribe) are left out and listed.
 * Rebuilt at most once a minute; a service that does not answer is listed, not fatal.
 */
@Injectable()
export class V1Document {
  private cached: { at: number; document: Promise<Record<string, unknown>> } | undefined;
  private readonly addresses = upstreamAddresses(process.env);

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  get(): Promise<Record<string, unknown>> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > CACHE_MS) {
      this.cached = { at: now, document: this.build() };
    }
    return this.cached.document;
  }

  private async build(): Promise<Record<string, unknown>> {
    const paths: Record<string, Record<string, unknown>> = {};
    const schemas: Record<string, unknown> = {};
    const unavailable: string[] = [];
    const unowned: string[] = [];
    let version = '3.0.0';
    for (const [service, address] of Object.entries(this.addresses)) {
      const document = await fetchDocument(`${address}/docs/openapi.json`);
      if (!document) {
        unavailable.push(service);
        continue;
      }
      version = document.openapi ?? version;
      for (const [path, operations] of Object.entries(document.paths ?? {})) {
        const sample = `/v1${path.replace(/\{[^}]+\}/g, 'x')}`;
        if (upstreamRouteOf(sample)?.service !== (service as UpstreamService)) {
          unowned.push(`${service} ${path}`);
          continue;
        }
        paths[`/v1${path}`] = Object.fromEntries(
          // The services' own security (the internal token) is replaced by the document's.
          Object.entries(operations).map(([method, operation]) => [
            method,
            Object.fromEntries(Object.entries(operation).filter(([key]) => key !== 'security')),
          ]),
        );
      }
      for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
        schemas[name] ??= schema;
      }
    }
    return {
      openapi: version,
      info: { title: 'Rapport API', version: '1' },
      servers: [{ url: this.config.publicUrl }],
      paths,
      components: {
        schemas,
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      'x-rapport-unavailable-services': unavailable,
      'x-rapport-not-forwarded': unowned,
    };
  }
}

async function fetchDocument(url: string): Promise<ServiceDocument | undefined> {
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return reply.ok ? ((await reply.json()) as ServiceDocument) : undefined;
  } catch {
    return undefined;
  }
}
