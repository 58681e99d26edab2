const enc = encodeURIComponent;

export const campaignsPath = () => '/campaigns';
export const campaignPath = (campaignId: string) => `/campaigns/${enc(campaignId)}`;
export const municipalityApplicationsPath = (organizationId: string) =>
  `/organizations/${enc(organizationId)}/applications`;
export const applicationPath = (organizationId: string, applicationId: string) =>
  `${municipalityApplicationsPath(organizationId)}/${enc(applicationId)}`;
