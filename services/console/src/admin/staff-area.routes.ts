import type { RouteObject } from 'react-router';

/**
 * The coach, admin and operator pages, each loaded when first opened: members never download
 * them, and the chart library comes only with the pages that draw charts.
 */
export const STAFF_ROUTES: RouteObject[] = [
  {
    path: 'caseload',
    lazy: async () => ({ Component: (await import('../caseload/caseload.page')).CaseloadPage }),
  },
  {
    path: 'caseload/:memberId',
    lazy: async () => ({
      Component: (await import('../caseload/member-progress.page')).MemberProgressPage,
    }),
  },
  {
    path: 'admin/policies',
    lazy: async () => ({ Component: (await import('./policies.page')).PoliciesPage }),
  },
  {
    path: 'admin/people',
    lazy: async () => ({ Component: (await import('./people.page')).PeoplePage }),
  },
  {
    path: 'admin/partner-apps',
    lazy: async () => ({ Component: (await import('./partner-apps.page')).PartnerAppsPage }),
  },
  {
    path: 'admin/sign-in',
    lazy: async () => ({ Component: (await import('./sign-in.page')).SignInPage }),
  },
  {
    path: 'admin/audit',
    lazy: async () => ({ Component: (await import('./audit.page')).AuditPage }),
  },
  {
    path: 'admin/funnel',
    lazy: async () => ({ Component: (await import('./funnel.page')).FunnelPage }),
  },
  {
    path: 'operations/health',
    lazy: async () => ({ Component: (await import('../operator/health.page')).HealthPage }),
  },
  {
    path: 'operations/consumer-lag',
    lazy: async () => ({
      Component: (await import('../operator/consumer-lag.page')).ConsumerLagPage,
    }),
  },
  {
    path: 'operations/dead-letters',
    lazy: async () => ({
      Component: (await import('../operator/dead-letters.page')).DeadLettersPage,
    }),
  },
  {
    path: 'operations/workflows',
    lazy: async () => ({
      Component: (await import('../operator/workflows.page')).WorkflowsPage,
    }),
  },
  {
    path: 'operations/projections',
    lazy: async () => ({
      Component: (await import('../operator/rebuilds.page')).RebuildsPage,
    }),
  },
  {
    path: 'operations/mail',
    lazy: async () => ({ Component: (await import('../operator/mail-log.page')).MailLogPage }),
  },
  {
    // Operators read every institution's audit trail through the same page.
    path: 'operations/audit',
    lazy: async () => ({ Component: (await import('./audit.page')).AuditPage }),
  },
];
