import { BOUNDED_CONTEXTS, DEAD_LETTER_TOPIC, topicFor } from './topics';

describe('topics', () => {
  it('names one versioned topic per context', () => {
    expect(topicFor('contacts')).toBe('rapport.contacts.v1');
    expect(topicFor('eventstore')).toBe('rapport.eventstore.v1');
    expect(new Set(BOUNDED_CONTEXTS.map(topicFor)).size).toBe(BOUNDED_CONTEXTS.length);
  });

  it('keeps the dead-letter topic apart from every context topic', () => {
    expect(DEAD_LETTER_TOPIC).toBe('rapport.dlq.v1');
    expect(BOUNDED_CONTEXTS.map(topicFor)).not.toContain(DEAD_LETTER_TOPIC);
  });
});
