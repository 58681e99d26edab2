import { useSearchParams } from 'react-router-dom';
import { APPLICATION_STATUSES } from '@smartcity/domain';

import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { SelectField } from '../../components/ui/select-field';
import { Spinner } from '../../components/ui/spinner';
import { CheckboxField } from '../../components/ui/checkbox-field';
import { useApplicationQueue } from '../../features/applications/api/applications';
import { ApplicationList } from '../../features/applications/components/application-list';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** Reviewers' queue (assigned to me by default) and, for the ministry, every application in reach. */
export function ReviewQueueRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const canReview = hasPermission('applications.review');
  const assignedToMe = canReview && params.get('all') !== '1';
  const status = params.get('status');
  const queue = useApplicationQueue({ assignedToMe, status });
  if (!canReview && !hasPermission('applications.manage')) return <ForbiddenRoute />;
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <div className="stack">
      <PageHeader title={t('reviews.title')} intro={t('reviews.intro')} />
      <div className="toolbar">
        {canReview ? (
          <CheckboxField
            label={t('reviews.assignedOnly')}
            checked={assignedToMe}
            onChange={(e) => update('all', e.target.checked ? null : '1')}
          />
        ) : null}
        <SelectField
          label={t('reviews.statusFilter')}
          value={status ?? ''}
          onChange={(e) => update('status', e.target.value || null)}
          options={[
            { value: '', label: t('reviews.anyStatus') },
            ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`applications.status.${s}`) })),
          ]}
        />
      </div>
      {queue.isPending ? (
        <Spinner label={t('common.loading')} block />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <ApplicationList applications={queue.data.items} showMunicipality />
      )}
    </div>
  );
}
