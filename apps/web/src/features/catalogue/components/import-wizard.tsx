import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { CatalogueImportResponse, FrameworkResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { Steps } from '../../../components/ui/steps';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useFrameworks } from '../api/get-frameworks';
import { isImportInProgress, useImport } from '../api/get-import';
import { ImportErrorsTable } from './import-errors-table';
import { ImportFileForm } from './import-file-form';
import { ImportPreview } from './import-preview';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { RecentImports } from './recent-imports';
import { targetFromParams, targetToParams } from './import-target';
import type { ImportTarget } from './import-target';

type StepId = 'file' | 'check' | 'preview' | 'draft';
const STEP_IDS: readonly StepId[] = ['file', 'check', 'preview', 'draft'];

function stepOf(job: CatalogueImportResponse | undefined, hasImport: boolean): StepId {
  if (!hasImport) return 'file';
  if (!job || isImportInProgress(job.status)) return 'check';
  if (job.status === 'applied') return 'draft';
  return 'preview';
}

/**
 * Importing a catalogue file in four steps: choose the catalogue and the file → the worker checks it (progress
 * bar, polled) → row errors, or a preview of changes against the published version → a draft is written, then
 * published after a confirmation. The import being worked on is kept in the URL (`?import=`), so a reload or a
 * shared link returns to the same step. Focus moves to each new step's heading.
 */
export function ImportWizard() {
  const t = useT();
  const [locale] = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const importId = searchParams.get('import');
  const target = targetFromParams(searchParams);
  const job = useImport(importId);
  const frameworks = useFrameworks();
  const step = stepOf(job.data, importId !== null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef<StepId>(step);

  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const startOver = () => setSearchParams(new URLSearchParams());
  const onUploaded = (created: CatalogueImportResponse, chosen: ImportTarget) =>
    setSearchParams(targetToParams(chosen, new URLSearchParams({ import: created.id })));
  const openImport = (id: string) => setSearchParams(new URLSearchParams({ import: id }));
  const allFrameworks: FrameworkResponse[] = frameworks.data?.items ?? [];
  const uploadAnother = (
    <p>
      <button type="button" className="button button--primary" onClick={startOver}>
        {t('catalogueImport.another')}
      </button>
    </p>
  );

  const headings: Record<StepId, string> = {
    file: t('catalogueImport.fileHeading'),
    check: t('catalogueImport.checkHeading'),
    preview:
      job.data?.status === 'invalid'
        ? t('catalogueImport.invalidHeading')
        : job.data?.status === 'failed'
          ? t('catalogueImport.failedHeading')
          : t('catalogueImport.previewHeading'),
    draft: t('catalogueImport.step.draft'),
  };

  let body;
  if (step === 'file') {
    body = frameworks.isPending ? (
      <Spinner block />
    ) : (
      <div className="stack stack--large">
        <ImportFileForm frameworks={allFrameworks} onUploaded={onUploaded} />
        <RecentImports onOpen={openImport} />
      </div>
    );
  } else if (job.isError) {
    body = <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  } else if (!job.data) {
    body = <Spinner block />;
  } else {
    const current = job.data;
    body = (
      <div className="stack stack--large">
        <ImportProgress job={current} />
        {current.status === 'invalid' ? (
          <div className="stack">
            <Alert tone="error">
              {t('catalogueImport.invalidText', {
                count: formatNumber(locale, current.errorCount),
                rows: formatNumber(locale, current.invalidRows),
              })}
            </Alert>
            <ImportErrorsTable errors={current.errors} errorCount={current.errorCount} />
            {uploadAnother}
          </div>
        ) : current.status === 'failed' ? (
          <div className="stack">
            {/* The job's own failure message is English for support; the user gets the advice in their language. */}
            <Alert tone="error">{t('catalogueImport.failedText', { id: current.id })}</Alert>
            {uploadAnother}
          </div>
        ) : current.status === 'ready' ? (
          <ImportPreview
            job={current}
            target={target}
            frameworks={allFrameworks}
            onUploadAnother={startOver}
          />
        ) : current.status === 'applied' && current.appliedFrameworkId ? (
          <ImportResult draftId={current.appliedFrameworkId} />
        ) : null}
      </div>
    );
  }

  const stepIndex = STEP_IDS.indexOf(step);
  return (
    <div className="stack stack--large">
      <Steps
        label={t('catalogueImport.stepsLabel')}
        steps={STEP_IDS.map((id) => t(`catalogueImport.step.${id}`))}
        current={stepIndex}
      />
      <section className="panel stack" aria-labelledby="import-step-heading">
        <p className="muted step-counter">
          {t('catalogueImport.stepStatus', { step: stepIndex + 1, total: STEP_IDS.length })}
        </p>
        <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="section-title focus-target">
          {headings[step]}
        </h2>
        {body}
      </section>
      <p>
        <Link to="/catalogue">{t('frameworkPage.back')}</Link>
      </p>
    </div>
  );
}
