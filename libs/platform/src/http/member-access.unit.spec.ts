import { assertMayChangeMember, assertMayReadMember } from './member-access';
import type { RequestContext, Role } from './request-context';

const ctx = (
  role: Role,
  id: string,
  extra: { scopes?: string[]; assigned?: string[] } = {},
): RequestContext => ({
  tenantId: 'uni-a',
  actor: { id, role },
  scopes: extra.scopes ?? [],
  assignedMemberIds: extra.assigned ?? [],
  correlationId: 'c-1',
});

const refusals = { coach: 'coaches only read', other: 'not yours' };
const read = (c: RequestContext, area?: 'contacts' | 'relationships') => () =>
  assertMayReadMember(c, 'ada', 'contacts', area);
const change = (c: RequestContext, area?: 'contacts' | 'relationships') => () =>
  assertMayChangeMember(c, 'ada', refusals, area);

describe('who may read and change a member’s data', () => {
  it('keeps the member’s own rules: themselves, assigned coaches read-only, nobody else', () => {
    expect(read(ctx('member', 'ada'))).not.toThrow();
    expect(change(ctx('member', 'ada'))).not.toThrow();
    expect(read(ctx('member', 'ben'))).toThrow('you may only see your own contacts');
    expect(read(ctx('coach', 'cora', { assigned: ['ada'] }))).not.toThrow();
    expect(change(ctx('coach', 'cora', { assigned: ['ada'] }))).toThrow('coaches only read');
    expect(read(ctx('coach', 'carl', { assigned: ['ben'] }))).toThrow('not assigned to you');
    expect(read(ctx('admin', 'dev'))).toThrow('you may only see your own contacts');
    expect(change(ctx('operator', 'olga'))).toThrow('not yours');
  });

  it('lets a partner read with the area’s read scope and change with its write scope', () => {
    const reader = ctx('partner', 'pc_1', { scopes: ['contacts:read'] });
    expect(read(reader, 'contacts')).not.toThrow();
    expect(change(reader, 'contacts')).toThrow('partner apps need the scope contacts:write');
    const writer = ctx('partner', 'pc_2', { scopes: ['contacts:write'] });
    expect(change(writer, 'contacts')).not.toThrow();
    expect(read(writer, 'contacts')).toThrow('partner apps need the scope contacts:read');
  });

  it('refuses a partner whose scope names another area, or where a context opens none', () => {
    const other = ctx('partner', 'pc_3', { scopes: ['relationships:read', 'relationships:write'] });
    expect(read(other, 'contacts')).toThrow('partner apps need the scope contacts:read');
    const all = ctx('partner', 'pc_4', { scopes: ['contacts:read', 'contacts:write'] });
    expect(read(all)).toThrow('partner apps may not see contacts');
    expect(change(all)).toThrow('not yours');
  });
});
