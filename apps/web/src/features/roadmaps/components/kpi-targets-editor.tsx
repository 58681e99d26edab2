import '../item-details.css';

import { useDeferredValue, useId, useState } from 'react';

import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useKpiCatalogue } from '../api/get-kpi-catalogue';
import { useKpiDefinitionSearch } from '../api/search-kpi-definitions';
import type { KpiRowErrors, KpiTargetRowForm } from '../lib/kpi-targets';
import { newKpiRow } from '../lib/kpi-targets';
import { catalogueTitle } from './catalogue-names';
import type { KpiLookup } from './kpi-names';

const SEARCH_LIMIT = 30;

export type KpiTargetsEditorProps = {
  rows: KpiTargetRowForm[];
  firstYear: number;
  lastYear: number;
  kpis: KpiLookup;
  /** Problems per row and field (client checks and the API's 400). */
  errors: KpiRowErrors;
  /** The list-level message (shown above the rows when a row has a problem). */
  error?: string;
  onChange: (rows: KpiTargetRowForm[]) => void;
};

/**
 * The KPI targets of an item: one row per KPI × year with a baseline and a target. The KPI is picked from the
 * published KPI sets through the catalogue search. Rows are part of the item's form, so they are saved (and
 * merged on a 409) with the item's other fields.
 */
