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

/**
 * After a change whose answer is the draft's whole new tree (a reorder): the tree is shown at once, so a moved row
 * is in place when focus returns to it, then the draft is refreshed as after any change.
 */
export function showDraftTree(
  queryClient: QueryClient,
  frameworkId: string,
  tree: FrameworkTreeResponse,
): Promise<void> {
  queryClient.setQueryData(catalogueKeys.framework(frameworkId), tree);
  return refreshDraft(queryClient, frameworkId, tree.framework);
}
