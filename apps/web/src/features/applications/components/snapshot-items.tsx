import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { FormEvent } from 'react';
import type {
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  RoadmapItemResponse,
} from '@smartcity/contracts';
import { formatFinding } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useSnapshot, useSnapshotDiff } from '../api/applications';
import { useAcceptances, useAddComment, useApplicationComments, useSetAcceptance } from '../api/reviews';
import type { ItemReviewMark } from '../lib/application-view';
import { groupCommentsByItem, itemReviewMarks, shortHash } from '../lib/application-view';
import { ActionError } from './action-error';
import { roadmapItemHref } from './application-links';

export type SnapshotItemsProps = {
  organizationId: string;
  application: ApplicationDetailResponse;
  /** A reviewer of the current stage: may comment on items and accept them. */
  isReviewer: boolean;
};

function CommentList({ comments }: { comments: readonly ApplicationCommentResponse[] }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <ul className="app-comments">
      {comments.map((comment) => (
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
  );
}

function CommentForm({
  organizationId,
  applicationId,
  itemId,
  label,
}: {
  organizationId: string;
  applicationId: string;
  itemId: string | null;
  label: string;
}) {
  const t = useT();
  const id = useId();
  const [body, setBody] = useState('');
  const add = useAddComment(organizationId, applicationId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    add.mutate({ itemId, body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <form className="app-comment-form" onSubmit={onSubmit}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__input"
        rows={2}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <ActionError error={add.error} />
      <button
        type="submit"
        className="button button--secondary"
        disabled={add.isPending || body.trim() === ''}
      >
        {add.isPending ? t('application.item.commentPending') : t('application.item.commentButton')}
      </button>
    </form>
  );
}

function MarkBadges({ mark }: { mark: ItemReviewMark | undefined }) {
  const t = useT();
  if (!mark) return null;
  return (
    <>
      {mark.change === 'added' ? <Badge tone="info">{t('application.item.added')}</Badge> : null}
      {mark.change === 'changed' ? <Badge tone="warning">{t('application.item.changed')}</Badge> : null}
      {mark.change === 'unchanged' ? <Badge tone="neutral">{t('application.item.unchanged')}</Badge> : null}
      {mark.carriedOver ? <Badge tone="success">{t('application.item.carriedOver')}</Badge> : null}
      {mark.acceptanceDropped ? <Badge tone="danger">{t('application.item.acceptanceDropped')}</Badge> : null}
    </>
  );
}

function ItemCard({
  item,
  comments,
  mark,
  accepted,
  isReviewer,
  onAccept,
  organizationId,
  applicationId,
  roadmapId,
  acceptPending,
}: {
  item: RoadmapItemResponse;
  comments: readonly ApplicationCommentResponse[];
  mark: ItemReviewMark | undefined;
  accepted: boolean;
  isReviewer: boolean;
  onAccept: (accepted: boolean) => void;
  organizationId: string;
  applicationId: string;
  roadmapId: string;
  acceptPending: boolean;
}) {
  const t = useT();
  const headingId = useId();
  return (
    <li>
      <article className="app-item" aria-labelledby={headingId} id={`item-${item.id}`}>
        <h3 id={headingId} className="app-item__title">
          <Link to={roadmapItemHref(organizationId, roadmapId, item.id)}>{item.title}</Link>
        </h3>
        <p className="app-item__meta">
          {t(`application.item.kind.${item.kind}`)}
          {item.startMonth && item.endMonth
            ? ` · ${t('application.item.period', { start: item.startMonth, end: item.endMonth })}`
            : ''}
          {item.responsibleUnit ? ` · ${item.responsibleUnit}` : ''}
        </p>
        <p className="app-item__badges">
          <MarkBadges mark={mark} />
          {accepted && !isReviewer ? <Badge tone="success">{t('application.item.accepted')}</Badge> : null}
        </p>
        {isReviewer ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={accepted}
              disabled={acceptPending}
              onChange={(e) => onAccept(e.target.checked)}
            />{' '}
            {t('application.item.accept', { title: item.title })}
          </label>
        ) : null}
        {comments.length > 0 ? (
          <section
            className="app-item__comments"
            aria-label={t('application.item.commentsHeading', { count: comments.length })}
          >
            <h4>{t('application.item.commentsHeading', { count: comments.length })}</h4>
            <CommentList comments={comments} />
          </section>
        ) : null}
        {isReviewer ? (
          <CommentForm
            organizationId={organizationId}
            applicationId={applicationId}
            itemId={item.id}
            label={t('application.item.commentLabel', { title: item.title })}
          />
        ) : null}
      </article>
    </li>
  );
}

/**
 * The latest frozen snapshot: its items, each with the reviewers' comments anchored to it, its change since the
 * previous snapshot and (for reviewers) acceptance; then the compliance report frozen with it.
 */
export function SnapshotItems({ organizationId, application, isReviewer }: SnapshotItemsProps) {
  const t = useT();
  const [locale] = useLocale();
  const latest = application.snapshots.at(-1) ?? null;
  const snapshot = useSnapshot(organizationId, application.id, latest?.id ?? null);
  const comments = useApplicationComments(organizationId, application.id);
  const diff = useSnapshotDiff(
    organizationId,
    application.id,
    application.snapshots.length >= 2 && latest ? latest.id : null,
  );
  const acceptances = useAcceptances(organizationId, application.id, latest !== null);
  const setAcceptance = useSetAcceptance(organizationId, application.id);

  if (!latest) return <p>{t('application.noSnapshot')}</p>;
  if (snapshot.isPending) return <Spinner label={t('common.loading')} />;
  if (snapshot.isError) return <ErrorState error={snapshot.error} onRetry={() => void snapshot.refetch()} />;

  const grouped = groupCommentsByItem(comments.data?.items ?? []);
  const marks = itemReviewMarks(diff.data);
  const acceptedIds = new Set(acceptances.data?.items.map((a) => a.itemId) ?? []);
  const content = snapshot.data.content;
  const errors = content.compliance.findings.filter((f) => f.severity === 'error').length;
  const d = diff.data?.diff.items;

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="snapshot-heading">
        <h2 id="snapshot-heading">{t('application.itemsHeading', { sequence: latest.sequence })}</h2>
        <p>
          <span title={latest.contentHash}>
            {t('application.itemsIntro', { hash: shortHash(latest.contentHash) })}
          </span>{' '}
          <Badge tone={snapshot.data.hashVerified ? 'success' : 'danger'}>
            {snapshot.data.hashVerified ? t('application.hashVerified') : t('application.hashMismatch')}
          </Badge>
        </p>
        {diff.data && diff.data.from && d ? (
          <div className="app-diff" role="note" aria-label={t('application.diffHeading')}>
            <h3>{t('application.diffHeading')}</h3>
            <p>
              {t('application.diffIntro', {
                from: diff.data.from.sequence,
                to: diff.data.to.sequence,
                added: d.added.length,
                changed: d.changed.length,
                removed: d.removed.length,
                kept: diff.data.keptAcceptances.length,
                dropped: diff.data.droppedAcceptances.length,
              })}
            </p>
            {d.removed.length > 0 ? (
              <p>
                {t('application.diffRemoved', { titles: d.removed.map((r) => r.title ?? r.key).join('; ') })}
              </p>
            ) : null}
          </div>
        ) : null}
        <ActionError error={setAcceptance.error} />
        <ol className="app-items" aria-label={t('application.itemCaption')}>
          {content.roadmap.items.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              comments={grouped.byItem.get(item.id) ?? []}
              mark={marks?.get(item.id)}
              accepted={acceptedIds.has(item.id)}
              isReviewer={isReviewer}
              acceptPending={setAcceptance.isPending}
              onAccept={(accepted) => setAcceptance.mutate({ itemIds: [item.id], accepted })}
              organizationId={organizationId}
              applicationId={application.id}
              roadmapId={application.roadmapId}
            />
          ))}
        </ol>
        {grouped.general.length > 0 || isReviewer ? (
          <section aria-labelledby="general-comments-heading" className="stack">
            <h3 id="general-comments-heading">{t('application.generalComments')}</h3>
            <CommentList comments={grouped.general} />
            {isReviewer ? (
              <CommentForm
                organizationId={organizationId}
                applicationId={application.id}
                itemId={null}
                label={t('application.generalCommentLabel')}
              />
            ) : null}
          </section>
        ) : null}
      </section>
      <section className="card stack" aria-labelledby="snapshot-compliance-heading">
        <h2 id="snapshot-compliance-heading">{t('application.complianceHeading')}</h2>
        <p>{t('application.complianceScore', { score: content.compliance.score, errors })}</p>
        {content.compliance.findings.length === 0 ? (
          <p>{t('application.complianceNoFindings')}</p>
        ) : (
          <ul>
            {content.compliance.findings.map((finding, index) => (
              <li key={`${finding.rule}-${index}`} className={`app-finding app-finding--${finding.severity}`}>
                {formatFinding(finding, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
