import { useQuery } from '@tanstack/react-query';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { fetchSession } from '../session/session';
import { SignInPage } from '../session/sign-in.page';
import { ConsoleLayout } from './console-layout';
import { mayOpen } from './navigation';
import { ProblemPanel } from './problem-panel';

/** The frame of every page: who is signed in decides between sign-in and the role's areas. */
export function ConsoleShell() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const session = useQuery({ queryKey: ['session'], queryFn: fetchSession });

  let page;
  if (session.isPending) {
    page = <p role="status">Loading…</p>;
  } else if (session.isError) {
    page = <ProblemPanel error={session.error} retry={() => void session.refetch()} />;
  } else if (session.data === null) {
    page = <SignInPage returnTo={pathname} />;
  } else if (pathname !== '/' && !mayOpen(session.data.role, pathname)) {
    page = (
      <ConsoleLayout session={session.data}>
        <section aria-labelledby="page-title">
          <h1 id="page-title">Not available</h1>
          <p>This page is not part of the {session.data.role} area.</p>
        </section>
      </ConsoleLayout>
    );
  } else {
    page = (
      <ConsoleLayout session={session.data}>
        <Outlet context={session.data} />
      </ConsoleLayout>
    );
  }
  // react-aria's links and buttons navigate through the router instead of reloading the page.
  return (
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      {page}
    </AriaRouterProvider>
  );
}
