import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentListResponse, CommentResponse, CreateCommentDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** Comments on the roadmap as a whole (`itemId` null) or on one item. */
export function getComments(
  organizationId: string,
  roadmapId: string,
  itemId: string | null,
  signal?: AbortSignal,
): Promise<CommentListResponse> {
  return apiClient.get<CommentListResponse>(
    roadmapsPath(organizationId, roadmapId, `/comments${queryString({ itemId: itemId ?? undefined })}`),
    signal,
  );
}

export const commentsQueryOptions = (organizationId: string, roadmapId: string, itemId: string | null) =>
  queryOptions({
    queryKey: roadmapKeys.commentList(organizationId, roadmapId, itemId),
    queryFn: ({ signal }) => getComments(organizationId, roadmapId, itemId, signal),
  });

export function useComments(organizationId: string, roadmapId: string, itemId: string | null) {
  return useQuery(commentsQueryOptions(organizationId, roadmapId, itemId));
}

export function createComment(
  organizationId: string,
  roadmapId: string,
  body: CreateCommentDto,
): Promise<CommentResponse> {
  return apiClient.post<CommentResponse>(roadmapsPath(organizationId, roadmapId, '/comments'), body);
}

export function useCreateComment(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommentDto) => createComment(organizationId, roadmapId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roadmapKeys.comments(organizationId, roadmapId) }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
      ]),
  });
}
