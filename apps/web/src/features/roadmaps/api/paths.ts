/** `/organizations/:orgId/roadmaps[/:roadmapId[/rest]]` with every id encoded. */
export function roadmapsPath(organizationId: string, roadmapId?: string, rest = ''): string {
  const base = `/organizations/${encodeURIComponent(organizationId)}/roadmaps`;
  return roadmapId === undefined ? base : `${base}/${encodeURIComponent(roadmapId)}${rest}`;
}
