/** Query keys of the roadmaps feature: all → lists → list(org) → details → detail(org, roadmap) → its parts. */
export const roadmapKeys = {
  all: ['roadmaps'] as const,
  lists: () => [...roadmapKeys.all, 'list'] as const,
  list: (organizationId: string) => [...roadmapKeys.lists(), organizationId] as const,
  details: () => [...roadmapKeys.all, 'detail'] as const,
  /** Everything of one roadmap: invalidating this prefix refreshes the document, comments and activity. */
  detail: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.details(), organizationId, roadmapId] as const,
  document: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.detail(organizationId, roadmapId), 'document'] as const,
  comments: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.detail(organizationId, roadmapId), 'comments'] as const,
  commentList: (organizationId: string, roadmapId: string, itemId: string | null) =>
    [...roadmapKeys.comments(organizationId, roadmapId), itemId ?? 'roadmap'] as const,
  activity: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.detail(organizationId, roadmapId), 'activity'] as const,
  /** The uploaded workbook preview being looked at (one per roadmap and browser tab). */
  sheetImport: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.detail(organizationId, roadmapId), 'sheet-import'] as const,
  snapshots: (organizationId: string, roadmapId: string) =>
    [...roadmapKeys.detail(organizationId, roadmapId), 'snapshots'] as const,
  /** `to` null compares with the roadmap as it is now: keyed by its revision, so a change refetches it. */
  compare: (organizationId: string, roadmapId: string, from: string, to: string | null, revision: number) =>
    [...roadmapKeys.snapshots(organizationId, roadmapId), 'compare', from, to ?? `now@${revision}`] as const,
  /** Reference data the drafting screens read (frameworks, the municipality's people). */
  frameworks: () => [...roadmapKeys.all, 'frameworks'] as const,
  framework: (frameworkId: string) => [...roadmapKeys.frameworks(), frameworkId] as const,
  people: (organizationId: string) => [...roadmapKeys.all, 'people', organizationId] as const,
};
