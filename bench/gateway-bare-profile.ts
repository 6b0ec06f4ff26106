import Fastify from 'fastify';
import { MongoClient } from 'mongodb';
import { serverAddresses } from '@rapport/platform';
import { ProblemError, verifyInternalToken } from '@rapport/platform/http';
import { GetMemberProfileHandler } from '../services/outreach/src/member-profile/get-member-profile.handler';
import { GetMemberProfileQuery } from '../services/outreach/src/member-profile/get-member-profile.query';
import { MemberProfiles } from '../services/outreach/src/member-profile/member-profiles';

/**
 * Outreach's `GET /members/:memberId/profile` handler on a bare Fastify app: the same query
 * handler and store over the same database, behind the same internal-token verification, with
 * none of Nest (router, guard, pipes, filter) and none of the platform's hooks. The gateway
 * bench's "bare Fastify" baseline, started as a process of its own so its CPU can be read apart.
 *
 *   PORT=… RAPPORT_OUTREACH_DB=… RAPPORT_INTERNAL_JWT_PUBLIC_KEY=… node -r @swc-node/register bench/gateway-bare-profile.ts
 */
async function main(): Promise<void> {
  const publicKey = required('RAPPORT_INTERNAL_JWT_PUBLIC_KEY');
  const mongo = await MongoClient.connect(serverAddresses().mongoUrl);
  const handler = new GetMemberProfileHandler(
    new MemberProfiles(mongo.db(required('RAPPORT_OUTREACH_DB'))),
  );
  const app = Fastify();
  app.get('/health', (_request, reply) => reply.send({ status: 'ok' }));
  app.get<{ Params: { memberId: string } }>(
    '/members/:memberId/profile',
    async (request, reply) => {
      try {
        const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
        const ctx = await verifyInternalToken(token, publicKey, 'outreach');
        return await handler.execute(new GetMemberProfileQuery(ctx, request.params.memberId));
      } catch (error) {
        const status = error instanceof ProblemError ? error.status : 500;
        return reply.status(status).type('application/problem+json').send({ status });
      }
    },
  );
  await app.listen({ port: Number(required('PORT')), host: '127.0.0.1' });
  process.once('SIGTERM', () => {
    void app.close().then(() => mongo.close());
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
