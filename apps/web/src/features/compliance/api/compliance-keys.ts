/**
 * Query keys of the compliance feature: all → reports → report(org, roadmap) → its trend; overview(filters);
 * runs → run(id).
 */
export const complianceKeys = {
  all: ['compliance'] as const,
  reports: () => [...complianceKeys.all, 'report'] as const,
  /** The authoritative report of one roadmap (its current revision). */
  report: (organizationId: string, roadmapId: string) =>
    [...complianceKeys.reports(), organizationId, roadmapId] as const,
  trend: (organizationId: string, roadmapId: string) =>
    [...complianceKeys.report(organizationId, roadmapId), 'trend'] as const,
  overviews: () => [...complianceKeys.all, 'municipalities'] as const,
  overview: (filters: { regionId: string | null; populationGroup: string | null }) =>
    [...complianceKeys.overviews(), filters] as const,
  runs: () => [...complianceKeys.all, 'runs'] as const,
  run: (runId: string) => [...complianceKeys.runs(), runId] as const,
};
