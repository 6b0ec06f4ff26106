import type { ContactState } from '../domain/contact.state';

/** A contact as the API shows it, from its folded stream. */
export function contactView(state: ContactState, version: number) {
  switch (state.status) {
    case 'absent':
      return undefined;
    case 'erased':
      return { contactId: state.contactId, memberId: state.memberId, status: 'erased', version };
    case 'active':
    case 'archived':
      return {
        contactId: state.contactId,
        memberId: state.memberId,
        status: state.status,
        version,
        ...state.details,
        warmth: state.warmth ?? null,
        source: state.source ?? null,
        tags: state.tags,
        referredBy: state.referredBy ?? null,
        notes: Object.entries(state.notes).map(([noteId, note]) => ({ noteId, ...note })),
        addedAt: state.addedAt,
        ...(state.status === 'archived' ? { archivedAt: state.archivedAt } : {}),
      };
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

export type ContactView = NonNullable<ReturnType<typeof contactView>>;
