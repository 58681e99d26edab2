import type { FrameworkKind, FrameworkStatus } from '@smartcity/domain';

export type FrameworkFilters = { code?: string; kind?: FrameworkKind; status?: FrameworkStatus; q?: string };
export type SearchScope = 'measures' | 'kpis';
export type SearchParams = { q: string; frameworkId?: string; limit?: number };

export const catalogueKeys = {
  all: ['catalogue'] as const,
  frameworks: () => [...catalogueKeys.all, 'frameworks'] as const,
  frameworkLists: () => [...catalogueKeys.frameworks(), 'list'] as const,
  frameworkList: (filters: FrameworkFilters) => [...catalogueKeys.frameworkLists(), filters] as const,
  frameworkDetails: () => [...catalogueKeys.frameworks(), 'detail'] as const,
  framework: (frameworkId: string) => [...catalogueKeys.frameworkDetails(), frameworkId] as const,
  diffs: () => [...catalogueKeys.all, 'diff'] as const,
  diff: (fromId: string, toId: string) => [...catalogueKeys.diffs(), fromId, toId] as const,
  searches: () => [...catalogueKeys.all, 'search'] as const,
  search: (scope: SearchScope, params: SearchParams) => [...catalogueKeys.searches(), scope, params] as const,
  imports: () => [...catalogueKeys.all, 'imports'] as const,
  importList: () => [...catalogueKeys.imports(), 'list'] as const,
  importDetails: () => [...catalogueKeys.imports(), 'detail'] as const,
  import: (importId: string) => [...catalogueKeys.importDetails(), importId] as const,
};
