import type { Caller } from '../callers/caller';
import { refusalOf } from './route-access';
import { matchRoute } from './route-matcher';
import { ROUTE_RULES } from './route-rules';

const caller = (role: Caller['role'], actorId: string, scopes: string[] = []): Caller => ({
  tenantId: 't-1',
  actorId,
  role,
  scopes,
  via: 'bearer',
});

const decide = (who: Caller, method: string, path: string, assigned: string[] = []) => {
  const route = matchRoute(method, path);
  if (!route) throw new Error(`no rule for ${method} ${path}`);
  const refusal = refusalOf(who, route, assigned);
  return refusal ? `403 ${refusal.detail}` : 'allowed';
};

describe('matching a request to its declared rule', () => {
  it('prefers a literal segment over a parameter and decodes parameters', () => {
    expect(matchRoute('GET', '/members/ada/contacts/export')?.template).toBe(
      'GET /members/{memberId}/contacts/export',
    );
    expect(matchRoute('GET', '/members/ada/contacts/c-1')?.template).toBe(
      'GET /members/{memberId}/contacts/{contactId}',
    );
    expect(
      matchRoute('PUT', '/members/ada/contacts/c-1/tags/skill/machine%20learning')?.params,
    ).toEqual({ memberId: 'ada', contactId: 'c-1', kind: 'skill', value: 'machine learning' });
  });

  it('answers HEAD as GET and knows no undeclared method or path', () => {
    expect(matchRoute('HEAD', '/members/ada/pipeline')?.template).toBe(
      'GET /members/{memberId}/pipeline',
    );
    expect(matchRoute('DELETE', '/members/ada/pipeline')).toBeUndefined();
    expect(matchRoute('GET', '/members/ada/secrets')).toBeUndefined();
  });

  it('finds every declared rule from a path of its shape, and none for a method it lacks', () => {
    for (const template of Object.keys(ROUTE_RULES)) {
      const [method = '', path = ''] = template.split(' ');
      const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => `x-${name}`);
      // No literal segment is spelt `x-…`, so the rule itself must be the one found.
      expect(matchRoute(method, filled)?.template).toBe(template);
      expect(matchRoute('TRACE', filled)).toBeUndefined();
    }
  });

  it('declares every rule with a method, a path and only known roles', () => {
    for (const [template, rule] of Object.entries(ROUTE_RULES)) {
      expect(template).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9{}/._-]+$/);
      expect(rule.roles.every((r) => ['member', 'coach', 'admin', 'operator'].includes(r))).toBe(
        true,
      );
    }
  });
});

describe('who may call a route', () => {
  it('lets a member reach their own data only', () => {
    expect(decide(caller('member', 'ada'), 'POST', '/members/ada/contacts')).toBe('allowed');
    expect(decide(caller('member', 'ben'), 'GET', '/members/ada/contacts')).toBe(
      '403 You may only reach your own data',
    );
  });

  it('lets a coach read an assigned member’s data and change nothing', () => {
    const cora = caller('coach', 'cora');
    expect(decide(cora, 'GET', '/members/ada/contacts', ['ada'])).toBe('allowed');
    expect(decide(cora, 'GET', '/members/ben/contacts', ['ada'])).toBe(
      '403 Member ben is not assigned to you',
    );
    expect(decide(cora, 'POST', '/members/ada/contacts', ['ada'])).toBe(
      '403 This call needs the role member; you are coach',
    );
  });

  it('keeps operators to operational data and admins to their institution’s routes', () => {
    expect(decide(caller('operator', 'olga'), 'GET', '/deliveries')).toBe('allowed');
    expect(decide(caller('operator', 'olga'), 'GET', '/members/ada/contacts')).toBe(
      '403 This call needs the role member or coach; you are operator',
    );
    expect(decide(caller('admin', 'dev'), 'PUT', '/institution/branding')).toBe('allowed');
    expect(decide(caller('admin', 'dev'), 'GET', '/members/ada/inbox')).toMatch(/^403 /);
  });

  it('lets a partner in by the scope the route names, and never where none opens it', () => {
    const reader = caller('partner', 'pc_1', ['contacts:read']);
    expect(decide(reader, 'GET', '/members/ada/contacts')).toBe('allowed');
    expect(decide(reader, 'POST', '/members/ada/contacts')).toBe(
      '403 This call needs the scope contacts:write',
    );
    expect(
      decide(caller('partner', 'pc_2', ['relationships:write']), 'GET', '/members/ada/inbox'),
    ).toBe('403 Partner apps may not call GET /members/{memberId}/inbox');
  });

  it('lets nobody from outside raise a follow-up the workflow raises', () => {
    expect(decide(caller('member', 'ada'), 'POST', '/members/ada/outreach/c-1/follow-up-due')).toBe(
      '403 Nobody may call POST /members/{memberId}/outreach/{contactId}/follow-up-due through the API',
    );
  });
});
