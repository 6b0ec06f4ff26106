import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { directoryChangeOf } from './contact-directory-change';
import { ContactDirectory } from './contact-directory';

/**
 * Keeps the contact directory in step with the contacts context (group
 * `<prefix>-contact-directory`); events that change no directory entry are passed over.
 */
export const contactDirectory: ConsumerDeclaration<ContactDirectory> = {
  group: 'contact-directory',
  topics: [topicFor('contacts')],
  uses: ContactDirectory,
  handle: async (directory, { envelope, payload }) => {
    const change = directoryChangeOf(payload);
    if (!change) return;
    await directory.apply({
      tenantId: envelope.tenantId,
      streamId: envelope.streamId,
      version: Number(envelope.streamVersion),
      change,
    });
  },
};
