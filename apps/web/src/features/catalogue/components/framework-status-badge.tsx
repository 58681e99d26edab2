import type { FrameworkStatus } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { useT } from '../../../i18n/i18n-provider';

export type FrameworkStatusBadgeProps = {
  status: FrameworkStatus;
  /** The latest published version of its framework: marked "current" too. */
  current?: boolean;
};

const TONES = { draft: 'warning', published: 'success', retired: 'neutral' } as const;

export function FrameworkStatusBadge({ status, current = false }: FrameworkStatusBadgeProps) {
  const t = useT();
  return (
    <span className="badge-group">
      <Badge tone={TONES[status]}>{t(`frameworkStatus.${status}`)}</Badge>
      {current ? <Badge tone="brand">{t('catalogue.current')}</Badge> : null}
    </span>
  );
}
