/** API paths of a roadmap's compliance resources (relative to /api/v1). */
export function roadmapCompliancePath(organizationId: string, roadmapId: string): string {
  return `/organizations/${encodeURIComponent(organizationId)}/roadmaps/${encodeURIComponent(roadmapId)}/compliance`;
}
