import type { RoadmapItemStatus, RoadmapStatus } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import type { BadgeTone } from '../../../components/ui/badge';
import { useT } from '../../../i18n/i18n-provider';

const ROADMAP_TONES: Record<RoadmapStatus, BadgeTone> = {
  draft: 'neutral',
  submitted: 'info',
  approved: 'success',
  archived: 'neutral',
};

const ITEM_TONES: Record<RoadmapItemStatus, BadgeTone> = {
  planned: 'neutral',
  in_progress: 'info',
  done: 'success',
  delayed: 'warning',
  cancelled: 'neutral',
};

export type RoadmapStatusBadgeProps = { status: RoadmapStatus };

export function RoadmapStatusBadge({ status }: RoadmapStatusBadgeProps) {
  const t = useT();
  return <Badge tone={ROADMAP_TONES[status]}>{t(`roadmaps.status.${status}`)}</Badge>;
}

export type ItemStatusBadgeProps = { status: RoadmapItemStatus };

export function ItemStatusBadge({ status }: ItemStatusBadgeProps) {
  const t = useT();
  return <Badge tone={ITEM_TONES[status]}>{t(`roadmaps.itemStatus.${status}`)}</Badge>;
}
