import type { QueryClient } from '@tanstack/react-query';
import type { FrameworkResponse, FrameworkTreeResponse } from '@smartcity/contracts';

import { catalogueKeys } from './catalogue-keys';

/**
 * After a change to a draft: every change bumps the version's revision on the server, so the cached tree gets the
 * next revision at once (a second edit right after the first is not refused as stale), then the tree, the lists
 * and the diffs are refetched.
 */
export async function refreshDraft(
  queryClient: QueryClient,
  frameworkId: string,
  framework?: FrameworkResponse,
): Promise<void> {
  queryClient.setQueryData<FrameworkTreeResponse>(catalogueKeys.framework(frameworkId), (tree) =>
    tree
      ? {
          ...tree,
          framework: framework ?? { ...tree.framework, revision: tree.framework.revision + 1 },
        }
      : tree,
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: catalogueKeys.frameworks() }),
    queryClient.invalidateQueries({ queryKey: catalogueKeys.diffs() }),
  ]);
}
