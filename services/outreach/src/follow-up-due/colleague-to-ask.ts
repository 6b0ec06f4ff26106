import type { ContactDirectory } from '../contact-directory/contact-directory';
import type { ContactDirectoryDocument } from '../contact-directory/contact-directory.projection';
import type { OutreachProjections } from '../projections/outreach-projections';
import { readCards } from '../projections/pipeline-boards';

/**
 * 3B7: while the first person has not answered, ask a second at the same organisation. The
 * suggestion is an active contact there whom the member has not drafted to or asked yet, first in
 * name order so the same firing always suggests the same person. Colleagues come from the
 * member's directory buckets and their cards from the board buckets they live in, all by `_id`.
 */
export async function colleagueToAsk(
  directory: ContactDirectory,
  projections: OutreachProjections,
  contact: ContactDirectoryDocument | undefined,
): Promise<ContactDirectoryDocument | undefined> {
  if (!contact?.organisationKey) return undefined;
  const { tenantId, memberId } = contact;
  const colleagues = (
    await directory.atOrganisation(tenantId, memberId, contact.organisationKey)
  ).filter((colleague) => colleague.contactId !== contact.contactId);
  if (colleagues.length === 0) return undefined;
  const asked = await readCards(
    await projections.cards(),
    tenantId,
    memberId,
    colleagues.map((c) => c.contactId),
  );
  return colleagues.find((colleague) => !asked.has(colleague.contactId));
}
