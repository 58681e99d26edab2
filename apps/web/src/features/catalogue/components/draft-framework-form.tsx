import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FrameworkResponse } from '@smartcity/contracts';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useUpdateFramework } from '../api/update-framework';
import { catalogueSubmissionErrors } from '../lib/catalogue-problem-text';
import type { FrameworkFormValues } from '../lib/draft-forms';
import { fieldLabel } from './catalogue-text';

export type DraftFrameworkFormProps = {
  framework: FrameworkResponse;
  onDone: (message: string) => void;
};

/** The draft's edition label and titles. */
export function DraftFrameworkForm({ framework, onDone }: DraftFrameworkFormProps) {
  const t = useT();
  const [locale] = useLocale();
  const update = useUpdateFramework();
  const [values, setValues] = useState<FrameworkFormValues>({
    edition: framework.edition,
    titleRu: framework.titleRu ?? '',
    titleEn: framework.titleEn ?? '',
  });
  const errors = catalogueSubmissionErrors(t, locale, update.error);
  const change = (field: keyof FrameworkFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        frameworkId: framework.id,
        body: {
          edition: values.edition,
          titleRu: values.titleRu.trim() || null,
          titleEn: values.titleEn.trim() || null,
          expectedRevision: framework.revision,
        },
      },
      { onSuccess: () => onDone(t('catalogueDraft.detailsSaved')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="draft-details-heading">
      <h2 id="draft-details-heading" className="section-title">
        {t('catalogueDraft.detailsHeading')}
      </h2>
      <FormError message={errors.form} />
      <TextField
        label={fieldLabel(t, 'edition')}
        value={values.edition}
        onChange={change('edition')}
        error={errors.fields.edition}
      />
      <TextField
        label={fieldLabel(t, 'title_ru')}
        value={values.titleRu}
        onChange={change('titleRu')}
        error={errors.fields.titleRu}
      />
      <TextField
        label={fieldLabel(t, 'title_en')}
        value={values.titleEn}
        onChange={change('titleEn')}
        error={errors.fields.titleEn}
      />
      <FormActions
        submitLabel={t('catalogueDraft.saveDetails')}
        pendingLabel={t('catalogueDraft.saving')}
        pending={update.isPending}
      />
    </form>
  );
}