export function KpiTargetsEditor({
  rows,
  firstYear,
  lastYear,
  kpis,
  errors,
  error,
  onChange,
}: KpiTargetsEditorProps) {
  const t = useT();
  const [picking, setPicking] = useState<string | null>(null);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
  const patch = (key: string, change: Partial<KpiTargetRowForm>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const addRow = () => {
    const row = newKpiRow(firstYear);
    onChange([...rows, row]);
    setPicking(row.key);
  };

  return (
    <fieldset className="kpi-targets" aria-describedby={error ? 'item-kpi-targets-error' : undefined}>
      <legend className="field__label">{t('roadmaps.itemField.kpiTargets')}</legend>
      <p className="field__hint">{t('roadmaps.kpi.hint')}</p>
      {error ? (
        <p className="field__error" id="item-kpi-targets-error" tabIndex={-1}>
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="muted">{t('roadmaps.kpi.empty')}</p> : null}
      {rows.map((row, index) => {
        const rowErrors = errors[row.key] ?? {};
        const number = index + 1;
        const info = row.kpiDefinitionId ? kpis.kpiInfo(row.kpiDefinitionId) : undefined;
        const kpiError = rowErrors.kpiDefinitionId ?? rowErrors.row;
        return (
          <div
            key={row.key}
            className="kpi-targets__row"
            role="group"
            aria-label={t('roadmaps.kpi.kpiOf', { index: number })}
          >
            <div className="kpi-targets__kpi">
              <p className="field__label">{t('roadmaps.kpi.kpiOf', { index: number })}</p>
              <p className="kpi-targets__name">
                {row.kpiDefinitionId
                  ? (info?.name ?? t('roadmaps.kpi.unknownName'))
                  : t('roadmaps.kpi.notChosen')}
                {info ? <span className="muted"> · {info.frameworkName}</span> : null}
                {info?.unit ? (
                  <span className="muted"> · {t('roadmaps.kpi.unit', { unit: info.unit })}</span>
                ) : null}
              </p>
              {kpiError ? <p className="field__error">{t(kpiError)}</p> : null}
              <button
                type="button"
                className="button button--link button--small"
                aria-expanded={picking === row.key}
                onClick={() => setPicking(picking === row.key ? null : row.key)}
              >
                {row.kpiDefinitionId
                  ? t('roadmaps.kpi.change', { index: number })
                  : t('roadmaps.kpi.choose', { index: number })}
              </button>
            </div>
            <TextField
              label={t('roadmaps.kpi.baselineOf', { index: number })}
              inputMode="decimal"
              value={row.baseline}
              onChange={(event) => patch(row.key, { baseline: event.target.value })}
              error={rowErrors.baseline ? t(rowErrors.baseline) : undefined}
            />
            <TextField
              label={t('roadmaps.kpi.targetOf', { index: number })}
              inputMode="decimal"
              value={row.target}
              onChange={(event) => patch(row.key, { target: event.target.value })}
              error={rowErrors.target ? t(rowErrors.target) : undefined}
            />
            <SelectField
              label={t('roadmaps.kpi.yearOf', { index: number })}
              value={row.year}
              options={(years.includes(row.year) ? years : [row.year, ...years]).map((year) => ({
                value: year,
                label: year,
              }))}
              onChange={(event) => patch(row.key, { year: event.target.value })}
              error={rowErrors.year ? t(rowErrors.year) : undefined}
            />
            <div className="form__submit">
              <button
                type="button"
                className="button button--link button--small"
                onClick={() => {
                  if (picking === row.key) setPicking(null);
                  onChange(rows.filter((other) => other.key !== row.key));
                }}
              >
                {t('roadmaps.kpi.remove', { index: number })}
              </button>
            </div>
            {picking === row.key ? (
              <KpiPicker
                rowNumber={number}
                onPick={(kpiDefinitionId) => {
                  patch(row.key, { kpiDefinitionId });
                  setPicking(null);
                }}
                onClose={() => setPicking(null)}
              />
            ) : null}
          </div>
        );
      })}
      <button type="button" className="button button--secondary button--small" onClick={addRow}>
        {t('roadmaps.kpi.add')}
      </button>
    </fieldset>
  );
}

type KpiPickerProps = {
  rowNumber: number;
  onPick: (kpiDefinitionId: string) => void;
  onClose: () => void;
};

/** Search of the published KPI sets: a set (or all), words or a code; results as buttons. */
function KpiPicker({ rowNumber, onPick, onClose }: KpiPickerProps) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  const [frameworkId, setFrameworkId] = useState('');
  const [q, setQ] = useState('');
  const deferredQ = useDeferredValue(q);
  const { frameworks } = useKpiCatalogue();
  const search = useKpiDefinitionSearch({ q: deferredQ, frameworkId, limit: SEARCH_LIMIT }, true);
  const hits = search.data?.items ?? [];

  return (
    <section className="kpi-picker" aria-labelledby={headingId}>
      <h3 className="kpi-picker__heading" id={headingId}>
        {t('roadmaps.kpi.picker.heading', { index: rowNumber })}
      </h3>
      <div className="form__row form__row--pair">
        <SelectField
          label={t('roadmaps.kpi.picker.framework')}
          value={frameworkId}
          placeholder={t('roadmaps.kpi.picker.anyFramework')}
          options={(frameworks.data?.items ?? []).map((framework) => ({
            value: framework.id,
            label: `${catalogueTitle(locale, framework)} — ${framework.edition || `v${framework.version}`}`,
          }))}
          onChange={(event) => setFrameworkId(event.target.value)}
        />
        <TextField
          label={t('roadmaps.kpi.picker.search')}
          type="search"
          value={q}
          autoFocus
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            // Enter in the search box must not submit the item form.
            if (event.key === 'Enter') event.preventDefault();
            if (event.key === 'Escape') onClose();
          }}
        />
      </div>
      <div aria-live="polite" className="kpi-picker__status">
        {search.isError ? <p className="field__error">{t('roadmaps.kpi.picker.failed')}</p> : null}
        {search.isPending ? <p className="muted">{t('roadmaps.kpi.picker.loading')}</p> : null}
        {search.isSuccess && hits.length === 0 ? (
          <p className="muted">{t('roadmaps.kpi.picker.noResults')}</p>
        ) : null}
        {search.data && search.data.total > hits.length ? (
          <p className="muted">
            {t('roadmaps.kpi.picker.more', { shown: hits.length, total: search.data.total })}
          </p>
        ) : null}
      </div>
      {hits.length > 0 ? (
        <ul className="kpi-picker__results" aria-label={t('roadmaps.kpi.picker.results')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" className="kpi-picker__hit" onClick={() => onPick(hit.id)}>
                <span className="kpi-picker__code">{hit.code}</span> {catalogueTitle(locale, hit)}
                <span className="muted">
                  {' '}
                  · {hit.frameworkCode} {hit.frameworkEdition}
                  {hit.unit ? ` · ${hit.unit}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button--link button--small" onClick={onClose}>
        {t('roadmaps.kpi.picker.close')}
      </button>
    </section>
  );
}
