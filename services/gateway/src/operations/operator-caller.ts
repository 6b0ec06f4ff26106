import type { FastifyRequest } from 'fastify';
import { ForbiddenProblem } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import type { CallerResolver } from '../callers/caller-resolver';

/**
 * The caller, when an operator: the operations routes span every institution, so an admin of
 * any one of them (or anyone else) is refused before anything is read.
 */
export async function operatorCaller(
  callers: CallerResolver,
  request: FastifyRequest,
): Promise<Caller> {
  const caller = await callers.resolve(request);
  if (caller.role !== 'operator') {
    throw new ForbiddenProblem('The platform’s operations are for operators');
  }
  return caller;
}
