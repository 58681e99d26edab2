import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ROADMAP_FIRST_YEAR, ROADMAP_LAST_PLAN_YEAR } from '@smartcity/domain';

import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import type { ApiErrorCode } from '../../../lib/api-client';
import { useCreateRoadmap } from '../api/create-roadmap';
import { useMeasureFrameworks } from '../api/get-measure-frameworks';
import { frameworkLabel } from './catalogue-names';

type FieldName = 'title' | 'frameworkId' | 'periodStartYear' | 'periodEndYear';

const FIELD_OF_CODE: Partial<Record<ApiErrorCode, FieldName>> = {
  'roadmaps.period-taken': 'periodStartYear',
};

const YEARS = Array.from(
  { length: ROADMAP_LAST_PLAN_YEAR - ROADMAP_FIRST_YEAR + 1 },
  (_, index) => ROADMAP_FIRST_YEAR + index,
);

export type CreateRoadmapFormProps = { organizationId: string; defaultTitle: string };

/** Starts a roadmap for a programme period, pinned to a published version of the standard. */
export function CreateRoadmapForm({ organizationId, defaultTitle }: CreateRoadmapFormProps) {
  const t = useT();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const create = useCreateRoadmap(organizationId);
  const frameworks = useMeasureFrameworks();
  const published = frameworks.data?.items ?? [];
  const [title, setTitle] = useState(defaultTitle);
  const [frameworkId, setFrameworkId] = useState('');
  const [start, setStart] = useState('2024');
  const [end, setEnd] = useState('2030');
  const [clientErrors, setClientErrors] = useState<Partial<Record<FieldName, string>>>({});

  // The newest published version is the sensible default.
  const chosenFramework = frameworkId || published[0]?.id || '';
  const server = submissionErrors(t, create.error, FIELD_OF_CODE);
  const errorFor = (field: FieldName) => clientErrors[field] ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    if (!title.trim()) errors.title = t('validation.required');
    if (!chosenFramework) errors.frameworkId = t('roadmaps.create.noFramework');
    if (Number(end) < Number(start)) errors.periodEndYear = t('roadmaps.create.endBeforeStart');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      {
        title: title.trim(),
        frameworkId: chosenFramework,
        periodStartYear: Number(start),
        periodEndYear: Number(end),
      },
      { onSuccess: (roadmap) => void navigate(`/organizations/${organizationId}/roadmaps/${roadmap.id}`) },
    );
  };

  const yearOptions = YEARS.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="create-roadmap-heading">
      <h2 id="create-roadmap-heading" className="section-title">
        {t('roadmaps.create.heading')}
      </h2>
      <FormError message={server.form} />
      <TextField
        label={t('roadmaps.field.title')}
        value={title}
        maxLength={300}
        required
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
      />
      <SelectField
        label={t('roadmaps.field.framework')}
        hint={
          frameworks.isError ? t('roadmaps.create.frameworksUnavailable') : t('roadmaps.create.frameworkHint')
        }
        value={chosenFramework}
        placeholder={published.length === 0 ? t('roadmaps.create.noFramework') : undefined}
        options={published.map((framework) => ({
          value: framework.id,
          label: frameworkLabel(locale, framework),
        }))}
        onChange={(event) => setFrameworkId(event.target.value)}
        error={errorFor('frameworkId')}
      />
      <div className="form__row form__row--pair">
        <SelectField
          label={t('roadmaps.field.startYear')}
          value={start}
          options={yearOptions}
          onChange={(event) => setStart(event.target.value)}
          error={errorFor('periodStartYear')}
        />
        <SelectField
          label={t('roadmaps.field.endYear')}
          value={end}
          options={yearOptions}
          onChange={(event) => setEnd(event.target.value)}
          error={errorFor('periodEndYear')}
        />
      </div>
      <FormActions
        pending={create.isPending}
        submitLabel={t('roadmaps.create.submit')}
        pendingLabel={t('roadmaps.create.submitting')}
      />
    </form>
  );
}
