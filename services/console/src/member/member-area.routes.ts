import type { RouteObject } from 'react-router';

/**
 * The member pages built after Today, Network and Pipeline, each loaded when first opened, so
 * the first screen after sign-in does not wait for the editor, the interview forms or settings.
 */
export const MEMBER_ROUTES: RouteObject[] = [
  {
    path: 'compose',
    lazy: async () => ({ Component: (await import('../compose/compose.page')).ComposePage }),
  },
  {
    path: 'interviews',
    lazy: async () => ({
      Component: (await import('../interview/interviews.page')).InterviewsPage,
    }),
  },
  {
    path: 'interviews/:interviewId',
    lazy: async () => ({ Component: (await import('../interview/interview.page')).InterviewPage }),
  },
  {
    path: 'settings',
    lazy: async () => ({ Component: (await import('../settings/settings.page')).SettingsPage }),
  },
];
