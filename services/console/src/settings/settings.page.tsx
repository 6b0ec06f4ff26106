import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import '../member/member-controls.css';
import './settings.css';
import type { Session } from '../session/session';
import { NotificationPreferencesForm } from './notification-preferences.form';
import { contactsExportHref, fetchPreferences } from './preferences';

/** Settings: notifications, time zone and quiet hours; taking one's data away. */
export function SettingsPage() {
  const session = useOutletContext<Session>();
  const [saved, setSaved] = useState(false);
  const preferences = useQuery({
    queryKey: ['preferences', session.personId],
    queryFn: () => fetchPreferences(session.personId),
  });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      {preferences.isPending && <p role="status">Loading your settings…</p>}
      {preferences.isError && (
        <ProblemPanel error={preferences.error} retry={() => void preferences.refetch()} />
      )}
      {preferences.isSuccess && (
        // Keyed by version: a reload after a conflict starts the form from the saved settings.
        <NotificationPreferencesForm
          key={preferences.data.version}
          session={session}
          preferences={preferences.data}
          saved={saved}
          onSaved={() => setSaved(true)}
        />
      )}
      <section aria-labelledby="export-title" className="export">
        <h2 id="export-title">Export my data</h2>
        <p>
          Your contacts, with their details and tags, as a file you can open elsewhere. Rapport has
          no single export of everything yet (requests, interviews and settings); ask your
          institution’s admin for a full copy.
        </p>
        <p className="export-links">
          <a className="primary-action" href={contactsExportHref(session.personId, 'csv')} download>
            Download contacts (CSV)
          </a>
          <a
            className="primary-action"
            href={contactsExportHref(session.personId, 'vcard')}
            download
          >
            Download contacts (vCard)
          </a>
        </p>
      </section>
    </section>
  );
}
