import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { EventStore, type RecordedEvent } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import { DEFAULT_INSTITUTION_POLICY } from '../domain/institution-policy';
import { type ChangeOrigin, InstitutionsWriter } from '../institutions-writer';
import { InstitutionProjections } from './institution-projections';
import { INSTITUTION_POLICIES, PEOPLE_DIRECTORY, PEOPLE_LIST } from './institution-read-models';

/** The institutions read models applied again (the relay's pass, a retry) and rebuilt from the store. */
describe('the institutions read models', () => {
  const suite = isolateSuite('gateway-institution-projections');
  const origin: ChangeOrigin = {
    tenantId: 'uni-p',
    actor: { id: 'admin-1', role: 'admin' },
    correlationId: 'projections-spec',
  };
  let db: Db;
  let store: EventStore;
  let projections: InstitutionProjections;

  const snapshot = async () => {
    const read = async (name: string) => {
      const collection = await projections.set.active<{ _id: string }>(name);
      // Guards say which versions were applied, not what the screen shows.
      return (await collection.find({}).sort({ _id: 1 }).toArray()).map(
        ({ _applied: _guard, ...rest }: Record<string, unknown>) => rest,
      );
    };
    return {
      directory: await read(PEOPLE_DIRECTORY),
      list: await read(PEOPLE_LIST),
      policies: await read(INSTITUTION_POLICIES),
    };
  };
  const recorded = async () => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  };

  beforeAll(async () => {
    db = await suite.db();
    projections = new InstitutionProjections(db);
    store = new EventStore(db, 'events', () => new Date('2026-05-01T10:00:00Z'), projections);
    const writer = new InstitutionsWriter(store, () => new Date(), randomUUID);
    const enrol = (personId: string, role: 'member' | 'coach', listPosition: number) =>
      writer.person(origin, personId, {
        type: 'EnrolPerson',
        personId,
        email: `${personId}@uni.test`,
        displayName: personId,
        role,
        listPosition,
      });
    await writer.institution(origin, {
      type: 'RegisterInstitution',
      institutionId: 'uni-p',
      name: 'Uni P',
      plan: 'standard',
      policy: DEFAULT_INSTITUTION_POLICY,
      branding: { displayName: 'Uni P', primaryColor: '#000000', logoUrl: '' },
    });
    await enrol('ada', 'member', 0);
    await enrol('ben', 'member', 1);
    await enrol('cora', 'coach', 2);
    for (const memberId of ['ada', 'ben']) {
      await writer.person(origin, 'cora', { type: 'AssignMember', coachId: 'cora', memberId });
    }
    await writer.person(origin, 'cora', {
      type: 'UnassignMember',
      coachId: 'cora',
      memberId: 'ada',
    });
    await writer.person(origin, 'ben', { type: 'ChangeRole', personId: 'ben', role: 'admin' });
  });
  afterAll(async () => {
    await suite.cleanup();
  });

  it('shows what the events say', async () => {
    const { directory, list, policies } = await snapshot();
    expect(directory).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ _id: 'uni-p|cora', assignedMemberIds: ['ben'] }),
        expect.objectContaining({ _id: 'uni-p|ben', role: 'admin', coachIds: ['cora'] }),
        expect.objectContaining({ _id: 'uni-p|ada', coachIds: [] }),
      ]),
    );
    expect(list.map((entry) => entry['_id'])).toEqual([
      'uni-p|000000000',
      'uni-p|000000001',
      'uni-p|000000002',
    ]);
    expect(policies).toEqual([
      { _id: 'uni-p', version: 1, policy: DEFAULT_INSTITUTION_POLICY, urgent: false },
    ]);
  });

  it('changes nothing when the same recorded events are applied again', async () => {
    const before = await snapshot();
    await projections.applyRecorded(await recorded());
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilds the same read models from the event store', async () => {
    const before = await snapshot();
    await projections.set.rebuild(store);
    expect(await snapshot()).toEqual(before);
  });
});
