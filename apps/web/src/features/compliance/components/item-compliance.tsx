import '../compliance.css';

import type {
  ComplianceMunicipalityFacts,
  FrameworkTreeResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';

import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { useLiveCompliance } from '../hooks/use-live-compliance';
import { findingsOfItem } from '../lib/findings';
import type { ComplianceLinks } from './compliance-links';
import { FindingList } from './finding-list';

export type ItemComplianceProps = {
  itemId: string;
  document: RoadmapDocumentResponse;
  tree: FrameworkTreeResponse | undefined;
  municipality: ComplianceMunicipalityFacts | undefined;
  links: ComplianceLinks;
};

/** On an item's page: what the live check says about this item, updated as soon as a save reaches the cache. */
export function ItemCompliance({ itemId, document, tree, municipality, links }: ItemComplianceProps) {
  const t = useT();
  const live = useLiveCompliance(document, tree, municipality);
  return (
    <section className="compliance-panel" aria-labelledby="item-compliance-heading">
      <h2 id="item-compliance-heading" className="compliance-panel__heading">
        {t('compliance.item.heading')}
      </h2>
      {live.status === 'ready' ? (
        findingsOfItem(live.report.findings, itemId).length === 0 ? (
          <p className="muted">{t('compliance.item.clean')}</p>
        ) : (
          <FindingList
            findings={findingsOfItem(live.report.findings, itemId)}
            links={links}
            currentItemId={itemId}
          />
        )
      ) : live.status === 'failed' ? (
        <p className="muted">{t('compliance.panel.evaluationFailed', { message: live.message })}</p>
      ) : (
        <Spinner />
      )}
    </section>
  );
}
