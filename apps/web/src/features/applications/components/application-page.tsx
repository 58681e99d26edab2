import '../applications.css';
import { Link } from 'react-router-dom';
import type { ApplicationDetailResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ErrorState } from '../../../components/ui/error-state';
import { Facts } from '../../../components/ui/facts';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { apiUrl } from '../../../lib/api-client';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useApplication, useApplicationDocuments } from '../api/applications';
import { useCampaign } from '../api/campaigns';
import {
  awaitedDocuments,
  canDecide,
  latestChangeRequest,
  shortHash,
  timelineOf,
} from '../lib/application-view';
import { AgreementSection } from './agreement-section';
import { roadmapHref } from './application-links';
import { LeadActions } from './lead-actions';
import { ReassignReviewers } from './reassign-reviewers';
import { ReviewPanel } from './review-panel';
import { SnapshotItems } from './snapshot-items';
import { ApplicationStatusBadge } from './status-badge';

export type ApplicationPageProps = {
  organizationId: string;
  applicationId: string;
  /** Where "back" leads (the municipality's list or the reviewer's queue). */
  backHref: string;
  /** Programme coordinators of the ministry: manual reviewer override (candidates per stage from the API). */
  manage: { ministryId: string } | null;
};

function Summary({ application }: { application: ApplicationDetailResponse }) {
  const t = useT();
  const [locale] = useLocale();
  const prefill = application.prefill;
  return (
    <section className="card stack" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('application.summaryHeading')}</h2>
      <Facts
        items={[
          {
            label: t('application.fact.status'),
            value: <ApplicationStatusBadge status={application.status} />,
          },
          application.currentStage && {
            label: t('application.fact.stage'),
            value: t(`applications.stage.${application.currentStage}`),
          },
          {
            label: t('application.fact.roadmap'),
            value: (
              <Link to={roadmapHref(application.municipalityId, application.roadmapId)}>
                {application.roadmapTitle}
              </Link>
            ),
          },
          application.submittedAt !== null && {
            label: t('application.fact.submitted'),
            value: formatDateTime(locale, application.submittedAt),
          },
          application.snapshotHash !== null && {
            label: t('application.fact.hash'),
            value: <code className="app-hash">{application.snapshotHash}</code>,
          },
          application.complianceScore !== null && {
            label: t('application.fact.score'),
            value: String(application.complianceScore),
          },
          { label: t('application.fact.items'), value: String(prefill.itemCount) },
          { label: t('application.fact.ownMeasures'), value: String(prefill.ownMeasureCount) },
          { label: t('application.fact.measuresCovered'), value: String(prefill.measuresCovered.length) },
          {
            label: t('application.fact.budget'),
            value: t('application.budgetValue', {
              amount: formatNumber(locale, Number(prefill.budgetTotal.planned)),
            }),
          },
          prefill.scheduleStart !== null &&
            prefill.scheduleEnd !== null && {
              label: t('application.fact.schedule'),
              value: t('application.scheduleValue', {
                start: prefill.scheduleStart,
                end: prefill.scheduleEnd,
              }),
            },
          { label: t('application.fact.kpiTargets'), value: String(prefill.kpiTargets.length) },
          { label: t('application.fact.revision'), value: String(application.revision) },
        ]}
      />
    </section>
  );
}

function ChangeRequestNotice({ application }: { application: ApplicationDetailResponse }) {
  const t = useT();
  const [locale] = useLocale();
  const request = latestChangeRequest(application);
  if (!request) return null;
  return (
    <section className="card app-changes stack" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('application.changesHeading')}</h2>
      <p>
        {t('application.changesBy', {
          stage: request.stage ? t(`applications.stage.${request.stage}`) : t('common.none'),
          actor: request.by ?? t('application.timelineSystem'),
          date: formatDateTime(locale, request.at),
        })}
      </p>
      <ul>
        {request.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="muted">{t('application.changesHint')}</p>
    </section>
  );
}

