import { DEFAULT_TENANT, signInHref } from './session';

/**
 * The way in: a plain link (not a fetch), because the browser itself must travel to the identity
 * provider and back through the gateway's code flow.
 */
export function SignInPage({ returnTo }: { returnTo: string }) {
  return (
    <main id="main" className="sign-in">
      <h1>Rapport</h1>
      <p>Plan informational interviews, follow up on time and keep in touch for years.</p>
      <a className="primary-action" href={signInHref(DEFAULT_TENANT, returnTo)}>
        Sign in with your institution
      </a>
    </main>
  );
}
