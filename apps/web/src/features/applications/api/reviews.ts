import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementFileResponse,
  ApplicationCommentListResponse,
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  AssignReviewersDto,
  CreateApplicationCommentDto,
  DecideApplicationDto,
  ItemAcceptanceListResponse,
  ReviewerCandidateListResponse,
  SetChecklistAnswersDto,
  SetItemAcceptanceDto,
  SignAgreementDto,
} from '@smartcity/contracts';
import type { ReviewStage } from '@smartcity/domain';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { withAssigned } from '../lib/reviewer-selection';
import { applicationKeys } from './application-keys';
import { useRefreshApplication } from './applications';
import { applicationPath } from './paths';

export function useApplicationComments(organizationId: string, applicationId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: applicationKeys.comments(organizationId, applicationId),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationCommentListResponse>(
        `${applicationPath(organizationId, applicationId)}/comments`,
        signal,
      ),
  });
}

export function useAddComment(organizationId: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApplicationCommentDto) =>
      apiClient.post<ApplicationCommentResponse>(
        `${applicationPath(organizationId, applicationId)}/comments`,
        body,
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: applicationKeys.comments(organizationId, applicationId) }),
  });
}

export function useAcceptances(organizationId: string, applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: applicationKeys.acceptances(organizationId, applicationId),
    queryFn: ({ signal }) =>
      apiClient.get<ItemAcceptanceListResponse>(
        `${applicationPath(organizationId, applicationId)}/acceptances`,
        signal,
      ),
    enabled,
  });
}

export function useSetAcceptance(organizationId: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetItemAcceptanceDto) =>
      apiClient.put<ItemAcceptanceListResponse>(
        `${applicationPath(organizationId, applicationId)}/acceptances`,
        body,
      ),
    onSuccess: (list) =>
      queryClient.setQueryData(applicationKeys.acceptances(organizationId, applicationId), list),
  });
}

function useDetailWrite<V>(
  organizationId: string,
  write: (variables: V) => Promise<ApplicationDetailResponse>,
) {
  const refresh = useRefreshApplication();
  return useMutation({
    mutationFn: write,
    onSuccess: (application) => refresh(organizationId, application),
  });
}

export function useSetChecklist(organizationId: string, applicationId: string) {
  return useDetailWrite(organizationId, (body: SetChecklistAnswersDto) =>
    apiClient.put<ApplicationDetailResponse>(
      `${applicationPath(organizationId, applicationId)}/checklist`,
      body,
    ),
  );
}

export function useDecide(organizationId: string, applicationId: string) {
  return useDetailWrite(organizationId, (body: DecideApplicationDto) =>
    apiClient.post<ApplicationDetailResponse>(
      `${applicationPath(organizationId, applicationId)}/decision`,
      body,
    ),
  );
}

/** The people eligible to review `stage` (programme coordinators), each marked if assigned now. */
export function useReviewerCandidates(organizationId: string, applicationId: string, stage: ReviewStage) {
  return useQuery({
    queryKey: applicationKeys.reviewerCandidates(organizationId, applicationId, stage),
    queryFn: ({ signal }) =>
      apiClient.get<ReviewerCandidateListResponse>(
        `${applicationPath(organizationId, applicationId)}/reviewer-candidates${queryString({ stage })}`,
        signal,
      ),
  });
}

/** Overrides a stage's reviewers; the stage's candidates list shows the saved people as assigned at once. */
export function useAssignReviewers(organizationId: string, applicationId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshApplication();
  return useMutation({
    mutationFn: (body: AssignReviewersDto) =>
      apiClient.put<ApplicationDetailResponse>(
        `${applicationPath(organizationId, applicationId)}/reviewers`,
        body,
      ),
    onSuccess: (application, body) => {
      queryClient.setQueryData<ReviewerCandidateListResponse>(
        applicationKeys.reviewerCandidates(organizationId, applicationId, body.stage),
        (list) => list && { ...list, items: withAssigned(list.items, body.userIds) },
      );
      return refresh(organizationId, application);
    },
  });
}

/** Uploads the signed file, then records the agreement with its id. */
export function useSignAgreement(organizationId: string, applicationId: string) {
  return useDetailWrite(
    organizationId,
    async ({ file, body }: { file: File; body: Omit<SignAgreementDto, 'fileId'> }) => {
      const form = new FormData();
      form.append('file', file);
      const uploaded = await apiClient.upload<AgreementFileResponse>(
        `${applicationPath(organizationId, applicationId)}/agreement/file`,
        form,
      );
      return apiClient.post<ApplicationDetailResponse>(
        `${applicationPath(organizationId, applicationId)}/agreement`,
        { ...body, fileId: uploaded.id },
      );
    },
  );
}
