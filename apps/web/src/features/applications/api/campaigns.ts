import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CampaignListResponse,
  CampaignResponse,
  CreateCampaignDto,
  UpdateCampaignDto,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { applicationKeys } from './application-keys';
import { campaignPath, campaignsPath } from './paths';

export function getCampaigns(signal?: AbortSignal): Promise<CampaignListResponse> {
  return apiClient.get<CampaignListResponse>(campaignsPath(), signal);
}

export const campaignsQueryOptions = () =>
  queryOptions({ queryKey: applicationKeys.campaigns(), queryFn: ({ signal }) => getCampaigns(signal) });

export function useCampaigns() {
  return useQuery(campaignsQueryOptions());
}

export function getCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignResponse> {
  return apiClient.get<CampaignResponse>(campaignPath(campaignId), signal);
}

export function useCampaign(campaignId: string | null) {
  return useQuery({
    queryKey: applicationKeys.campaign(campaignId ?? ''),
    queryFn: ({ signal }) => getCampaign(campaignId ?? '', signal),
    enabled: campaignId !== null,
  });
}

function useCampaignWrite<V>(write: (variables: V) => Promise<CampaignResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (campaign) => {
      queryClient.setQueryData(applicationKeys.campaign(campaign.id), campaign);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.campaigns() });
    },
  });
}

export function useCreateCampaign() {
  return useCampaignWrite((body: CreateCampaignDto) =>
    apiClient.post<CampaignResponse>(campaignsPath(), body),
  );
}

export function useUpdateCampaign() {
  return useCampaignWrite(({ campaignId, body }: { campaignId: string; body: UpdateCampaignDto }) =>
    apiClient.patch<CampaignResponse>(campaignPath(campaignId), body),
  );
}

/** Opens (publishes) or closes a campaign at its revision. */
export function useCampaignStatusChange() {
  return useCampaignWrite(
    ({
      campaignId,
      action,
      revision,
    }: {
      campaignId: string;
      action: 'publish' | 'close';
      revision: number;
    }) => apiClient.post<CampaignResponse>(`${campaignPath(campaignId)}/${action}`, { revision }),
  );
}
