/** Bounded contexts that publish integration events; each owns one Kafka topic. */
export const BOUNDED_CONTEXTS = [
  'contacts',
  'outreach',
  'interviews',
  'notifications',
  'relationship',
  'eventstore',
  'institutions',
  'exploration',
] as const;

export type BoundedContext = (typeof BOUNDED_CONTEXTS)[number];

/**
 * The topic of a context. It carries the contract version, so a breaking change ships on a new
 * topic (`…v2`) beside the old one instead of surprising consumers that still read v1.
 */
export function topicFor(context: BoundedContext): string {
  return `rapport.${context}.v1`;
}

/** Where consumers park messages they gave up on, as `rapport.envelope.v1.DeadLetter`. */
export const DEAD_LETTER_TOPIC = 'rapport.dlq.v1';
