import { createServer } from 'node:http';
import { Pool } from 'undici';
import { exchange } from '../services/gateway/src/forwarding/upstream-exchange';

/**
 * The floor for `gateway-ab.ts`: a proxy of the gateway's shape with none of its work. Every
 * request is forwarded under /v1 to UPSTREAM with one fixed INTERNAL_TOKEN over the same undici
 * exchange, and answered with BASE_HEADERS (helmet's, as the gateway sends them) and the answer's
 * content type, ETag and length. No bearer check, rate limit, rule, metric or correlation id.
 */
const upstream = new Pool(process.env['UPSTREAM'] as string, { connections: 64 });
const authorization = `Bearer ${process.env['INTERNAL_TOKEN'] as string}`;
const baseHeaders = JSON.parse(process.env['BASE_HEADERS'] ?? '[]') as string[];

createServer((request, response) => {
  exchange(upstream, {
    method: 'GET',
    path: (request.url ?? '/v1/').slice(3),
    headers: { authorization },
  }).then(
    (answer) => {
      const headers = baseHeaders.slice();
      for (const name of ['content-type', 'etag']) {
        const value = answer.headers[name];
        if (typeof value === 'string') headers.push(name, value);
      }
      headers.push('content-length', String(answer.body.length));
      response.writeHead(answer.status, headers);
      response.end(answer.body);
    },
    (error: Error) => response.destroy(error),
  );
}).listen(Number(process.env['PORT']), '127.0.0.1');
