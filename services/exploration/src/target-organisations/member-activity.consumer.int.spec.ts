import { isolateSuite, pollUntil, startConsumerSpec, type ConsumerSpec } from '@rapport/testing';
import { generateInternalKeyPair } from '@rapport/platform/http';
import { runEventSourcedService, type RunningService } from '@rapport/service-skeleton';
import { explorationService } from '../exploration.service';
import { MemberActivity } from './member-activity';

/**
 * The service started as main starts it (its consumer declared in its options) hears the four
 * topics through Kafka: a contact, a request, the workflow's 3B7 item and a conversation reach the
 * member's activity.
 */
describe('the member-activity consumer', () => {
  const suite = isolateSuite('exploration-activity');
  const topics = {
    contacts: suite.topic('contacts'),
    outreach: suite.topic('outreach'),
    interviews: suite.topic('interviews'),
    relationship: suite.topic('relationship'),
  };
  let spec: ConsumerSpec;
  let running: RunningService;

  beforeAll(async () => {
    spec = await startConsumerSpec(suite, Object.values(topics));
    const keys = await generateInternalKeyPair();
    const options = explorationService({
      PORT: '0',
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
      RAPPORT_EXPLORATION_DB: suite.dbName,
      RAPPORT_EXPLORATION_CONTACTS_TOPIC: topics.contacts,
      RAPPORT_EXPLORATION_OUTREACH_TOPIC: topics.outreach,
      RAPPORT_EXPLORATION_INTERVIEWS_TOPIC: topics.interviews,
      RAPPORT_EXPLORATION_RELATIONSHIP_TOPIC: topics.relationship,
    });
    running = await runEventSourcedService({ ...options, groupPrefix: suite.id });
  });
  afterAll(async () => {
    await running?.stop();
    await spec?.close();
    await suite.cleanup();
  });

  it('keeps contacts, requests, 3B7 items and conversations per member from the topics', async () => {
    const memberId = 'm-kafka';
    const relationshipId = `${memberId}:c-ho`;
    await spec.publish(topics.contacts, 'rapport.contacts.v1.ContactAdded', {
      memberId,
      contactId: 'c-ho',
      givenName: 'Lin',
      familyName: 'Ho',
      organisation: 'Acme Analytics',
    });
    await spec.publish(topics.outreach, 'rapport.outreach.v1.OutreachSent', {
      memberId,
      contactId: 'c-ho',
      relationshipId,
      channel: 2,
    });
    await spec.publish(topics.relationship, 'rapport.relationship.v1.SecondContactSuggested', {
      memberId,
      contactId: 'c-ho',
      relationshipId,
      idempotencyKey: `rel:uni-a:${relationshipId}:second-contact`,
    });
    await spec.publish(topics.interviews, 'rapport.interviews.v1.InterviewCompleted', {
      memberId,
      contactId: 'c-ho',
      relationshipId,
    });
    const activity = running.app.get(MemberActivity);
    const document = await pollUntil(
      'the four events in the member’s activity',
      async () => {
        const found = await activity.read('uni-a', memberId);
        return found?.contacts?.['c-ho'] &&
          found.requests?.['c-ho'] &&
          found.secondContactDue?.['c-ho'] &&
          found.conversations?.['c-ho']
          ? found
          : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(document.contacts?.['c-ho']).toEqual({ name: 'Lin Ho', organisation: 'Acme Analytics' });
    expect(document.requests?.['c-ho']?.channel).toBe('phone');
  });
});
