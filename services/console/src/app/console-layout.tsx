import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button, Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import type { Session } from '../session/session';
import { NAVIGATION } from './navigation';
import { problemOf } from './problem';

async function signOut(session: Session): Promise<void> {
  const reply = await fetch('/auth/sign-out', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!reply.ok) throw await problemOf(reply);
}

export function ConsoleLayout({ session, children }: { session: Session; children: ReactNode }) {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const leave = useMutation({
    mutationFn: () => signOut(session),
    onSuccess: () => queryClient.setQueryData(['session'], null),
  });
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <span className="brand">Rapport</span>
        <span className="who">
          {session.personId} · {session.role}
        </span>
        <Button onPress={() => leave.mutate()} isDisabled={leave.isPending}>
          Sign out
        </Button>
      </header>
      <nav aria-label={`${session.role} areas`} className="areas">
        <ul>
          {NAVIGATION[session.role].map((item) => (
            <li key={item.path}>
              <Link href={item.path} aria-current={pathname === item.path ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {leave.isError && <p role="alert">Signing out failed: {leave.error.message}</p>}
        {children}
      </main>
    </div>
  );
}
