import { fetchContacts, contactName } from '../network/contacts';
import { fetchBoard } from '../pipeline/pipeline';
import { fetchInterviews, whenLabel } from '../interview/interviews';
import type { Choice } from './choice-select';
import type { ComposeKind } from './compose-targets';

/**
 * Whom each kind can go to: a request to any contact, a follow-up to a contact whose request is
 * waiting for a reply, a thank-you for a completed conversation not yet thanked for.
 */
export async function recipientsFor(memberId: string, kind: ComposeKind): Promise<Choice[]> {
  switch (kind) {
    case 'request': {
      const contacts = await fetchContacts(memberId, { q: '', warmth: 'any' });
      return contacts.items
        .filter((contact) => contact.status === 'active')
        .map((contact) => ({ id: contact.contactId, label: contactName(contact) }));
    }
    case 'follow-up': {
      const board = await fetchBoard(memberId);
      return [...board.columns['follow-up-due'], ...board.columns['awaiting-reply']].map(
        (card) => ({ id: card.contactId, label: card.name ?? 'Contact without a name' }),
      );
    }
    case 'thank-you': {
      const [list, contacts] = await Promise.all([
        fetchInterviews(memberId),
        fetchContacts(memberId, { q: '', warmth: 'any' }),
      ]);
      const names = new Map(contacts.items.map((c) => [c.contactId, contactName(c)]));
      return list.interviews
        .filter((item) => item.status === 'completed' && !item.thankYou)
        .map((item) => ({
          id: item.interviewId,
          label: `${names.get(item.contactId) ?? 'Your contact'}, ${whenLabel(item)}`,
        }));
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}
