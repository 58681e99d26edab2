/** Web paths of the applications feature (the router in src/app/router.tsx declares them). */
export const applicationHref = (organizationId: string, applicationId: string) =>
  `/organizations/${organizationId}/applications/${applicationId}`;
export const applicationsHref = (organizationId: string) => `/organizations/${organizationId}/applications`;
/** The roadmap workspace and one of its items (declared by the roadmaps routes). */
export const roadmapHref = (organizationId: string, roadmapId: string) =>
  `/organizations/${organizationId}/roadmaps/${roadmapId}`;
export const roadmapItemHref = (organizationId: string, roadmapId: string, itemId: string) =>
  `${roadmapHref(organizationId, roadmapId)}/items/${itemId}`;
