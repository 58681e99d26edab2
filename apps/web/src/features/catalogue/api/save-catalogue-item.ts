import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateKpiDto,
  CreateMeasureDto,
  KpiResponse,
  MeasureResponse,
  UpdateKpiDto,
  UpdateMeasureDto,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

/** A measure or a KPI to add (no `itemId`) or change; changing `directionCode` moves it to that direction. */
export type SaveCatalogueItemInput =
  | {
      frameworkId: string;
      itemId: string | null;
      section: 'measures';
      body: CreateMeasureDto | UpdateMeasureDto;
    }
  | { frameworkId: string; itemId: string | null; section: 'kpis'; body: CreateKpiDto | UpdateKpiDto };

export function saveCatalogueItem(input: SaveCatalogueItemInput): Promise<MeasureResponse | KpiResponse> {
  const base = `/catalogue/frameworks/${encodeURIComponent(input.frameworkId)}/${input.section}`;
  return input.itemId === null
    ? apiClient.post<MeasureResponse | KpiResponse>(base, input.body)
    : apiClient.patch<MeasureResponse | KpiResponse>(
        `${base}/${encodeURIComponent(input.itemId)}`,
        input.body,
      );
}

export function useSaveCatalogueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCatalogueItem,
    onSuccess: (_, { frameworkId }) => refreshDraft(queryClient, frameworkId),
  });
}
