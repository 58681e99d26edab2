import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogueDiffResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** What changed from one version of a framework to another. */
export function getFrameworkDiff(
  fromId: string,
  toId: string,
  signal?: AbortSignal,
): Promise<CatalogueDiffResponse> {
  return apiClient.get<CatalogueDiffResponse>(
    `/catalogue/frameworks/${encodeURIComponent(fromId)}/diff/${encodeURIComponent(toId)}`,
    signal,
  );
}

export const frameworkDiffQueryOptions = (fromId: string, toId: string) =>
  queryOptions({
    queryKey: catalogueKeys.diff(fromId, toId),
    queryFn: ({ signal }) => getFrameworkDiff(fromId, toId, signal),
    // Published versions never change; a draft's diff is refreshed by the mutations that change it.
    staleTime: 5 * 60_000,
  });

/** Pass nulls until both versions are chosen. */
export function useFrameworkDiff(fromId: string | null, toId: string | null) {
  return useQuery({
    ...frameworkDiffQueryOptions(fromId ?? '', toId ?? ''),
    enabled: fromId !== null && toId !== null && fromId !== toId,
  });
}