function Documents({
  organizationId,
  application,
}: {
  organizationId: string;
  application: ApplicationDetailResponse;
}) {
  const t = useT();
  const [locale] = useLocale();
  const documents = useApplicationDocuments(organizationId, application.id, application.transitions);
  // Asked for by a recent move, not created by the worker yet: shown as queued while the list polls.
  const awaited = documents.data
    ? awaitedDocuments(application.transitions, documents.data.items, documents.dataUpdatedAt)
    : [];
  return (
    <section className="card stack" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('application.documentsHeading')}</h2>
      {documents.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.items.length === 0 && awaited.length === 0 ? (
        <p>{t('application.documentsEmpty')}</p>
      ) : (
        <ul>
          {documents.data.items.map((document) => (
            <li key={document.id}>
              {document.status === 'ready' && document.downloadUrl ? (
                <a
                  href={
                    document.downloadUrl.startsWith('/api/')
                      ? document.downloadUrl
                      : apiUrl(document.downloadUrl)
                  }
                  download
                >
                  {t('application.documentDownload', {
                    kind: t(`application.document.${document.kind}`),
                    date: formatDate(locale, document.renderedAt ?? document.createdAt),
                  })}
                </a>
              ) : (
                <span>{t(`application.document.${document.kind}`)}</span>
              )}{' '}
              <Badge
                tone={
                  document.status === 'ready' ? 'success' : document.status === 'failed' ? 'danger' : 'info'
                }
              >
                {t(`application.documentStatus.${document.status}`)}
              </Badge>{' '}
              <code title={document.snapshotHash}>{shortHash(document.snapshotHash)}</code>
            </li>
          ))}
          {awaited.map((document) => (
            <li key={`${document.transitionId}:${document.kind}`}>
              <span>{t(`application.document.${document.kind}`)}</span>{' '}
              <Badge tone="info">{t('application.documentStatus.pending')}</Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Timeline({ application }: { application: ApplicationDetailResponse }) {
  const t = useT();
  const [locale] = useLocale();
  const entries = timelineOf(application.transitions);
  return (
    <section className="card stack" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('application.timelineHeading')}</h2>
      <ol className="app-timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="app-timeline__entry">
            <strong>{t(`applications.transition.${entry.transition}`)}</strong>{' '}
            <span>
              (
              {t('application.timelineEntry', {
                from: t(`applications.status.${entry.from}`),
                to: t(`applications.status.${entry.to}`),
              })}
              )
            </span>
            <br />
            <span className="muted">
              {t('application.timelineActor', {
                actor: entry.actor ?? t('application.timelineSystem'),
                date: formatDateTime(locale, entry.at),
              })}
            </span>
            {entry.reasons.length > 0 ? (
              <ul>
                {entry.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One application: summary, the lead's moves, the frozen snapshot with item comments, review, agreement, history. */
export function ApplicationPage({ organizationId, applicationId, backHref, manage }: ApplicationPageProps) {
  const t = useT();
  const application = useApplication(organizationId, applicationId);
  const campaign = useCampaign(application.data?.campaignId ?? null);
  if (application.isPending) return <Spinner label={t('common.loading')} block />;
  if (application.isError)
    return <ErrorState error={application.error} onRetry={() => void application.refetch()} />;
  const data = application.data;
  const isReviewer = canDecide(data);
  return (
    <div className="stack">
      <p>
        <Link to={backHref}>{t('application.back')}</Link>
      </p>
      <PageHeader
        title={t('application.titleFor', {
          municipality: data.municipalityName,
          campaign: data.campaignTitle,
        })}
        intro={<ApplicationStatusBadge status={data.status} />}
      />
      <ChangeRequestNotice application={data} />
      <Summary application={data} />
      <LeadActions organizationId={organizationId} application={data} />
      {isReviewer ? (
        campaign.data ? (
          <ReviewPanel organizationId={organizationId} application={data} criteria={campaign.data.criteria} />
        ) : campaign.isError ? (
          <ErrorState error={campaign.error} />
        ) : (
          <Spinner label={t('common.loading')} />
        )
      ) : null}
      <SnapshotItems organizationId={organizationId} application={data} isReviewer={isReviewer} />
      {manage ? (
        <ReassignReviewers organizationId={organizationId} application={data} />
      ) : null}
      <AgreementSection organizationId={organizationId} application={data} />
      {data.snapshots.length > 0 ? <Documents organizationId={organizationId} application={data} /> : null}
      <Timeline application={data} />
      {data.status === 'withdrawn' ? <Alert tone="info">{t('applications.status.withdrawn')}</Alert> : null}
    </div>
  );
}
