import '../compliance.css';

import type {
  ComplianceMunicipalityFacts,
  FrameworkTreeResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';
import type { ComplianceReport } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useRoadmapCompliance } from '../api/get-roadmap-compliance';
import { useLiveCompliance } from '../hooks/use-live-compliance';
import { serverAgreement } from '../lib/live-report';
import { scoreColour } from '../lib/score-scale';
import type { ComplianceLinks } from './compliance-links';
import { FindingList } from './finding-list';

export type CompliancePanelProps = {
  organizationId: string;
  roadmapId: string;
  document: RoadmapDocumentResponse;
  tree: FrameworkTreeResponse | undefined;
  /** Undefined while loading; the panel waits for it (applicability depends on population and capital status). */
  municipality: ComplianceMunicipalityFacts | undefined;
  /** The municipality could not be loaded (the panel says so instead of waiting forever). */
  municipalityFailed?: boolean;
  links: ComplianceLinks;
};

/**
 * The live compliance panel beside the workspace: the browser evaluates the roadmap on every edit (same `evaluate`
 * as the API) and shows the score, the error and warning counts, whether submission is blocked, the findings by
 * severity, and whether the server's authoritative report for the current revision agrees.
 */
export function CompliancePanel(props: CompliancePanelProps) {
  const t = useT();
  const live = useLiveCompliance(props.document, props.tree, props.municipality);
  return (
    <section className="compliance-panel" aria-labelledby="compliance-panel-heading">
      <h2 id="compliance-panel-heading" className="compliance-panel__heading">
        {t('compliance.panel.heading')}
      </h2>
      {live.status === 'ready' ? (
        <LiveReportView report={live.report} {...props} />
      ) : live.status === 'failed' ? (
        <p className="muted">{t('compliance.panel.evaluationFailed', { message: live.message })}</p>
      ) : props.municipalityFailed ? (
        <p className="muted">{t('compliance.panel.noMunicipality')}</p>
      ) : (
        <p className="muted">
          <Spinner /> {t('compliance.panel.waiting')}
        </p>
      )}
    </section>
  );
}

function LiveReportView({
  report,
  organizationId,
  roadmapId,
  document,
  links,
}: CompliancePanelProps & {
  report: ComplianceReport;
}) {
  const t = useT();
  return (
    <div className="stack stack--tight">
      <p className="muted compliance-panel__note">{t('compliance.panel.live')}</p>
      <div className="compliance-summary" role="status">
        <div className="compliance-summary__score" style={{ background: scoreColour(report.score) }}>
          <span className="compliance-summary__label">{t('compliance.panel.score')}</span>
          <strong className="compliance-summary__value">
            {t('compliance.panel.scoreValue', { score: report.score })}
          </strong>
        </div>
        <dl className="compliance-summary__counts">
          <div>
            <dt>{t('compliance.panel.errors')}</dt>
            <dd className={report.counts.error > 0 ? 'summary-count summary-count--error' : 'summary-count'}>
              {report.counts.error}
            </dd>
          </div>
          <div>
            <dt>{t('compliance.panel.warnings')}</dt>
            <dd
              className={report.counts.warning > 0 ? 'summary-count summary-count--warning' : 'summary-count'}
            >
              {report.counts.warning}
            </dd>
          </div>
        </dl>
      </div>
      {report.canSubmit ? (
        <Badge tone="success">{t('compliance.panel.canSubmit')}</Badge>
      ) : (
        <Badge tone="danger" description={t('compliance.panel.blocksHint')}>
          {t('compliance.panel.blocks')}
        </Badge>
      )}
      {report.basicMeasuresMandatory ? null : <p className="muted">{t('compliance.panel.recommended')}</p>}
      <ServerStatus
        organizationId={organizationId}
        roadmapId={roadmapId}
        revision={document.roadmap.revision}
        live={report}
      />
      <div
        className="compliance-panel__findings"
        role="region"
        aria-label={t('compliance.panel.findingsLabel')}
        tabIndex={0}
      >
        <FindingList findings={report.findings} links={links} />
      </div>
    </div>
  );
}

type ServerStatusProps = {
  organizationId: string;
  roadmapId: string;
  revision: number;
  live: ComplianceReport;
};

/** "Server agrees / recalculating": the authoritative report of the current revision, compared with the live one. */
function ServerStatus({ organizationId, roadmapId, revision, live }: ServerStatusProps) {
  const t = useT();
  const server = useRoadmapCompliance(organizationId, roadmapId, revision);
  const agreement = serverAgreement(live, server.data, revision, server.isError);
  let text: string;
  switch (agreement.kind) {
    case 'loading':
      text = t('compliance.server.loading');
      break;
    case 'unavailable':
      text = t('compliance.server.unavailable');
      break;
    case 'recalculating':
      text = t('compliance.server.recalculating', { revision: agreement.revision });
      break;
    case 'agrees':
      text = t('compliance.server.agrees', { revision: agreement.revision, score: agreement.score });
      break;
    case 'differs':
      text = t('compliance.server.differs', { revision: agreement.revision, score: agreement.score });
      break;
  }
  return (
    <p className={`server-status server-status--${agreement.kind}`} aria-live="polite">
      {text}
    </p>
  );
}
