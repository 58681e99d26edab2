/** Web paths of the applications feature (the router in src/app/router.tsx declares them). */
export const applicationHref = (organizationId: string, applicationId: string) =>
  `/organizations/${organizationId}/applications/${applicationId}`;
export const applicationsHref = (organizationId: string) => `/organizations/${organizationId}/applications`;
