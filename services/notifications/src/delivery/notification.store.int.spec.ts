import type { Db } from 'mongodb';
import { isolateSuite } from '@rapport/testing';
import { type NewNotification, NotificationStore } from './notification.store';

const at = (minute: number) => new Date(Date.parse('2026-03-01T09:00:00Z') + minute * 60_000);

const notification = (
  dedupeKey: string,
  minute: number,
  extra: Partial<NewNotification> = {},
): NewNotification => ({
  tenantId: 'uni-a',
  dedupeKey,
  kind: 'follow-up-due',
  audience: 'member',
  memberId: 'member-ada',
  createdAt: at(minute),
  ...extra,
});

describe('the delivery log by member', () => {
  const suite = isolateSuite('notifications-store');
  let db: Db;
  let store: NotificationStore;

  beforeAll(async () => {
    db = await suite.db();
    store = new NotificationStore(db);
    await store.claim(notification('k.1', 1));
    await store.claim(notification('k.2', 2, { contactId: 'c-grace', audience: 'contact' }));
    await store.claim(notification('k.3', 3));
    await store.claim(notification('k.1', 1)); // a redelivery
    await store.claim(notification('k.4', 4, { memberId: 'member-bob' }));
    await store.claim({ ...notification('k.5', 5), tenantId: 'uni-b' });
  });
  afterAll(() => suite.cleanup());

  it("lists a member's own notifications newest first, once each, and nobody else's", async () => {
    const ids = async (tenantId: string, memberId: string, limit = 10) =>
      (await store.ofMember(tenantId, memberId, limit)).map((doc) => doc._id);
    expect(await ids('uni-a', 'member-ada')).toEqual(['uni-a:k.3', 'uni-a:k.2', 'uni-a:k.1']);
    expect(await ids('uni-a', 'member-ada', 2)).toEqual(['uni-a:k.3', 'uni-a:k.2']);
    expect(await ids('uni-a', 'member-bob')).toEqual(['uni-a:k.4']);
    expect(await ids('uni-b', 'member-ada')).toEqual(['uni-b:k.5']);
  });

  it('keeps the held set in step with the email status, and settles only what is still held', async () => {
    await store.recordEmail('uni-a:k.1', { status: 'held' });
    await store.recordEmail('uni-a:k.3', { status: 'held' });
    await store.recordEmail('uni-a:k.3', { status: 'held' });
    expect((await store.heldOf('uni-a', 'member-ada')).map((d) => d._id).sort()).toEqual([
      'uni-a:k.1',
      'uni-a:k.3',
    ]);
    await store.recordEmail('uni-a:k.3', { status: 'sent' });
    await store.settleHeld(['uni-a:k.1', 'uni-a:k.3'], 'skipped', 'in the digest');
    expect(await store.heldOf('uni-a', 'member-ada')).toEqual([]);
    expect((await store.byId('uni-a:k.1'))?.email).toMatchObject({
      status: 'skipped',
      reason: 'in the digest',
    });
    expect((await store.byId('uni-a:k.3'))?.email.status).toBe('sent');
  });

  it("forgets an erased contact's address in that member's log only", async () => {
    await store.recordEmail('uni-a:k.2', { status: 'sent', to: 'grace@navy.example' });
    expect(await store.forgetAddressesOf('uni-a', 'member-bob', 'c-grace')).toBe(0);
    expect(await store.forgetAddressesOf('uni-a', 'member-ada', 'c-grace')).toBe(1);
    expect((await store.byId('uni-a:k.2'))?.email.to).toBeUndefined();
    expect(await store.forgetAddressesOf('uni-a', 'member-ada', 'c-grace')).toBe(0);
  });

  it('rebuilds the members’ logs into the same documents, twice alike', async () => {
    await store.recordEmail('uni-a:k.3', { status: 'held' });
    const logs = db.collection('notification_members');
    // An empty held set and none at all mean the same.
    const all = async () =>
      (await logs.find({}, { sort: { _id: 1 } }).toArray()).map((doc) => ({
        ...doc,
        held: (doc['held'] as string[] | undefined) ?? [],
      }));
    const before = await all();
    expect(before).toHaveLength(3);
    await logs.deleteMany({});
    expect(await store.rebuildMemberLogs()).toBe(3);
    expect(await all()).toEqual(before);
    await store.rebuildMemberLogs();
    expect(await all()).toEqual(before);
  });
});
