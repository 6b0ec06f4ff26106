import type { ConsumerDeclaration } from '@rapport/service-skeleton';
import { InstitutionTallies } from './institution-tallies.store';

/** The group's name after the service's prefix (`<prefix>-institution-tallies`). */
export const INSTITUTION_TALLIES_GROUP = 'institution-tallies';

/**
 * Counts goals by status and decision and conversations by fit per institution, from the
 * exploration topic (group `<prefix>-institution-tallies`), for the admins' aggregate view.
 */
export const institutionTalliesConsumer = (
  topic: string,
): ConsumerDeclaration<InstitutionTallies> => ({
  group: INSTITUTION_TALLIES_GROUP,
  topics: [topic],
  uses: InstitutionTallies,
  handle: async (tallies, event) => {
    await tallies.apply(event);
  },
});
