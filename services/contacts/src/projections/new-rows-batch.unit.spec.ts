import type { ContactEvent } from '../domain/contact.events';
import type { ContactEventAt } from './contact-event-at';
import { contactListProjection } from './contact-list.projection';
import { projectNewRows } from './new-rows-batch';
import { referralGraphProjection } from './referral-graph.projection';

const occurredAt = new Date('2026-03-01T09:00:00Z');

function at(contactId: string, version: number, event: ContactEvent): ContactEventAt {
  return { tenantId: 'uni-a', streamId: `member-ada:${contactId}`, version, occurredAt, event };
}

const added = (contactId: string): ContactEvent => ({
  type: 'ContactAdded',
  data: {
    memberId: 'member-ada',
    contactId,
    details: { givenName: 'Ada', familyName: 'Lovelace', email: `${contactId}@example.org` },
    tags: [],
    origin: { via: 'import', importId: 'imp-1', row: 5 },
    addedAt: occurredAt.toISOString(),
  },
});

describe('projectNewRows (an import projecting its rows ahead of the writes)', () => {
  const projections = [contactListProjection, referralGraphProjection];

  it('projects each first event with every read model, exactly as the read models do', () => {
    const first = at('c-1', 1, added('c-1'));
    const second = at('c-2', 1, added('c-2'));
    const projected = projectNewRows(projections, [first, second]);

    expect([...projected.keys()]).toEqual([first, second]);
    for (const event of [first, second]) {
      const changes = projected.get(event);
      expect([...(changes?.keys() ?? [])]).toEqual(['contact_list', 'referral_graph']);
      expect(changes?.get('contact_list')).toEqual(contactListProjection.project(event));
      expect(changes?.get('referral_graph')).toEqual(referralGraphProjection.project(event));
    }
  });

  it('leaves later events out: they take the guarded path, projected when applied', () => {
    const later = at('c-1', 2, {
      type: 'ContactArchived',
      data: { memberId: 'member-ada', contactId: 'c-1', at: occurredAt.toISOString() },
    });
    expect(projectNewRows(projections, [later]).size).toBe(0);
  });
});
