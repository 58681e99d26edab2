import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DirectionResponse } from '@smartcity/contracts';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useAddDirection } from '../api/add-direction';
import { useUpdateDirection } from '../api/update-direction';
import { catalogueSubmissionErrors } from '../lib/catalogue-problem-text';
import type { DirectionFormValues } from '../lib/draft-forms';
import { fieldLabel } from './catalogue-text';

export type DraftDirectionFormProps = {
  frameworkId: string;
  expectedRevision: number;
  /** The direction to rename; null to add one (its code is then asked for too). */
  direction: DirectionResponse | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Adds a direction to a draft, or renames one (a direction's code is fixed once items refer to it). */
export function DraftDirectionForm({
  frameworkId,
  expectedRevision,
  direction,
  onDone,
  onCancel,
}: DraftDirectionFormProps) {
  const t = useT();
  const [locale] = useLocale();
  const add = useAddDirection();
  const update = useUpdateDirection();
  const mutation = direction ? update : add;
  const [values, setValues] = useState<DirectionFormValues>({
    code: direction?.code ?? '',
    titleRu: direction?.titleRu ?? '',
    titleEn: direction?.titleEn ?? '',
  });
  const errors = catalogueSubmissionErrors(t, locale, mutation.error);
  const change = (field: keyof DirectionFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const heading = direction
    ? t('catalogueDraft.editDirectionHeading', { code: direction.code })
    : t('catalogueDraft.newDirectionHeading');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const titles = { titleRu: values.titleRu.trim() || null, titleEn: values.titleEn.trim() || null };
    if (direction) {
      update.mutate(
        { frameworkId, directionId: direction.id, body: { ...titles, expectedRevision } },
        { onSuccess: () => onDone(t('catalogueDraft.directionSaved', { code: direction.code })) },
      );
    } else {
      add.mutate(
        { frameworkId, body: { code: values.code.trim(), ...titles, expectedRevision } },
        { onSuccess: (created) => onDone(t('catalogueDraft.directionAdded', { code: created.code })) },
      );
    }
  };

  return (
    <form className="form draft-editor__item-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3 className="section-title">{heading}</h3>
      <FormError message={errors.form} />
      {direction ? null : (
        <TextField
          label={fieldLabel(t, 'code')}
          value={values.code}
          onChange={change('code')}
          error={errors.fields.code}
        />
      )}
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
        submitLabel={direction ? t('catalogueDraft.save') : t('catalogueDraft.add')}
        pendingLabel={t('catalogueDraft.saving')}
        pending={mutation.isPending}
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={mutation.isPending}
        >
          {t('common.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
