import type { TargetListState } from '../domain/target-list';
import type { MemberActivityDocument } from './member-activity.projection';
import { organisationActivity } from './next-person';

/** The ranked list as the member reads it: each target with its counts and the next person to ask. */
export function targetOrganisationsView(
  state: TargetListState,
  version: number,
  activity: MemberActivityDocument | null,
  now: Date,
  timeZone: string,
) {
  return {
    version,
    targets: state.targets.map((target, index) => ({
      rank: index + 1,
      ...target,
      ...organisationActivity(target.name, activity, now, timeZone),
    })),
  };
}
