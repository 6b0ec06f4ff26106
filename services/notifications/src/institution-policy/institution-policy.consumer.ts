import { topicFor } from '@rapport/contracts';
import { type ConsumerDeclaration, PermanentError } from '@rapport/messaging';
import { isClockTime, isTimeZone } from '@rapport/platform/zoned-time';
import { PreferencesStore } from '../preferences/preferences.store';
import { quietWindow } from './institution-defaults';

/**
 * Keeps each institution's time zone and quiet hours from its PolicyChanged events (group
 * `<prefix>-institution-policies`), so members who never chose their own are mailed by the
 * institution's clock. A policy that cannot be used is dead-lettered with the reason.
 */
export const institutionPolicies: ConsumerDeclaration<PreferencesStore> = {
  group: 'institution-policies',
  topics: [topicFor('institutions')],
  uses: PreferencesStore,
  handle: async (preferences, { envelope, payload }) => {
    if (payload.$typeName !== 'rapport.institutions.v1.PolicyChanged') return;
    const { institutionId, version, policy } = payload;
    if (institutionId !== envelope.tenantId)
      throw new PermanentError(
        `PolicyChanged for ${institutionId} arrived in ${envelope.tenantId}`,
      );
    if (!policy?.quietHours || version < 1)
      throw new PermanentError('PolicyChanged needs quiet hours and a version from 1');
    const { timeZone, quietHours } = policy;
    const problems = [
      ...(isTimeZone(timeZone) ? [] : [`timeZone "${timeZone}" is not an IANA time zone`]),
      ...[quietHours.start, quietHours.end]
        .filter((time) => !isClockTime(time))
        .map((time) => `quiet hours "${time}" is not HH:MM`),
    ];
    if (problems.length > 0) throw new PermanentError(`policy ${version}: ${problems.join('; ')}`);
    await preferences.institutions.offer(institutionId, version, {
      timeZone,
      quietHours: quietWindow(quietHours.start, quietHours.end),
    });
  },
};
