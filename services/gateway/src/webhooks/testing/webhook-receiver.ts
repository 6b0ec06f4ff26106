import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Whether the signature verified with the secret the path was given. */
  readonly verified: boolean;
  readonly answeredWith: number;
}

interface Endpoint {
  secrets: string[];
  /** The next answers, in order; once used up, 204. */
  answers: number[];
  /** Answer this every time instead (a receiver that is down). */
  always?: number;
}

/**
 * A partner's receiver, as a real HTTP server on 127.0.0.1: it verifies each message with the
 * standardwebhooks library, as a partner would, and answers as each path was told to.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly endpoints = new Map<string, Endpoint>();
  private readonly server: Server;
  private port = 0;

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const endpoint = this.endpoints.get(path);
        const verified = (endpoint?.secrets ?? []).some((secret) =>
          WebhookReceiver.verifies(secret, body, request.headers),
        );
        const answer = !verified ? 401 : (endpoint?.always ?? endpoint?.answers.shift() ?? 204);
        this.received.push({
          path,
          headers: request.headers,
          body,
          verified,
          answeredWith: answer,
        });
        response.writeHead(answer).end();
      });
    });
  }

  static verifies(secret: string, body: string, headers: IncomingHttpHeaders): boolean {
    const pick = (name: string) => String(headers[name] ?? '');
    try {
      new Webhook(secret).verify(body, {
        'webhook-id': pick('webhook-id'),
        'webhook-timestamp': pick('webhook-timestamp'),
        'webhook-signature': pick('webhook-signature'),
      });
      return true;
    } catch {
      return false;
    }
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    this.port = address.port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** What a path accepts and answers; `secrets` may change after a rotation. */
  serve(path: string, endpoint: Partial<Endpoint>): void {
    const current = this.endpoints.get(path) ?? { secrets: [], answers: [] };
    this.endpoints.set(path, { ...current, ...endpoint });
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((message) => message.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
