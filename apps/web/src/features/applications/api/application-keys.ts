import type { ReviewStage } from '@smartcity/domain';

/**
 * Query keys of the applications feature: campaigns → campaign(id); applications → municipality(org) | queue(filters)
 * → detail(org, id) → its precheck, snapshot, diff, comments, acceptances, documents, reviewer candidates(stage);
 * monitoring → SLA board, dashboard(campaign); notification preferences.
 */
export const applicationKeys = {
  all: ['applications'] as const,
  campaigns: () => [...applicationKeys.all, 'campaigns'] as const,
  campaign: (campaignId: string) => [...applicationKeys.campaigns(), campaignId] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  municipality: (organizationId: string) =>
    [...applicationKeys.lists(), 'municipality', organizationId] as const,
  queue: (filters: { assignedToMe: boolean; status: string | null }) =>
    [...applicationKeys.lists(), 'queue', filters] as const,
  details: () => [...applicationKeys.all, 'detail'] as const,
  detail: (organizationId: string, applicationId: string) =>
    [...applicationKeys.details(), organizationId, applicationId] as const,
  precheck: (organizationId: string, applicationId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'precheck'] as const,
  snapshot: (organizationId: string, applicationId: string, snapshotId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'snapshot', snapshotId] as const,
  diff: (organizationId: string, applicationId: string, toSnapshotId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'diff', toSnapshotId] as const,
  comments: (organizationId: string, applicationId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'comments'] as const,
  acceptances: (organizationId: string, applicationId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'acceptances'] as const,
  documents: (organizationId: string, applicationId: string) =>
    [...applicationKeys.detail(organizationId, applicationId), 'documents'] as const,
  reviewerCandidates: (organizationId: string, applicationId: string, stage: ReviewStage) =>
    [...applicationKeys.detail(organizationId, applicationId), 'reviewer-candidates', stage] as const,
  monitoring: () => [...applicationKeys.all, 'monitoring'] as const,
  slaBoard: () => [...applicationKeys.monitoring(), 'sla'] as const,
  dashboard: (campaignId: string | null) =>
    [...applicationKeys.monitoring(), 'dashboard', campaignId] as const,
  preferences: () => [...applicationKeys.all, 'notification-preferences'] as const,
};
