import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime, isPlainMessageKey } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useActivity } from '../api/get-activity';
import type { RoadmapView } from './roadmap-context';

export type ActivityFeedProps = { view: RoadmapView };

/** Who changed what in the roadmap, newest first, from the audit trail. */
export function ActivityFeed({ view }: ActivityFeedProps) {
  const t = useT();
  const [locale] = useLocale();
  const activity = useActivity(view.organizationId, view.roadmapId);

  const subject = (entry: {
    entityType: string;
    entityId: string;
    after: Record<string, unknown> | null;
    before: Record<string, unknown> | null;
  }) => {
    const title = entry.after?.title ?? entry.before?.title;
    if (typeof title === 'string') return title;
    if (entry.entityType === 'roadmap_item')
      return view.document.items.find((i) => i.id === entry.entityId)?.title ?? '';
    if (entry.entityType === 'roadmap_problem')
      return view.document.problems.find((p) => p.id === entry.entityId)?.title ?? '';
    return '';
  };

  return (
    <section className="panel stack" aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="section-title">
        {t('roadmaps.activity.heading')}
      </h2>
      {activity.isPending ? <Spinner /> : null}
      {activity.isError ? (
        <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />
      ) : null}
      {activity.data && activity.data.items.length === 0 ? (
        <p className="muted">{t('roadmaps.activity.empty')}</p>
      ) : null}
      {activity.data && activity.data.items.length > 0 ? (
        <ol className="activity-list">
          {activity.data.items.map((entry) => {
            const key = `roadmaps.action.${entry.action}`;
            const what = isPlainMessageKey(key) ? t(key) : entry.action;
            const about = subject(entry);
            return (
              <li key={entry.id} className="activity-list__entry">
                <time dateTime={entry.occurredAt} className="muted">
                  {formatDateTime(locale, entry.occurredAt)}
                </time>{' '}
                <strong>{entry.actorName ?? t('roadmaps.activity.system')}</strong> — {what}
                {about ? <>: «{about}»</> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
