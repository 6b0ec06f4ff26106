import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import { PeopleDirectory } from '../people/people-directory';
import { refusalOf } from './route-access';
import { type MatchedRoute, matchRoute } from './route-matcher';

/**
 * The gateway's check before forwarding: the route must be declared (ROUTE_RULES), and the
 * caller's role (or a partner's scope) and, on a member's route, their relation to that member
 * must admit the call. Answers 404 for an undeclared route (and for a partner, a member its
 * institution does not have) and 403 naming what is missing.
 */
@Injectable()
export class RouteAuthorizer {
  constructor(private readonly people: PeopleDirectory) {}

  async authorize(caller: Caller, method: string, servicePath: string): Promise<void> {
    const route = declaredRoute(method, servicePath);
    // Only a coach's call on a member's route depends on assignments: nobody else pays the read.
    const assigned =
      caller.role === 'coach' && route.params['memberId'] !== undefined
        ? await this.people.assignedMembers(caller.tenantId, caller.actorId)
        : [];
    const refusal = refusalOf(caller, route, assigned);
    if (refusal) throw refusal;
    const memberId = route.params['memberId'];
    // A partner's scope opens its institution's members, so the member must be one: else another
    // institution's member id would be answered from the partner's own (an empty list, a 200).
    if (caller.role === 'partner' && memberId !== undefined) {
      const member = await this.people.find(caller.tenantId, memberId);
      if (member?.role !== 'member' || member.status === 'removed') {
        throw new NotFoundProblem(`No member ${memberId} in your institution`);
      }
    }
  }

  /**
   * `authorize` without waiting, for the callers whose check reads nothing (neither a coach, whose
   * assigned members are read, nor a partner, whose member is): true when it passed, and a
   * refusal throws as there; false for a coach or partner, whom `authorize` must check.
   */
  authorizeWithoutReads(caller: Caller, method: string, servicePath: string): boolean {
    if (caller.role === 'coach' || caller.role === 'partner') return false;
    const refusal = refusalOf(caller, declaredRoute(method, servicePath), []);
    if (refusal) throw refusal;
    return true;
  }
}

/** The declared rule for the call; a 404 for an undeclared route. */
function declaredRoute(method: string, servicePath: string): MatchedRoute {
  const queryAt = servicePath.indexOf('?');
  const path = queryAt === -1 ? servicePath : servicePath.slice(0, queryAt);
  const route = matchRoute(method, path);
  if (!route) throw new NotFoundProblem(`No API route ${method} /v1${path}`);
  return route;
}
