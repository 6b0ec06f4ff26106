import { Button } from 'react-aria-components';
import type { PartnerApp } from './partner-apps';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (at: string | undefined) => (at ? day.format(new Date(at)) : undefined);

/** What has happened to an app, in words: registered, last rotated, revoked. */
export function historyOf(app: PartnerApp): string {
  const parts = [
    app.createdAt ? `registered ${when(app.createdAt)}` : 'registered before dates were kept',
    ...(app.rotatedAt ? [`secret rotated ${when(app.rotatedAt)}`] : []),
    ...(app.revokedAt ? [`revoked ${when(app.revokedAt)}`] : []),
  ];
  return parts.join(' · ');
}

/**
 * The institution's apps, newest first, each with its scopes and history; an active one offers
 * its webhooks, a new secret and revocation (each button names its app, for screen readers and
 * for a list of many). A revoked app is kept in the list as a record, with no actions.
 */
export function PartnerAppList({
  apps,
  open,
  busy,
  onOpen,
  onRotate,
  onRevoke,
}: {
  apps: readonly PartnerApp[];
  open: string | undefined;
  busy: boolean;
  onOpen: (app: PartnerApp) => void;
  onRotate: (app: PartnerApp) => void;
  onRevoke: (app: PartnerApp) => void;
}) {
  return (
    <ul className="plain-list" aria-label="Partner apps">
      {apps.map((app) => (
        <li key={app.clientId} aria-label={app.name}>
          <span>
            <strong>{app.name}</strong> ({app.clientId}) ·{' '}
            <span className={app.status === 'revoked' ? 'state-revoked' : 'state-active'}>
              {app.status === 'revoked' ? 'Revoked' : 'Active'}
            </span>
            <br />
            Scopes: {app.scopes.join(', ')}
            <br />
            <small>{historyOf(app)}</small>
          </span>
          {app.status === 'active' && (
            <span className="row-actions">
              <Button
                aria-label={`Webhooks of ${app.name}`}
                aria-pressed={open === app.clientId}
                onPress={() => onOpen(app)}
              >
                Webhooks
              </Button>
              <Button
                aria-label={`Rotate secret of ${app.name}`}
                isDisabled={busy}
                onPress={() => onRotate(app)}
              >
                Rotate secret
              </Button>
              <Button
                aria-label={`Revoke ${app.name}`}
                isDisabled={busy}
                onPress={() => onRevoke(app)}
              >
                Revoke
              </Button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
