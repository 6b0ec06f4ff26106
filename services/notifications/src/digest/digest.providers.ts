import type { Provider } from '@nestjs/common';
import type { Logger } from '@rapport/platform';
import { BrandingStore } from '../branding/branding.store';
import type { DispatcherSettings } from '../delivery/dispatcher';
import { Mailer } from '../delivery/mailer';
import { NotificationStore } from '../delivery/notification.store';
import { InboxStore } from '../inbox/inbox.store';
import { PreferencesStore } from '../preferences/preferences.store';
import { createDigestActivities } from './digest.activities';
import { DigestScheduler, type DigestTemporal } from './digest-scheduler';

/** The digest activities, for the Temporal worker that runs the digest workflows. */
export const DIGEST_ACTIVITIES = Symbol('DIGEST_ACTIVITIES');

export function digestProviders(options: {
  readonly temporal: DigestTemporal | undefined;
  readonly settings: DispatcherSettings;
  readonly clock: () => Date;
  readonly logger: Logger;
}): Provider[] {
  return [
    {
      provide: DigestScheduler,
      useFactory: () => new DigestScheduler(options.temporal, options.logger),
    },
    {
      provide: DIGEST_ACTIVITIES,
      inject: [NotificationStore, InboxStore, PreferencesStore, BrandingStore, Mailer],
      useFactory: (
        notifications: NotificationStore,
        inbox: InboxStore,
        preferences: PreferencesStore,
        branding: BrandingStore,
        mailer: Mailer,
      ) =>
        createDigestActivities({
          notifications,
          inbox,
          preferences,
          branding,
          mailer,
          clock: options.clock,
          logger: options.logger,
          settings: options.settings,
        }),
    },
  ];
}
