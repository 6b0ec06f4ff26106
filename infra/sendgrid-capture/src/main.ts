import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCaptureServer } from './capture-server';

// The local SendGrid capture server, as infra/start.sh runs it:
//   env SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register \
//     infra/sendgrid-capture/src/main.ts [--data-dir DIR] [--port N] [--host H]
// Defaults: RAPPORT_DATA_DIR (else <repo>/.rapport), RAPPORT_SENDGRID_PORT (else 3030), 127.0.0.1.
// start.sh passes --data-dir so the data dir is on the command line, which is how it tells its own
// process from a recycled pid.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
    },
  });
  const portText = values.port ?? process.env['RAPPORT_SENDGRID_PORT'] ?? '3030';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`RAPPORT_SENDGRID_PORT / --port must be a port number, not "${portText}"`);
  }
  const dataDir = path.resolve(
    values['data-dir'] ??
      (process.env['RAPPORT_DATA_DIR'] || path.resolve(__dirname, '../../../.rapport')),
  );
  const server = await startCaptureServer({
    port,
    host: values.host ?? '127.0.0.1',
    dataDir,
    logger: true,
  });
  server.app.log.info({ url: server.url, file: server.file }, 'SendGrid capture server listening');
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
