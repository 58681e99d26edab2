import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DirectionNodeResponse, KpiResponse, MeasureResponse } from '@smartcity/contracts';
import { ITEM_PROVENANCES, KPI_POLARITIES, KPI_TIERS, MEASURE_KINDS } from '@smartcity/domain';

import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useSaveCatalogueItem } from '../api/save-catalogue-item';
import { catalogueProblemText, catalogueSubmissionErrors } from '../lib/catalogue-problem-text';
import {
  invalidNumberFields,
  kpiDto,
  kpiFormValues,
  measureDto,
  measureFormValues,
  type KpiFormValues,
  type MeasureFormValues,
} from '../lib/draft-forms';
import { fieldLabel, titleText } from './catalogue-text';
import { DraftTextArea } from './draft-text-area';

export type DraftItemFormProps = {
  frameworkId: string;
  expectedRevision: number;
  section: 'measures' | 'kpis';
  /** The item to change; null to add one to `directionCode`. */
  item: MeasureResponse | KpiResponse | null;
  directionCode: string;
  directions: readonly DirectionNodeResponse[];
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * Adds or changes a measure (or KPI) of a draft. Choosing another direction moves the item there. Problems come
 * back from the API per field and are shown at the fields, in the interface language.
 */
export function DraftItemForm(props: DraftItemFormProps) {
  const { frameworkId, expectedRevision, section, item, directionCode, directions, onDone, onCancel } = props;
  const t = useT();
  const [locale] = useLocale();
  const save = useSaveCatalogueItem();
  const [measure, setMeasure] = useState<MeasureFormValues>(() =>
    measureFormValues(section === 'measures' ? (item as MeasureResponse | null) : null, directionCode),
  );
  const [kpi, setKpi] = useState<KpiFormValues>(() =>
    kpiFormValues(section === 'kpis' ? (item as KpiResponse | null) : null, directionCode),
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const submission = catalogueSubmissionErrors(t, locale, save.error);
  const errors = { ...submission.fields, ...localErrors };
  const values: Record<string, string> = section === 'measures' ? { ...measure, regionalCapitals: '' } : kpi;

  const change = (field: string) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    if (section === 'measures') setMeasure((current) => ({ ...current, [field]: value }));
    else setKpi((current) => ({ ...current, [field]: value }));
    setLocalErrors((current) => (current[field] ? { ...current, [field]: '' } : current));
  };

  const text = (field: string, label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      value={values[field] ?? ''}
      onChange={change(field)}
      error={errors[field] || undefined}
    />
  );
  const area = (field: string, label: string, hint?: string) => (
    <DraftTextArea
      label={label}
      hint={hint}
      value={values[field] ?? ''}
      onChange={change(field)}
      error={errors[field] || undefined}
    />
  );
  const select = (
    field: string,
    label: string,
    options: readonly { value: string; label: string }[],
    empty?: string,
  ) => (
    <SelectField
      label={label}
      value={values[field] ?? ''}
      onChange={change(field)}
      options={options}
      placeholder={empty}
      error={errors[field] || undefined}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (section === 'measures') {
      const invalid = invalidNumberFields(measure);
      if (invalid.length > 0) {
        const message = catalogueProblemText(t, locale, { code: 'not-integer' }) ?? '';
        setLocalErrors(Object.fromEntries(invalid.map((f) => [f, message])));
        return;
      }
    }
    const body =
      section === 'measures'
        ? { ...measureDto(measure), expectedRevision }
        : { ...kpiDto(kpi), expectedRevision };
    save.mutate(
      section === 'measures'
        ? { frameworkId, itemId: item?.id ?? null, section, body: body as ReturnType<typeof measureDto> }
        : { frameworkId, itemId: item?.id ?? null, section, body: body as ReturnType<typeof kpiDto> },
      {
        onSuccess: (saved) =>
          onDone(
            item
              ? t('catalogueDraft.itemSaved', { code: saved.code })
              : t('catalogueDraft.itemAdded', { code: saved.code }),
          ),
      },
    );
  };

  const directionOptions = directions.map((d) => ({
    value: d.code,
    label: `${d.code} — ${titleText(t, locale, d)}`,
  }));
  const heading =
    section === 'measures'
      ? item
        ? t('catalogueDraft.editMeasureHeading', { code: item.code })
        : t('catalogueDraft.newMeasureHeading')
      : item
        ? t('catalogueDraft.editKpiHeading', { code: item.code })
        : t('catalogueDraft.newKpiHeading');

  return (
    <form className="form draft-editor__item-form" onSubmit={submit} noValidate aria-label={heading}>
      <h4 className="section-title">{heading}</h4>
      <FormError message={submission.form} />
      <div className="draft-editor__fields">
        {text('code', fieldLabel(t, 'code'))}
        {select('directionCode', fieldLabel(t, 'direction'), directionOptions)}
        {section === 'measures'
          ? select(
              'kind',
              t('catalogueDraft.measureKind'),
              MEASURE_KINDS.map((k) => ({ value: k, label: t(`measureKind.${k}`) })),
            )
          : null}
        {section === 'measures' ? text('officialNumber', fieldLabel(t, 'official_number')) : null}
        {section === 'kpis' ? text('subDimension', fieldLabel(t, 'sub_dimension')) : null}
        {section === 'kpis' ? text('category', fieldLabel(t, 'category')) : null}
      </div>
      {text('titleRu', fieldLabel(t, 'title_ru'))}
      {text('titleEn', fieldLabel(t, 'title_en'))}
      {area('descriptionRu', fieldLabel(t, 'description_ru'))}
      {area('descriptionEn', fieldLabel(t, 'description_en'))}
      {section === 'measures' ? (
        <div className="draft-editor__fields">
          {text('deadlineYear', fieldLabel(t, 'deadline_year'))}
          {text(
            'minPopulation',
            fieldLabel(t, 'applies_min_population'),
            t('catalogueDraft.minPopulationHint'),
          )}
          <CheckboxField
            label={t('catalogueDraft.regionalCapitals')}
            checked={measure.regionalCapitals}
            onChange={(event) =>
              setMeasure((current) => ({ ...current, regionalCapitals: event.target.checked }))
            }
          />
        </div>
      ) : (
        <div className="draft-editor__fields">
          {text('unit', fieldLabel(t, 'unit'))}
          {select(
            'tier',
            fieldLabel(t, 'tier'),
            KPI_TIERS.map((k) => ({ value: k, label: t(`kpiTier.${k}`) })),
            t('common.none'),
          )}
          {select(
            'better',
            fieldLabel(t, 'better'),
            KPI_POLARITIES.map((k) => ({ value: k, label: t(`kpiPolarity.${k}`) })),
            t('common.none'),
          )}
        </div>
      )}
      <div className="draft-editor__fields">
        {select(
          'provenance',
          fieldLabel(t, 'provenance'),
          ITEM_PROVENANCES.map((p) => ({ value: p, label: t(`itemProvenance.${p}`) })),
        )}
        {text('provenanceNote', fieldLabel(t, 'provenance_note'))}
      </div>
      {area('sources', fieldLabel(t, 'sources'), t('catalogueDraft.sourcesHint'))}
      <FormActions
        submitLabel={item ? t('catalogueDraft.save') : t('catalogueDraft.add')}
        pendingLabel={t('catalogueDraft.saving')}
        pending={save.isPending}
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={save.isPending}
        >
          {t('common.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
