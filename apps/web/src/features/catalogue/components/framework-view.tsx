import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { FrameworkResponse, Locale } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ErrorState } from '../../../components/ui/error-state';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-messages';
import { isLocale } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useCreateDraft } from '../api/create-draft';
import { useFramework } from '../api/get-framework';
import { useFrameworks } from '../api/get-frameworks';
import { usePublishFramework } from '../api/publish-framework';
import { catalogueErrorMessage } from '../lib/catalogue-problem-text';
import { useRetireFramework } from '../api/retire-framework';
import { titleText } from './catalogue-text';
import { ExportLinks } from './export-links';
import { FrameworkFacts } from './framework-facts';
import { FrameworkProvenance } from './framework-provenance';
import { KpiTable } from './kpi-table';
import { MeasureTree } from './measure-tree';
import { VersionList } from './version-list';
import { PublishDialog } from './publish-dialog';
import { RetireDialog } from './retire-dialog';

export type FrameworkViewProps = {
  frameworkId: string;
  /** The caller may create drafts and publish (catalogue.manage); the server re-checks. */
  canManage: boolean;
};

type Outcome = { tone: 'success' | 'error'; text: string };

/**
 * One catalogue version: what it is and where its data comes from, then its directions → measures (or its KPI
 * table), with downloads, the other versions, comparison, and for catalogue admins "new draft" and "publish".
 * Titles can be read in either language (`?lang=`), independently of the interface language.
 */
