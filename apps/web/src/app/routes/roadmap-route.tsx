import { useParams } from 'react-router-dom';

import { CompliancePanel } from '../../features/compliance/components/compliance-panel';
import { ComplianceTab } from '../../features/compliance/components/compliance-tab';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { RoadmapWorkspace } from '../../features/roadmaps/components/roadmap-workspace';
import { useT } from '../../i18n/i18n-provider';
import { useRoadmapAccess } from './roadmap-access';
import { roadmapComplianceLinks } from './roadmap-compliance-links';

/** The roadmap workspace with the live compliance panel beside it and a compliance tab (composed here). */
export function RoadmapRoute() {
  const t = useT();
  const { orgId = '', roadmapId = '' } = useParams();
  const access = useRoadmapAccess(orgId);
  // Population and regional-capital status decide whether basic measures are mandatory.
  const municipality = useOrganization(orgId || null);
  const links = roadmapComplianceLinks(orgId, roadmapId);
  return (
    <RoadmapWorkspace
      key={roadmapId}
      organizationId={orgId}
      roadmapId={roadmapId}
      access={access}
      aside={(view) => (
        <CompliancePanel
          organizationId={orgId}
          roadmapId={roadmapId}
          document={view.document}
          tree={view.tree}
          municipality={municipality.data}
          municipalityFailed={municipality.isError}
          links={links}
        />
      )}
      extraTabs={[
        {
          id: 'compliance',
          label: t('compliance.tab'),
          render: (view) => (
            <ComplianceTab
              organizationId={orgId}
              roadmapId={roadmapId}
              document={view.document}
              tree={view.tree}
              municipality={municipality.data}
            />
          ),
        },
      ]}
    />
  );
}
