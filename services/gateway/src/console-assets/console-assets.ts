import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ProblemError } from '@rapport/platform/http';
import { loadConsoleAssetsConfig } from './console-assets.config';
import { type ConsoleAnswer, consoleAnswerFor } from './console-requests';

const A_YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Serves the built console (services/console/dist) at `/`: its files, and its page for every
 * client route. A hook on requests no route matched rather than a `/*` route, so the gateway's own
 * routes, /oidc and /v1 always win and other methods on unknown paths stay 404 (a `GET /*` route
 * would turn them into 405). Installed at bootstrap, after helmet's hooks (GatewayHttpSetup's
 * onModuleInit), so every file carries the security headers.
 */
@Injectable()
export class ConsoleAssets implements OnApplicationBootstrap {
  private readonly logger = new Logger(ConsoleAssets.name);
  private readonly root = loadConsoleAssetsConfig(process.env).RAPPORT_CONSOLE_DIR;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onApplicationBootstrap(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // serve: false: only reply.sendFile (ranges, ETag, Last-Modified); the routing is below.
    await fastify.register(fastifyStatic, { root: this.root, serve: false });
    if (!(await this.isFile('index.html'))) {
      this.logger.warn(
        `no console build in ${this.root}: run npm run build -w @rapport/console (./rapport up does)`,
      );
    }
    // A callback hook that, once it has sent a file, never calls `done`: the request's life ends
    // there. (An async hook resolves only when the file has been written, and Fastify would then
    // carry on towards the 404 handler, which sends a second time.)
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!request.is404) return done();
      const answer = consoleAnswerFor(request.method, request.url, request.headers.accept);
      if (!answer) return done();
      this.answer(answer, reply).then(
        (sent) => sent || done(),
        (error: Error) => done(error),
      );
    });
  }

  /** Sends the file or page, or says it did not (a missing file stays a 404 problem). */
  private async answer(answer: ConsoleAnswer, reply: FastifyReply): Promise<boolean> {
    if (answer.kind === 'file') {
      if (!(await this.isFile(answer.file))) return false;
      this.send(reply, answer.file, answer.immutable);
      return true;
    }
    if (!(await this.isFile('index.html'))) throw consoleNotBuilt();
    this.send(reply, 'index.html', false);
    return true;
  }

  private send(reply: FastifyReply, file: string, immutable: boolean): FastifyReply {
    // Hashed assets never change under their name; the page must be checked every time so a new
    // build's asset names reach the browser at once.
    if (immutable) return reply.sendFile(file, this.root, { maxAge: A_YEAR_MS, immutable: true });
    void reply.header('cache-control', 'no-cache');
    return reply.sendFile(file, this.root, { cacheControl: false });
  }

  // Checked before sending: a missing file given to sendFile goes back to the not-found handler,
  // which would run this hook again.
  private async isFile(file: string): Promise<boolean> {
    const full = path.join(this.root, file);
    if (!full.startsWith(`${this.root}${path.sep}`)) return false;
    return stat(full).then(
      (found) => found.isFile(),
      () => false,
    );
  }
}

function consoleNotBuilt(): ProblemError {
  return new ProblemError(
    503,
    'console-not-built',
    'Console not built',
    'The console has not been built on this server. Run npm run build -w @rapport/console, or start Rapport with ./rapport up, which builds it.',
  );
}