export function FrameworkView({ frameworkId, canManage }: FrameworkViewProps) {
  const t = useT();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const langParam = searchParams.get('lang');
  const contentLocale: Locale = isLocale(langParam) ? langParam : locale;
  const tree = useFramework(frameworkId);
  const code = tree.data?.framework.code;
  const versions = useFrameworks({ code }, { enabled: code !== undefined });
  const publish = usePublishFramework();
  const createDraft = useCreateDraft();
  const retire = useRetireFramework();
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const [confirmingRetire, setConfirmingRetire] = useState(false);
  // The draft editor comes here after publishing: say so.
  const [outcome, setOutcome] = useState<Outcome | null>(() =>
    (location.state as { published?: boolean } | null)?.published
      ? { tone: 'success', text: t('frameworkPage.published') }
      : null,
  );
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  if (tree.isPending) return <Spinner block />;
  if (tree.isError) {
    const missing = isApiError(tree.error) && (tree.error.status === 404 || tree.error.status === 403);
    return (
      <div className="stack">
        <PageHeader title={t('frameworkPage.notFoundTitle')} />
        <ErrorState
          error={tree.error}
          message={missing ? t('frameworkPage.notFoundText') : undefined}
          onRetry={missing ? undefined : () => void tree.refetch()}
        >
          <Link className="button button--secondary" to="/catalogue">
            {t('frameworkPage.back')}
          </Link>
        </ErrorState>
      </div>
    );
  }

  const { framework, directions } = tree.data;
  const allVersions: FrameworkResponse[] = versions.data?.items ?? [framework];
  const basedOn = allVersions.find((v) => v.id === framework.basedOnId) ?? null;
  const draft = allVersions.find((v) => v.status === 'draft') ?? null;
  const hasDraft = draft !== null;

  const confirmPublish = () => {
    publish.mutate(
      { frameworkId: framework.id, expectedRevision: framework.revision },
      {
        onSuccess: () => setOutcome({ tone: 'success', text: t('frameworkPage.published') }),
        onError: (error) => setOutcome({ tone: 'error', text: catalogueErrorMessage(t, locale, error) }),
        onSettled: () => setConfirmingPublish(false),
      },
    );
  };

  const startDraft = () => {
    createDraft.mutate(
      { frameworkId: framework.id },
      {
        onSuccess: (created) => void navigate(`/catalogue/frameworks/${created.id}/edit`),
        onError: (error) => setOutcome({ tone: 'error', text: errorMessage(t, error) }),
      },
    );
  };

  const confirmRetire = (reason: string) => {
    retire.mutate(
      { frameworkId: framework.id, reason: reason || undefined },
      {
        onSuccess: () => setOutcome({ tone: 'success', text: t('frameworkPage.retired') }),
        onError: (error) => setOutcome({ tone: 'error', text: errorMessage(t, error) }),
        onSettled: () => setConfirmingRetire(false),
      },
    );
  };

  const actions = canManage ? (
    framework.status === 'draft' ? (
      <>
        <Link className="button button--secondary" to={`/catalogue/frameworks/${framework.id}/edit`}>
          {t('catalogueDraft.edit')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => setConfirmingPublish(true)}>
          {t('frameworkPage.publish')}
        </button>
      </>
    ) : framework.status === 'published' ? (
      <>
        {versions.isSuccess && !hasDraft ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={startDraft}
            disabled={createDraft.isPending}
          >
            {t('frameworkPage.createDraft')}
          </button>
        ) : draft ? (
          <Link className="button button--secondary" to={`/catalogue/frameworks/${draft.id}/edit`}>
            {t('catalogueDraft.openDraft', { version: draft.version })}
          </Link>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => setConfirmingRetire(true)}>
          {t('frameworkPage.retire')}
        </button>
      </>
    ) : null
  ) : null;

  return (
    <div className="stack stack--large">
      <div className="stack">
        <p className="breadcrumb">
          <Link to="/catalogue">{t('frameworkPage.back')}</Link>
        </p>
        <PageHeader
          title={titleText(t, locale, framework)}
          intro={t('frameworkPage.subtitle', {
            code: framework.code,
            edition: framework.edition,
            version: framework.version,
          })}
          actions={actions}
        />
        <div ref={outcomeRef} tabIndex={-1} aria-live="polite" aria-atomic="true" className="focus-target">
          {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        </div>
      </div>

      <div className="dashboard">
        <div className="dashboard__main stack">
          <FrameworkProvenance provenance={framework.provenance} />
          <section className="panel stack" aria-labelledby="versions-heading">
            <h2 id="versions-heading" className="section-title">
              {t('frameworkPage.versions')}
            </h2>
            <VersionList versions={allVersions} currentId={framework.id} />
            {allVersions.length > 1 ? (
              <p>
                <Link
                  className="button button--secondary button--small"
                  to={`/catalogue/compare/${encodeURIComponent(framework.code)}?to=${framework.id}`}
                >
                  {t('frameworkPage.compare')}
                </Link>
              </p>
            ) : null}
          </section>
        </div>
        <aside className="dashboard__side panel stack" aria-labelledby="about-heading">
          <h2 id="about-heading" className="section-title">
            {t('frameworkPage.about')}
          </h2>
          <FrameworkFacts framework={framework} basedOn={basedOn} />
          <ExportLinks frameworkId={framework.id} />
        </aside>
      </div>

      <section className="stack" aria-labelledby="structure-heading">
        <div className="toolbar">
          <h2 id="structure-heading" className="section-title">
            {framework.kind === 'measures' ? t('frameworkPage.structure') : t('frameworkPage.kpiStructure')}
          </h2>
          <LanguageSwitch
            tone="light"
            label={t('catalogue.contentLanguage')}
            value={contentLocale}
            onChange={(next) =>
              setSearchParams(
                (current) => {
                  current.set('lang', next);
                  return current;
                },
                { replace: true },
              )
            }
          />
        </div>
        {framework.kind === 'measures' ? (
          <MeasureTree directions={directions} contentLocale={contentLocale} />
        ) : (
          <KpiTable directions={directions} contentLocale={contentLocale} />
        )}
      </section>

      <PublishDialog
        open={confirmingPublish}
        framework={framework}
        busy={publish.isPending}
        onConfirm={confirmPublish}
        onCancel={() => setConfirmingPublish(false)}
      />
      <RetireDialog
        open={confirmingRetire}
        framework={framework}
        busy={retire.isPending}
        onConfirm={confirmRetire}
        onCancel={() => setConfirmingRetire(false)}
      />
    </div>
  );
}
