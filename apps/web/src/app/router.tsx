import { createBrowserRouter } from 'react-router-dom';

import { lazyPage } from './lazy-page';
import { PageLoading } from './layout/page-loading';
import { PublicLayout } from './layout/public-layout';
import { RequireSession } from './layout/require-session';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';

// Feature pages load on demand, each in its own chunk; the sign-in page, the layouts and the error pages stay in
// the entry chunk. We use the data router's `lazy` route property rather than React.lazy + <Suspense>: the router
// starts fetching a page's chunk as soon as the URL matches (not after the layout has rendered), keeps the
// current page on screen while the next one loads (useNavigation → NavigationProgress), and a rejected import
// lands in the route's errorElement like any other route error (RouteError then suggests a reload). The first
// page of a visit shows `hydrateFallbackElement` (a spinner) until its chunk is there.
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        { path: '/sign-in', element: <SignInRoute /> },
        {
          path: '/invitations/:token',
          lazy: lazyPage(() => import('./routes/invitation-route').then((m) => m.InvitationRoute)),
        },
      ],
    },
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        { index: true, lazy: lazyPage(() => import('./routes/home-route').then((m) => m.HomeRoute)) },
        {
          path: '/organizations',
          lazy: lazyPage(() => import('./routes/organizations-route').then((m) => m.OrganizationsRoute)),
        },
        {
          path: '/organizations/:orgId',
          lazy: lazyPage(() => import('./routes/organization-route').then((m) => m.OrganizationRoute)),
        },
        {
          path: '/organizations/:orgId/members',
          lazy: lazyPage(() => import('./routes/members-route').then((m) => m.MembersRoute)),
        },
        {
          path: '/organizations/:orgId/roadmaps',
          lazy: lazyPage(() => import('./routes/roadmaps-route').then((m) => m.RoadmapsRoute)),
        },
        {
          path: '/organizations/:orgId/roadmaps/:roadmapId',
          lazy: lazyPage(() => import('./routes/roadmap-route').then((m) => m.RoadmapRoute)),
        },
        {
          path: '/organizations/:orgId/roadmaps/:roadmapId/items/:itemId',
          lazy: lazyPage(() => import('./routes/roadmap-item-route').then((m) => m.RoadmapItemRoute)),
        },
        {
          path: '/catalogue',
          lazy: lazyPage(() => import('./routes/catalogue-route').then((m) => m.CatalogueRoute)),
        },
        {
          path: '/catalogue/import',
          lazy: lazyPage(() => import('./routes/catalogue-import-route').then((m) => m.CatalogueImportRoute)),
        },
        {
          path: '/catalogue/frameworks/:frameworkId',
          lazy: lazyPage(() => import('./routes/framework-route').then((m) => m.FrameworkRoute)),
        },
        {
          path: '/catalogue/frameworks/:frameworkId/edit',
          lazy: lazyPage(() => import('./routes/catalogue-draft-route').then((m) => m.CatalogueDraftRoute)),
        },
        {
          path: '/catalogue/compare/:code',
          lazy: lazyPage(() => import('./routes/catalogue-compare-route').then((m) => m.CatalogueCompareRoute)),
        },
        {
          path: '/compliance',
          lazy: lazyPage(() =>
            import('./routes/compliance-overview-route').then((m) => m.ComplianceOverviewRoute),
          ),
        },
        {
          path: '/campaigns',
          lazy: lazyPage(() => import('./routes/campaigns-route').then((m) => m.CampaignsRoute)),
        },
        {
          path: '/organizations/:orgId/applications',
          lazy: lazyPage(() => import('./routes/applications-route').then((m) => m.ApplicationsRoute)),
        },
        {
          path: '/organizations/:orgId/applications/:applicationId',
          lazy: lazyPage(() => import('./routes/application-route').then((m) => m.ApplicationRoute)),
        },
        {
          path: '/reviews',
          lazy: lazyPage(() => import('./routes/review-queue-route').then((m) => m.ReviewQueueRoute)),
        },
        {
          path: '/sla',
          lazy: lazyPage(() => import('./routes/sla-board-route').then((m) => m.SlaBoardRoute)),
        },
        {
          path: '/dashboard/applications',
          lazy: lazyPage(() =>
            import('./routes/applications-dashboard-route').then((m) => m.ApplicationsDashboardRoute),
          ),
        },
        {
          path: '/settings/notifications',
          lazy: lazyPage(() =>
            import('./routes/notification-settings-route').then((m) => m.NotificationSettingsRoute),
          ),
        },
        {
          path: '/notifications',
          lazy: lazyPage(() => import('./routes/notifications-route').then((m) => m.NotificationsRoute)),
        },
        {
          path: '/dev/mailbox',
          lazy: lazyPage(() => import('./routes/mailbox-route').then((m) => m.MailboxRoute)),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
