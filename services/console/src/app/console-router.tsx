import { createBrowserRouter, Navigate, useOutletContext } from 'react-router';
import { STAFF_ROUTES } from '../admin/staff-area.routes';
import type { Session } from '../session/session';
import { MEMBER_ROUTES } from '../member/member-area.routes';
import { NetworkPage } from '../network/network.page';
import { PipelinePage } from '../pipeline/pipeline.page';
import { TodayPage } from '../today/today.page';
import { ConsoleShell } from './console-shell';
import { homePathOf, NAVIGATION } from './navigation';
import { NotFoundPage, NotYetPage } from './placeholder.pages';

function RoleHome() {
  const session = useOutletContext<Session>();
  return <Navigate to={homePathOf(session.role)} replace />;
}

// Areas not built yet get a page that says what they will hold, so navigation is complete now and
// each later area replaces one entry here.
const upcoming = Object.values(NAVIGATION)
  .flat()
  .filter((item) => !item.ready)
  .map((item) => ({ path: item.path, element: <NotYetPage area={item.label} /> }));

export const consoleRouter = createBrowserRouter([
  {
    path: '/',
    element: <ConsoleShell />,
    children: [
      { index: true, element: <RoleHome /> },
      { path: 'today', element: <TodayPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'pipeline', element: <PipelinePage /> },
      ...MEMBER_ROUTES,
      ...STAFF_ROUTES,
      ...upcoming,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
