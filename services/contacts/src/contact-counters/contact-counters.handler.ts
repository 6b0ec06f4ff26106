import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertCanRead } from '../shared/contact-access';
import { ContactListReader } from '../shared/contact-list.reader';
import { type ContactCounters, ContactCountersQuery } from './contact-counters.query';

interface Group {
  _id: { status: string; warmth: string | null; source: string | null };
  count: number;
}

/**
 * Counted from the list read model in one `$group`, rather than kept as a separate counter
 * document: a counter per member would need each event to carry the values it replaces (to move a
 * contact from warm to cold) and one version guard per contact inside a single document.
 */
@QueryHandler(ContactCountersQuery)
export class ContactCountersHandler implements IQueryHandler<ContactCountersQuery> {
  constructor(@Inject(ContactListReader) private readonly reader: ContactListReader) {}

  async execute({ ctx, memberId }: ContactCountersQuery): Promise<ContactCounters> {
    assertCanRead(ctx, memberId);
    const list = await this.reader.collection();
    const referred = list.countDocuments({
      tenantId: ctx.tenantId,
      memberId,
      status: { $in: ['active', 'archived'] },
      referredBy: { $type: 'string' },
    });
    const groups = await list
      .aggregate<Group>([
        { $match: { tenantId: ctx.tenantId, memberId } },
        {
          $group: {
            _id: {
              status: '$status',
              warmth: '$warmth',
              source: '$source',
            },
            count: { $sum: 1 },
          },
        },
      ])
      .toArray();
    const counters = {
      total: 0,
      active: 0,
      archived: 0,
      erased: 0,
      warm: 0,
      cold: 0,
      unclassified: 0,
      referred: 0,
    };
    const bySource: Record<string, number> = {};
    for (const { _id: key, count } of groups) {
      if (key.status === 'erased') {
        counters.erased += count;
        continue;
      }
      counters.total += count;
      if (key.status === 'active') counters.active += count;
      if (key.status === 'archived') counters.archived += count;
      if (key.warmth === 'warm') counters.warm += count;
      else if (key.warmth === 'cold') counters.cold += count;
      else counters.unclassified += count;
      if (key.source) bySource[key.source] = (bySource[key.source] ?? 0) + count;
    }
    return { ...counters, referred: await referred, bySource };
  }
}
