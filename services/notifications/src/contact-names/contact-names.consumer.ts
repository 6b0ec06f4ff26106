import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { ContactNames, nameChangeOf } from './contact-names';

/** Names for reminders from the contacts context (group `<prefix>-contact-names`). */
export const contactNames: ConsumerDeclaration<ContactNames> = {
  group: 'contact-names',
  topics: [topicFor('contacts')],
  uses: ContactNames,
  handle: async (names, { envelope, payload }) => {
    const change = nameChangeOf(payload);
    if (!change) return;
    await names.apply(change, {
      tenantId: envelope.tenantId,
      streamId: envelope.streamId,
      version: Number(envelope.streamVersion),
    });
  },
};
