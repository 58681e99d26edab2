import '../compliance.css';

import type {
  ComplianceMunicipalityFacts,
  FrameworkTreeResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';

import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useLiveCompliance } from '../hooks/use-live-compliance';
import { DirectionHeatmap } from './direction-heatmap';
import { HorizonChart } from './horizon-chart';
import { TrendChart } from './trend-chart';

export type ComplianceTabProps = {
  organizationId: string;
  roadmapId: string;
  document: RoadmapDocumentResponse;
  tree: FrameworkTreeResponse | undefined;
  municipality: ComplianceMunicipalityFacts | undefined;
};

/** The workspace's compliance tab: the direction heatmap and "will we make it" (live), and the daily trend (server). */
export function ComplianceTab({
  organizationId,
  roadmapId,
  document,
  tree,
  municipality,
}: ComplianceTabProps) {
  const t = useT();
  const live = useLiveCompliance(document, tree, municipality);
  return (
    <div className="stack">
      {live.status === 'ready' ? (
        <div className="compliance-tab__grid">
          <DirectionHeatmap directions={live.report.directions} />
          <HorizonChart horizons={live.report.horizons} />
        </div>
      ) : live.status === 'failed' ? (
        <p className="muted">{t('compliance.panel.evaluationFailed', { message: live.message })}</p>
      ) : (
        <Spinner />
      )}
      <TrendChart organizationId={organizationId} roadmapId={roadmapId} />
    </div>
  );
}
