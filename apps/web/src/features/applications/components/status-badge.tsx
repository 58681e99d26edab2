import type { ApplicationStatus } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { useT } from '../../../i18n/i18n-provider';
import { statusTone } from '../lib/application-view';

export type ApplicationStatusBadgeProps = { status: ApplicationStatus };

export function ApplicationStatusBadge({ status }: ApplicationStatusBadgeProps) {
  const t = useT();
  return <Badge tone={statusTone(status)}>{t(`applications.status.${status}`)}</Badge>;
}
