import type { MeasureKind } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { useT } from '../../../i18n/i18n-provider';

export type MeasureKindBadgeProps = { kind: MeasureKind };

/** Basic (mandatory where its rule holds) or additional (optional). */
export function MeasureKindBadge({ kind }: MeasureKindBadgeProps) {
  const t = useT();
  return <Badge tone={kind === 'basic' ? 'brand' : 'neutral'}>{t(`measureKind.${kind}`)}</Badge>;
}
