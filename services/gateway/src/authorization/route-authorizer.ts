import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import { PeopleDirectory } from '../people/people-directory';
import { refusalOf } from './route-access';
import { matchRoute } from './route-matcher';

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
    const path = servicePath.split('?')[0] ?? '';
    const route = matchRoute(method, path);
    if (!route) throw new NotFoundProblem(`No API route ${method} /v1${path}`);
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
}
