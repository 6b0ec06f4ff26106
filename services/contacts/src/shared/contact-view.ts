import type { ContactState } from '../domain/contact.state';
import { undeliverableNow } from '../domain/email-deliverability';

/** A contact as the API shows it, from its folded stream. */
export function contactView(state: ContactState, version: number) {
  switch (state.status) {
    case 'absent':
      return undefined;
    case 'erased':
      return { contactId: state.contactId, memberId: state.memberId, status: 'erased', version };
    case 'active':
    case 'archived': {
      const emailUndeliverable = undeliverableNow(state.details.email, state.emailUndeliverable);
      return {
        contactId: state.contactId,
        memberId: state.memberId,
        status: state.status,
        version,
        ...state.details,
        ...(emailUndeliverable ? { emailUndeliverable } : {}),
        warmth: state.warmth ?? null,
        source: state.source ?? null,
        tags: state.tags,
        referredBy: state.referredBy ?? null,
        notes: Object.entries(state.notes).map(([noteId, note]) => ({ noteId, ...note })),
        addedAt: state.addedAt,
        ...(state.status === 'archived' ? { archivedAt: state.archivedAt } : {}),
      };
    }
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

export type ContactView = NonNullable<ReturnType<typeof contactView>>;
