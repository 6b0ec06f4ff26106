import { ForbiddenProblem } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import type { MatchedRoute } from './route-matcher';
import type { PersonRole } from './route-rules';

const or = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/**
 * Why the caller may not call the route, as the 403 to answer; undefined when they may. Pure:
 * the coach's assigned members are looked up by the caller of this function.
 */
export function refusalOf(
  caller: Caller,
  route: MatchedRoute,
  assignedMemberIds: readonly string[],
): ForbiddenProblem | undefined {
  const { rule, template } = route;
  if (caller.role === 'partner') {
    if (!rule.partnerScope) {
      return new ForbiddenProblem(`Partner apps may not call ${template}`, {
        requiredRoles: rule.roles,
      });
    }
    if (!caller.scopes.includes(rule.partnerScope)) {
      return new ForbiddenProblem(`This call needs the scope ${rule.partnerScope}`, {
        requiredScope: rule.partnerScope,
      });
    }
    // The token's tenant scopes every query, so a partner reaches members of its own tenant only.
    return undefined;
  }
  if (!rule.roles.includes(caller.role as PersonRole)) {
    return new ForbiddenProblem(
      rule.roles.length === 0
        ? `Nobody may call ${template} through the API`
        : `This call needs the role ${or(rule.roles)}; you are ${caller.role}`,
      { requiredRoles: rule.roles },
    );
  }
  const memberId = route.params['memberId'];
  if (memberId === undefined) return undefined;
  if (caller.role === 'member' && memberId !== caller.actorId) {
    return new ForbiddenProblem('You may only reach your own data');
  }
  if (caller.role === 'coach' && !assignedMemberIds.includes(memberId)) {
    return new ForbiddenProblem(`Member ${memberId} is not assigned to you`);
  }
  return undefined;
}
