import { useState } from 'react';
import type { RoadmapResponse } from '@smartcity/contracts';

import { useT } from '../../../i18n/i18n-provider';
import { CloneRoadmapDialog } from './clone-roadmap-dialog';

export type CloneRoadmapButtonProps = { organizationId: string; roadmap: RoadmapResponse };

/** "Copy to a new period" in the workspace header, with its dialog. */
export function CloneRoadmapButton({ organizationId, roadmap }: CloneRoadmapButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('roadmaps.clone.open')}
      </button>
      {open ? (
        <CloneRoadmapDialog
          organizationId={organizationId}
          roadmap={roadmap}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
