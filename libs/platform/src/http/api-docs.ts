import { createReadStream } from 'node:fs';
import path from 'node:path';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeOperations } from './openapi-operations';

export interface ApiDocsOptions {
  serviceName: string;
  openApi?: {
    title: string;
    version: string;
    description?: string;
    /** The document the /docs page shows; this app's own /docs/openapi.json unless given. */
    uiDocumentUrl?: string;
  };
}

/**
 * GET /docs/openapi.json and a Swagger UI at /docs. They are registered on Fastify directly,
 * outside Nest's guards, so they are public.
 *
 * The UI is served here rather than by SwaggerModule's own UI: that one needs @fastify/static,
 * whose content-disposition dependency is ESM-only and cannot be required under Jest or by
 * Node releases before 20.19.
 */
export function publishApiDocs(app: NestFastifyApplication, options: ApiDocsOptions): void {
  const title = options.openApi?.title ?? options.serviceName;
  const builder = new DocumentBuilder()
    .setTitle(title)
    .setVersion(options.openApi?.version ?? '0.0.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Internal token minted by the gateway',
    })
    .addSecurityRequirements('bearer');
  if (options.openApi?.description) builder.setDescription(options.openApi.description);
  const document = SwaggerModule.createDocument(app, builder.build());
  completeOperations(app, document);
  SwaggerModule.setup('docs', app, document, {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: 'docs/openapi.json',
  });
  serveSwaggerUi(app, title, options.openApi?.uiDocumentUrl ?? '/docs/openapi.json');
}

const UI_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

// The init script is a file of its own so that the page works under a CSP without inline scripts.
const initScript = (documentUrl: string) =>
  `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(documentUrl)}, dom_id: '#swagger-ui', deepLinking: true });\n`;

function serveSwaggerUi(app: NestFastifyApplication, title: string, documentUrl: string): void {
  const assetsDir = path.dirname(
    require.resolve('swagger-ui-dist/package.json', {
      paths: [path.dirname(require.resolve('@nestjs/swagger'))],
    }),
  );
  const page = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="/docs/swagger-ui.css">',
    '</head><body><div id="swagger-ui"></div>',
    '<script src="/docs/swagger-ui-bundle.js"></script>',
    '<script src="/docs/swagger-ui-init.js"></script>',
    '</body></html>',
  ].join('\n');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/docs', (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  fastify.get('/docs/swagger-ui-init.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(initScript(documentUrl)),
  );
  for (const [file, type] of Object.entries(UI_ASSETS)) {
    fastify.get(`/docs/${file}`, (_request, reply) =>
      reply
        .type(type)
        .header('cache-control', 'public, max-age=86400')
        .send(createReadStream(path.join(assetsDir, file))),
    );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
