import { useState } from 'react';
import type { CatalogueImportResponse, FrameworkResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { Facts } from '../../../components/ui/facts';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { errorMessage } from '../../../i18n/error-messages';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useApplyImport } from '../api/apply-import';
import { CatalogueDiffView } from './catalogue-diff-view';
import type { ImportTarget } from './import-target';

export type ImportPreviewProps = {
  job: CatalogueImportResponse;
  /** What the admin said the file is for (null when unknown, e.g. an import opened from the list). */
  target: ImportTarget | null;
  /** Every visible version, to tell whether a "new" catalogue exists already. */
  frameworks: readonly FrameworkResponse[];
  onUploadAnother: () => void;
};

/** Step 3 for a valid file: what it holds and what would change; "Create a draft" writes it (the import then reads `applied`). */
export function ImportPreview({ job, target, frameworks, onUploadAnother }: ImportPreviewProps) {
  const t = useT();
  const [locale] = useLocale();
  const apply = useApplyImport(job.id);
  const [replaceDraft, setReplaceDraft] = useState(false);
  const summary = job.summary;

  const mismatch =
    summary && target
      ? target.code !== null && target.code !== summary.frameworkCode
        ? t('catalogueImport.targetMismatch', { file: summary.frameworkCode, target: target.code })
        : target.kind !== summary.kind
          ? t('catalogueImport.kindMismatchFile', {
              fileKind: t(`frameworkKind.${summary.kind}`),
              kind: t(`frameworkKind.${target.kind}`),
            })
          : null
      : null;
  const existsAlready =
    summary !== null && target?.code === null && frameworks.some((f) => f.code === summary.frameworkCode);
  const needsReplace = job.existingDraftId !== null;

  return (
    <div className="stack stack--large">
      {summary ? (
        <Facts
          compact
          items={[
            {
              label: t('catalogueImport.summary'),
              value: t('catalogueImport.summaryValue', {
                code: summary.frameworkCode,
                edition: summary.edition,
                directions: summary.directions,
                items: summary.items,
              }),
            },
            { label: t('catalogue.column.kind'), value: t(`frameworkKind.${summary.kind}`) },
          ]}
        />
      ) : null}
      {mismatch ? <Alert tone="error">{mismatch}</Alert> : null}
      {existsAlready && summary ? (
        <Alert tone="info">{t('catalogueImport.notNew', { code: summary.frameworkCode })}</Alert>
      ) : null}
      <p>{job.preview?.from ? t('catalogueImport.previewIntro') : t('catalogueImport.previewNew')}</p>
      {job.preview ? <CatalogueDiffView diff={job.preview} contentLocale={locale} headingLevel={3} /> : null}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          apply.mutate(needsReplace ? { replaceDraft } : {});
        }}
      >
        {needsReplace ? (
          <CheckboxField
            label={t('catalogueImport.replaceDraft')}
            hint={t('catalogueImport.replaceDraftHint')}
            checked={replaceDraft}
            onChange={(event) => setReplaceDraft(event.target.checked)}
          />
        ) : null}
        <FormError message={apply.error ? errorMessage(t, apply.error) : null} />
        <FormActions
          pending={apply.isPending}
          disabled={mismatch !== null || (needsReplace && !replaceDraft)}
          submitLabel={t('catalogueImport.apply')}
          pendingLabel={t('catalogueImport.applying')}
        >
          <button type="button" className="button button--secondary" onClick={onUploadAnother}>
            {t('catalogueImport.another')}
          </button>
        </FormActions>
      </form>
    </div>
  );
}
