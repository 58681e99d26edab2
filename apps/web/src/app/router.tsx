import { createBrowserRouter } from 'react-router-dom';

import { PublicLayout } from './layout/public-layout';
import { RequireSession } from './layout/require-session';
import { ApplicationRoute } from './routes/application-route';
import { ApplicationsDashboardRoute } from './routes/applications-dashboard-route';
import { ApplicationsRoute } from './routes/applications-route';
import { CampaignsRoute } from './routes/campaigns-route';
import { CatalogueCompareRoute } from './routes/catalogue-compare-route';
import { CatalogueDraftRoute } from './routes/catalogue-draft-route';
import { CatalogueImportRoute } from './routes/catalogue-import-route';
import { CatalogueRoute } from './routes/catalogue-route';
import { ComplianceOverviewRoute } from './routes/compliance-overview-route';
import { FrameworkRoute } from './routes/framework-route';
import { HomeRoute } from './routes/home-route';
import { InvitationRoute } from './routes/invitation-route';
import { MailboxRoute } from './routes/mailbox-route';
import { MembersRoute } from './routes/members-route';
import { NotFoundRoute } from './routes/not-found-route';
import { NotificationSettingsRoute } from './routes/notification-settings-route';
import { NotificationsRoute } from './routes/notifications-route';
import { OrganizationRoute } from './routes/organization-route';
import { OrganizationsRoute } from './routes/organizations-route';
import { RoadmapItemRoute } from './routes/roadmap-item-route';
import { RoadmapRoute } from './routes/roadmap-route';
import { RoadmapsRoute } from './routes/roadmaps-route';
import { ReviewQueueRoute } from './routes/review-queue-route';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { SlaBoardRoute } from './routes/sla-board-route';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      errorElement: <RouteError />,
      children: [
        { path: '/sign-in', element: <SignInRoute /> },
        { path: '/invitations/:token', element: <InvitationRoute /> },
      ],
    },
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRoute /> },
        { path: '/organizations', element: <OrganizationsRoute /> },
        { path: '/organizations/:orgId', element: <OrganizationRoute /> },
        { path: '/organizations/:orgId/members', element: <MembersRoute /> },
        { path: '/organizations/:orgId/roadmaps', element: <RoadmapsRoute /> },
        { path: '/organizations/:orgId/roadmaps/:roadmapId', element: <RoadmapRoute /> },
        { path: '/organizations/:orgId/roadmaps/:roadmapId/items/:itemId', element: <RoadmapItemRoute /> },
        { path: '/catalogue', element: <CatalogueRoute /> },
        { path: '/catalogue/import', element: <CatalogueImportRoute /> },
        { path: '/catalogue/frameworks/:frameworkId', element: <FrameworkRoute /> },
        { path: '/catalogue/frameworks/:frameworkId/edit', element: <CatalogueDraftRoute /> },
        { path: '/catalogue/compare/:code', element: <CatalogueCompareRoute /> },
        { path: '/compliance', element: <ComplianceOverviewRoute /> },
        { path: '/campaigns', element: <CampaignsRoute /> },
        { path: '/organizations/:orgId/applications', element: <ApplicationsRoute /> },
        { path: '/organizations/:orgId/applications/:applicationId', element: <ApplicationRoute /> },
        { path: '/reviews', element: <ReviewQueueRoute /> },
        { path: '/sla', element: <SlaBoardRoute /> },
        { path: '/dashboard/applications', element: <ApplicationsDashboardRoute /> },
        { path: '/settings/notifications', element: <NotificationSettingsRoute /> },
        { path: '/notifications', element: <NotificationsRoute /> },
        { path: '/dev/mailbox', element: <MailboxRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
