import { z } from 'zod';
import { v1Get, v1Path, v1Send } from '../app/v1-client';
import type { Session } from '../session/session';

// The gateway's partner clients and webhooks (services/gateway: partners/, webhooks/admin/).
export const PARTNER_SCOPES = [
  'contacts:read',
  'contacts:write',
  'relationships:read',
  'relationships:write',
  'events:subscribe',
] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

const credentials = z.object({ clientId: z.string(), clientSecret: z.string() });
export type Credentials = z.infer<typeof credentials>;

export async function registerApp(
  session: Session,
  name: string,
  scopes: readonly PartnerScope[],
): Promise<Credentials> {
  const path = v1Path`/admin/partner-clients`;
  return (await v1Send(session, 'POST', path, { name, scopes }, credentials)).value;
}

export async function rotateApp(session: Session, clientId: string): Promise<Credentials> {
  const path = v1Path`/admin/partner-clients/${clientId}/rotation`;
  return (await v1Send(session, 'POST', path, undefined, credentials)).value;
}

export async function revokeApp(session: Session, clientId: string): Promise<void> {
  const path = v1Path`/admin/partner-clients/${clientId}`;
  await v1Send(session, 'DELETE', path, undefined, z.undefined());
}

// The gateway's list (partners/partner-app-list.requests.ts): newest first, never a secret.
const partnerApp = z.object({
  clientId: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string().optional(),
  rotatedAt: z.string().optional(),
  revokedAt: z.string().optional(),
});
export type PartnerApp = z.infer<typeof partnerApp>;
const partnerAppsPage = z.object({ apps: z.array(partnerApp), next: z.string().optional() });
export type PartnerAppsPage = z.infer<typeof partnerAppsPage>;

export function fetchPartnerApps(cursor?: string): Promise<PartnerAppsPage> {
  const path = v1Path`/admin/partner-apps`;
  return v1Get(
    cursor === undefined ? path : `${path}?cursor=${encodeURIComponent(cursor)}`,
    partnerAppsPage,
  );
}

const webhook = z.object({
  subscriptionId: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  status: z.string(),
  disabledReason: z.string().optional(),
});
export type Webhook = z.infer<typeof webhook>;

export async function fetchWebhooks(clientId: string): Promise<Webhook[]> {
  const path = v1Path`/admin/partner-apps/${clientId}/webhooks`;
  return (await v1Get(path, z.object({ webhooks: z.array(webhook) }))).webhooks;
}

export interface NewWebhook {
  readonly subscriptionId: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
}

/** Creates a subscription; its signing secret is in this answer only. */
export async function createWebhook(
  session: Session,
  clientId: string,
  body: NewWebhook,
): Promise<Webhook & { secret: string }> {
  const path = v1Path`/admin/partner-apps/${clientId}/webhooks`;
  const created = webhook.extend({ secret: z.string() });
  return (await v1Send(session, 'POST', path, body, created)).value;
}

export async function setWebhookEnabled(
  session: Session,
  clientId: string,
  subscriptionId: string,
  enabled: boolean,
): Promise<void> {
  const path = v1Path`/admin/partner-apps/${clientId}/webhooks/${subscriptionId}/${enabled ? 'enable' : 'disable'}`;
  await v1Send(session, 'POST', path, undefined, z.unknown());
}

const delivery = z.object({
  deliveryId: z.string(),
  eventType: z.string(),
  status: z.string(),
  createdAt: z.string(),
  attempts: z.number(),
  lastStatusCode: z.number().optional(),
  nextAttemptAt: z.string().optional(),
});
export type Delivery = z.infer<typeof delivery>;
const deliveryPage = z.object({ deliveries: z.array(delivery), next: z.number().optional() });
export type DeliveryPage = z.infer<typeof deliveryPage>;

export function fetchDeliveries(
  clientId: string,
  subscriptionId: string,
  before?: number,
): Promise<DeliveryPage> {
  const path = v1Path`/admin/partner-apps/${clientId}/webhooks/${subscriptionId}/deliveries`;
  return v1Get(`${path}?limit=20${before === undefined ? '' : `&before=${before}`}`, deliveryPage);
}

export async function redeliver(
  session: Session,
  clientId: string,
  subscriptionId: string,
  deliveryId: string,
): Promise<void> {
  const path = v1Path`/admin/partner-apps/${clientId}/webhooks/${subscriptionId}/deliveries/${deliveryId}/redelivery`;
  await v1Send(session, 'POST', path, undefined, z.unknown());
}

// The event types a subscription may name, read from the gateway's own /v1 document (the enum
// of the create body), so the console never keeps a second copy of that list.
const WEBHOOKS_PATH = '/v1/admin/partner-apps/{clientId}/webhooks';
const eventTypesInDocument = z.object({
  paths: z.object({
    [WEBHOOKS_PATH]: z.object({
      post: z.object({
        requestBody: z.object({
          content: z.object({
            'application/json': z.object({
              schema: z.object({
                properties: z.object({
                  eventTypes: z.object({ items: z.object({ enum: z.array(z.string()) }) }),
                }),
              }),
            }),
          }),
        }),
      }),
    }),
  }),
});

export async function fetchEventTypes(): Promise<string[]> {
  const document = await v1Get('/v1/openapi.json', eventTypesInDocument);
  return document.paths[WEBHOOKS_PATH].post.requestBody.content['application/json'].schema
    .properties.eventTypes.items.enum;
}
