import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { decodeEnvelope, type EventInit } from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import {
  addContact,
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../testing/contacts-test-app';
import { InterviewReferrals } from './interview-referrals';
import { interviewReferrals } from './interview-referrals.consumer';
import { interviewReferralContactId } from './referral-contact';

const ada: Caller = { id: 'member-ada', role: 'member' };
const TYPE = 'rapport.interviews.v1.InterviewCompleted';

interface ContactBody {
  givenName: string;
  familyName: string;
  email?: string;
  organisation?: string;
  source?: string;
  referredBy?: { contactId: string };
  referralChain: { contactId: string; name: string }[];
  notes?: unknown;
}
interface ListBody {
  items: { contactId: string; givenName: string; familyName: string }[];
}

describe('people referred in a completed interview become contacts, once each', () => {
  const suite = isolateSuite('contacts-interview-referrals');
  const topic = suite.topic('interviews');
  const groupId = `${suite.id}-interview-referrals`;
  let service: ContactsTestApp;
  let spec: ConsumerSpec;
  let lin: string;

  const completed = (
    referrals: EventInit<typeof TYPE>['referrals'],
    interviewId = randomUUID(),
  ): EventInit<typeof TYPE> => ({
    memberId: 'member-ada',
    contactId: lin,
    relationshipId: `member-ada:${lin}`,
    interviewId,
    completedAt: timestampFromDate(new Date('2026-03-04T10:30:00Z')),
    referrals,
  });
  const publish = (event: EventInit<typeof TYPE>, eventId?: string, version = 1n) =>
    spec.publish(topic, TYPE, event, {
      ...(eventId ? { eventId } : {}),
      version,
      streamId: `interview:${event.interviewId ?? ''}`,
      actor: { id: 'member-ada', role: 'member' },
    });
  const contact = async (contactId: string) => {
    const reply = await service.as(ada).send('GET', `/members/member-ada/contacts/${contactId}`);
    return reply.status === 200 ? reply.json<ContactBody>() : undefined;
  };
  const names = async () =>
    (await service.as(ada).send('GET', '/members/member-ada/contacts?limit=100'))
      .json<ListBody>()
      .items.map((i) => `${i.givenName} ${i.familyName}`)
      .sort();
  const idOf = (referralId: string) => interviewReferralContactId('member-ada', referralId);
  /** Every message before the marker has been handled once the marker's contact exists. */
  const passMarker = () =>
    spec.passMarker(
      async () => {
        const referralId = randomUUID();
        await publish(completed([{ referralId, name: `Marker ${referralId.slice(0, 8)}` }]));
        return referralId;
      },
      async (referralId) => (await contact(idOf(referralId))) !== undefined,
    );

  beforeAll(async () => {
    service = await startContactsApp(suite);
    spec = await startConsumerSpec(suite, [topic]);
    await spec.start(
      consumerFrom(interviewReferrals, {
        kafka: suite.kafka(),
        db: service.db,
        dependency: service.app.get(InterviewReferrals),
        logger: createLogger('interview-referrals-test', 'warn'),
        topics: [topic],
        groupId,
      }),
    );
    ({ contactId: lin } = await addContact(service, ada, {
      givenName: 'Lin',
      familyName: 'Chen',
      email: 'lin@firm.example',
    }));
  });
  afterAll(async () => {
    await spec?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('adds each referral referred by the interview’s contact, and a redelivery adds nobody', async () => {
    const sam = randomUUID();
    const kim = randomUUID();
    const event = completed([
      {
        referralId: sam,
        name: 'Sam Ng',
        email: 'sam@rivers.example',
        organisation: 'Rivers Ltd',
        role: 'Hydrologist',
        note: 'runs the field team',
      },
      { referralId: kim, name: 'Kim Park Lee' },
    ]);
    const { eventId } = await publish(event);
    await publish(event, eventId);
    // The same referrals in a later event of the stream: past the consumer's own duplicate
    // check (new event id and version), so only the derived contact ids keep them single.
    await publish(event, undefined, 2n);

    const found = await pollUntil('Sam with the referral chain and the note', async () => {
      const body = await contact(idOf(sam));
      const noted = JSON.stringify(body?.notes ?? []).includes('runs the field team');
      return body?.referralChain.length && noted ? body : undefined;
    });
    expect(found).toMatchObject({
      givenName: 'Sam',
      familyName: 'Ng',
      email: 'sam@rivers.example',
      organisation: 'Rivers Ltd',
      source: 'referral',
      referredBy: { contactId: lin },
      referralChain: [{ contactId: lin, name: 'Lin Chen' }],
    });
    // Kim is added after Sam's note, in the same handling: wait for Kim too rather than race it.
    const kimFound = await pollUntil('Kim referred by Lin', async () => contact(idOf(kim)));
    expect(kimFound).toMatchObject({
      givenName: 'Kim Park',
      familyName: 'Lee',
      referredBy: { contactId: lin },
    });
    await passMarker();
    expect((await names()).filter((n) => !n.startsWith('Marker'))).toEqual([
      'Kim Park Lee',
      'Lin Chen',
      'Sam Ng',
    ]);
  });

  it('does not add someone the member already has, by email or, without one, by name', async () => {
    const { contactId: grace } = await addContact(service, ada, {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
    });
    await addContact(service, ada, { givenName: 'Zoë', familyName: 'O’Brien' });
    const byEmail = randomUUID();
    const byName = randomUUID();
    const twiceA = randomUUID();
    const twiceB = randomUUID();
    await publish(
      completed([
        { referralId: byEmail, name: 'G. Hopper', email: 'GRACE@navy.example' },
        { referralId: byName, name: 'zoe obrien' },
        { referralId: twiceA, name: 'Ravi Shah' },
        { referralId: twiceB, name: 'Ravi  Shah' },
      ]),
    );
    await passMarker();
    expect(await contact(idOf(byEmail))).toBeUndefined();
    expect(await contact(idOf(byName))).toBeUndefined();
    expect(await contact(idOf(twiceA))).toMatchObject({ givenName: 'Ravi' });
    expect(await contact(idOf(twiceB))).toBeUndefined();
    expect((await contact(grace))?.referredBy ?? null).toBeNull();
  });

  it('adds the valid referrals and parks the event with the reason for an invalid one', async () => {
    const good = randomUUID();
    const { eventId } = await publish(
      completed([
        { referralId: randomUUID(), name: 'Bad Address', email: 'not-an-email' },
        { referralId: good, name: 'Ana Lima' },
      ]),
    );
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const letter = await pollUntil(
      'the dead letter',
      async () =>
        (await dlq.list({ group: groupId })).find(
          (l) => decodeEnvelope(l.letter.value).eventId === eventId,
        ),
      { timeoutMs: 45_000 },
    );
    expect(letter.letter.errorDetail).toContain('must be an email address');
    expect(await contact(idOf(good))).toMatchObject({ givenName: 'Ana', familyName: 'Lima' });
  });

  it('keeps referrals in the tenant of the event', async () => {
    const other = randomUUID();
    await spec.publish(topic, TYPE, completed([{ referralId: other, name: 'Other Tenant' }]), {
      tenantId: 'uni-b',
    });
    await passMarker();
    expect(await contact(idOf(other))).toBeUndefined();
  });
});
