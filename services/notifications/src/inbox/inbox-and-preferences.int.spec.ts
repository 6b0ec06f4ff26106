import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { InboxStore } from './inbox.store';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bob: Caller = { id: 'member-bob', role: 'member' };
const coach: Caller = { id: 'coach-1', role: 'coach', assignedMemberIds: ['member-ada'] };
const otherCoach: Caller = { id: 'coach-2', role: 'coach', assignedMemberIds: ['member-bob'] };
const adaElsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };

interface InboxPage {
  items: Array<{ id: string; title: string; read: boolean }>;
  unread: number;
  nextBefore?: string;
}

describe('the inbox and preferences belong to their member', () => {
  const suite = isolateSuite('notifications-inbox');
  let service: NotificationsTestApp;
  const inbox = '/members/member-ada/inbox';
  const prefs = '/members/member-ada/notification-preferences';

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    const store = new InboxStore(service.db);
    for (let i = 1; i <= 3; i += 1) {
      await store.add({
        _id: `uni-a:item-${i}`,
        tenantId: 'uni-a',
        memberId: 'member-ada',
        kind: 'keep-in-touch-due',
        title: `Item ${i}`,
        body: 'Time to get back in touch.',
        actionUrl: 'https://console.rapport.test/x',
        createdAt: new Date(Date.parse('2026-03-01T09:00:00Z') + i * 60_000),
        readAt: null,
      });
    }
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('lists newest first with the unread count, pages, and marks read', async () => {
    const first = await service.as(ada).send('GET', `${inbox}?limit=2`);
    expect(first.status).toBe(200);
    const page = first.json<InboxPage>();
    expect(page.items.map((i) => i.title)).toEqual(['Item 3', 'Item 2']);
    expect(page.unread).toBe(3);
    const rest = await service
      .as(ada)
      .send('GET', `${inbox}?limit=2&before=${encodeURIComponent(page.nextBefore!)}`);
    expect(rest.json<InboxPage>().items.map((i) => i.title)).toEqual(['Item 1']);

    const marked = await service.as(ada).send('POST', `${inbox}/uni-a:item-2/read`);
    expect(marked.status).toBe(200);
    expect(marked.json<{ unread: number }>().unread).toBe(2);
    const unreadOnly = await service.as(ada).send('GET', `${inbox}?unread=true`);
    expect(unreadOnly.json<InboxPage>().items.map((i) => i.title)).toEqual(['Item 3', 'Item 1']);
    expect((await service.as(ada).send('POST', `${inbox}/uni-a:nope/read`)).status).toBe(404);
    const all = await service.as(ada).send('POST', `${inbox}/read-all`);
    expect(all.json<{ marked: number }>().marked).toBe(2);
    const count = await service.as(ada).send('GET', `${inbox}/unread-count`);
    expect(count.json<{ unread: number }>().unread).toBe(0);
  });

  it('counts an item added twice once, and keeps one arriving after read-all unread', async () => {
    const store = new InboxStore(service.db);
    const item = {
      _id: 'uni-a:twice.item',
      tenantId: 'uni-a',
      memberId: 'member-cy',
      kind: 'keep-in-touch-due' as const,
      title: 'Twice',
      body: 'Delivered twice.',
      actionUrl: 'https://console.rapport.test/x',
      createdAt: new Date('2026-03-02T09:00:00Z'),
      readAt: null,
    };
    await store.add(item);
    await store.add(item);
    expect(await store.unreadCount('uni-a', 'member-cy')).toBe(1);
    expect(await store.markAllRead('uni-a', 'member-cy', new Date())).toBe(1);
    // Read-all again, and the redelivered item: nothing changes.
    expect(await store.markAllRead('uni-a', 'member-cy', new Date())).toBe(0);
    await store.add(item);
    expect(await store.unreadCount('uni-a', 'member-cy')).toBe(0);
    await store.add({ ...item, _id: 'uni-a:later', createdAt: new Date('2026-03-03T09:00:00Z') });
    const listed = await store.list('uni-a', 'member-cy', { unreadOnly: false, limit: 10 });
    expect(listed.map((i) => [i._id, i.readAt === null])).toEqual([
      ['uni-a:later', true],
      ['uni-a:twice.item', false],
    ]);
    expect(await store.unreadCount('uni-a', 'member-cy')).toBe(1);
  });

  it('lets nobody else read or change it; a coach reads an assigned member only', async () => {
    expect((await service.as(bob).send('GET', inbox)).status).toBe(403);
    expect((await service.as(bob).send('POST', `${inbox}/uni-a:item-1/read`)).status).toBe(403);
    expect((await service.as(coach).send('GET', inbox)).status).toBe(200);
    expect((await service.as(coach).send('POST', `${inbox}/read-all`)).status).toBe(403);
    expect((await service.as(otherCoach).send('GET', inbox)).status).toBe(403);
    // The same member id in another institution sees nothing of this one.
    const elsewhere = await service.as(adaElsewhere).send('GET', inbox);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.json<InboxPage>().items).toEqual([]);
    expect((await service.as(adaElsewhere).send('POST', `${inbox}/uni-a:item-1/read`)).status).toBe(
      404,
    );
  });

  it('keeps preferences with defaults, versioned changes and clear errors', async () => {
    const initial = await service.as(ada).send('GET', prefs);
    expect(initial.status).toBe(200);
    expect(initial.json()).toMatchObject({ timeZone: 'UTC', version: 0, email: null });

    const saved = await service.as(ada).send('PUT', prefs, {
      json: { timeZone: 'America/Chicago', digest: { enabled: true, localTime: '06:45' } },
    });
    expect(saved.status).toBe(200);
    expect(saved.headers['etag']).toBe('"1"');
    expect(saved.json()).toMatchObject({
      timeZone: 'America/Chicago',
      digest: { localTime: '06:45' },
      channels: { email: true, inApp: true },
    });

    // Once saved, a change must say which version it was made on.
    expect((await service.as(ada).send('PUT', prefs, { json: { email: null } })).status).toBe(428);
    const stale = await service
      .as(ada)
      .send('PUT', prefs, { json: { email: null }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);

    const bad = await service.as(ada).send('PUT', prefs, {
      json: { timeZone: 'Mars/Olympus', quietHours: { start: '9pm', end: '08:00' } },
      headers: { 'if-match': '"1"' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const pointers = bad
      .json<{ errors: Array<{ pointer: string }> }>()
      .errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/timeZone', '/quietHours/start']));
    const after = await service.as(ada).send('GET', prefs);
    expect(after.json()).toMatchObject({ timeZone: 'America/Chicago', version: 1 });

    expect((await service.as(bob).send('PUT', prefs, { json: { email: null } })).status).toBe(403);
    expect((await service.as(coach).send('GET', prefs)).status).toBe(200);
    expect((await service.as(coach).send('PUT', prefs, { json: { email: null } })).status).toBe(
      403,
    );
    const elsewhere = await service.as(adaElsewhere).send('GET', prefs);
    expect(elsewhere.json()).toMatchObject({ timeZone: 'UTC', version: 0 });
  });

  it('lets only administrators brand the institution’s mail', async () => {
    const admin: Caller = { id: 'admin-1', role: 'admin' };
    const body = { institutionName: 'University of A', accentColour: '#7a1f3d' };
    expect(
      (await service.as(ada).send('PUT', '/institution/branding', { json: body })).status,
    ).toBe(403);
    const bad = await service
      .as(admin)
      .send('PUT', '/institution/branding', { json: { ...body, accentColour: 'red' } });
    expect(bad.status).toBe(400);
    expect(
      (await service.as(admin).send('PUT', '/institution/branding', { json: body })).status,
    ).toBe(200);
    expect((await service.as(ada).send('GET', '/institution/branding')).json()).toEqual(body);
    const other = await service
      .as({ ...admin, tenantId: 'uni-b' })
      .send('GET', '/institution/branding');
    expect(other.json<{ institutionName: string }>().institutionName).toBe('uni-b');
  });
});
