import '../applications.css';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useMunicipalityApplications } from '../api/applications';
import { useApplicationComments } from '../api/reviews';
import { commentsForItem, applicationReturnedFor } from '../lib/application-view';
import { applicationHref } from './application-links';

export type ItemReviewCommentsProps = { organizationId: string; roadmapId: string; itemId: string };

/**
 * On a roadmap item's page: the reviewers' comments on this item, from the roadmap's application that was returned
 * for changes (nothing otherwise), with a link to the application.
 */
export function ItemReviewComments({ organizationId, roadmapId, itemId }: ItemReviewCommentsProps) {
  const t = useT();
  const [locale] = useLocale();
  const applications = useMunicipalityApplications(organizationId);
  const application = applicationReturnedFor(applications.data?.items ?? [], roadmapId);
  const comments = useApplicationComments(organizationId, application?.id ?? '', application !== null);
  const mine = commentsForItem(comments.data?.items ?? [], itemId);
  if (!application || mine.length === 0) return null;
  return (
    <section
      className="app-item__comments"
      aria-label={t('application.item.commentsHeading', { count: mine.length })}
    >
      <h2>{t('application.item.commentsHeading', { count: mine.length })}</h2>
      <ul className="app-comments">
        {mine.map((comment) => (
          <li key={comment.id} className="app-comment">
            <p className="app-comment__body">{comment.body}</p>
            <p className="app-comment__meta">
              {t('application.comment.meta', {
                author: comment.authorName,
                stage: comment.stage ? t(`applications.stage.${comment.stage}`) : t('common.none'),
                date: formatDateTime(locale, comment.createdAt),
              })}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to={applicationHref(organizationId, application.id)}>
          {t('application.titleFor', {
            municipality: application.municipalityName,
            campaign: application.campaignTitle,
          })}
        </Link>
      </p>
    </section>
  );
}
