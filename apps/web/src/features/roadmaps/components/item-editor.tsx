import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RoadmapItemResponse } from '@smartcity/contracts';
import { FINANCING_SOURCES, ROADMAP_ITEM_KINDS, ROADMAP_ITEM_STATUSES } from '@smartcity/domain';
import type { FinancingSource } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useCreateItem } from '../api/create-item';
import { useUpdateItem } from '../api/update-item';
import type { ItemFields } from '../lib/item-fields';
import { changedFields, itemFieldsOf, itemPatch } from '../lib/item-fields';
import type { ItemForm, ItemFormErrors } from '../lib/item-form';
import type { KpiRowErrors } from '../lib/kpi-targets';
import { kpiIssuesToRows, mergeKpiErrors } from '../lib/kpi-targets';
import { itemFormOf, newBudgetRow, parseItemForm } from '../lib/item-form';
import type { MergeSide } from '../lib/merge';
import { resolvedFields, resolvedPatch } from '../lib/merge';
import { fieldLabel } from './field-value';
import type { MergeConflict } from './merge-dialog';
import { MergeDialog } from './merge-dialog';
import { KpiTargetsEditor } from './kpi-targets-editor';
import { itemPath } from './roadmap-context';
import type { RoadmapView } from './roadmap-context';
import { TextAreaField } from './text-area-field';

export type ItemEditorProps = {
  view: RoadmapView;
  /** The item to edit, or null to create one. */
  item: RoadmapItemResponse | null;
};

const EMPTY: ItemFields = {
  kind: 'own',
  measureId: null,
  title: '',
  description: null,
  directionId: null,
  responsibleUnit: null,
  responsiblePerson: null,
  startMonth: null,
  endMonth: null,
  status: 'planned',
  progress: 0,
  problemIds: [],
  dependsOn: [],
  budgetLines: [],
  kpiTargets: [],
};

/** The conflict a 409 describes, when it carries the current item. */
function currentItemOf(error: unknown): RoadmapItemResponse | null | undefined {
  if (!isApiError(error) || error.code !== 'common.conflict') return undefined;
  const current = error.details.current;
  if (current === null) return null;
  return typeof current === 'object' && current !== null && 'revision' in current
    ? (current as RoadmapItemResponse)
    : undefined;
}

/**
 * Edits one item (or creates one) with the API's item rules checked as you save. An edit sends only the changed
 * fields with the revision it was based on. When someone else saved in between (409), the merge dialog lets the
 * user choose per field and re-saves against the current revision. While the form is untouched it follows live
 * changes; once edited it keeps its base and says the item changed meanwhile.
 */
export function ItemEditor({ view, item }: ItemEditorProps) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateItem(view.organizationId, view.roadmapId);
  const update = useUpdateItem(view.organizationId, view.roadmapId);

  const [base, setBase] = useState<{ fields: ItemFields; revision: number }>(() => ({
    fields: item ? itemFieldsOf(item) : EMPTY,
    revision: item?.revision ?? 0,
  }));
  const [form, setForm] = useState<ItemForm>(() => itemFormOf(base.fields));
  const [clientErrors, setClientErrors] = useState<ItemFormErrors>({});
  const [kpiClientErrors, setKpiClientErrors] = useState<KpiRowErrors>({});
  const [conflict, setConflict] = useState<MergeConflict | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState<'saved' | 'merged' | 'deleted-meanwhile' | null>(null);

  const { roadmap, problems, items } = view.document;
  const lastYear = roadmap.outlookYear ?? roadmap.periodEndYear;
  const context = useMemo(
    () => ({
      itemId: item?.id ?? null,
      problemIds: new Set(problems.map((p) => p.id)),
      itemIds: new Set(items.map((i) => i.id)),
      firstYear: roadmap.periodStartYear,
      lastYear,
    }),
    [item?.id, problems, items, roadmap.periodStartYear, lastYear],
  );
  const parsed = parseItemForm(form, context);
  const dirty = changedFields(base.fields, parsed.fields).length > 0;

  const rebase = (next: RoadmapItemResponse) => {
    const fields = itemFieldsOf(next);
    setBase({ fields, revision: next.revision });
    setForm(itemFormOf(fields));
    setClientErrors({});
    setKpiClientErrors({});
  };

  // Follow live changes while the form is untouched; an edited form keeps its base (the save will merge).
  const serverRevision = item?.revision;
  useEffect(() => {
    if (!item || serverRevision === base.revision || dirty || conflict) return;
    rebase(item);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to a new server revision only
  }, [serverRevision]);

  const changedMeanwhile = item !== null && item.revision !== base.revision && dirty;
  const mutationError = item ? update.error : create.error;
  const conflictCurrent = currentItemOf(update.error);
  const serverFieldErrors = conflictCurrent === undefined ? fieldErrors(t, mutationError) : {};
  if (isApiError(mutationError) && mutationError.code === 'roadmaps.dependency-cycle') {
    serverFieldErrors.dependsOn = errorMessage(t, mutationError);
  }
  const formError =
    mutationError && conflictCurrent === undefined && Object.keys(serverFieldErrors).length === 0
      ? errorMessage(t, mutationError)
      : null;
  // The API names KPI problems by position (`kpiTargets.1.year`): the rows are sent in the form's order.
  const kpiErrors = mergeKpiErrors(
    kpiClientErrors,
    conflictCurrent === undefined && isApiError(mutationError)
      ? kpiIssuesToRows(mutationError.fields, form.kpiTargets)
      : {},
  );
  const errorFor = (field: keyof ItemFields) => {
    const key = clientErrors[field];
    return key ? t(key) : serverFieldErrors[field];
  };

  const set = <K extends keyof ItemForm>(field: K, value: ItemForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    if (field === 'kpiTargets') setKpiClientErrors({});
    setNotice(null);
  };

  const saveAgainst = (patchBase: { fields: ItemFields; revision: number }, mine: ItemFields) => {
    if (!item) return;
    update.mutate(
      { itemId: item.id, body: itemPatch(patchBase.fields, mine, patchBase.revision) },
      {
        onSuccess: (result) => {
          rebase(result.item);
          setNotice('saved');
        },
        onError: (error) => {
          const current = currentItemOf(error);
          if (current === null) setNotice('deleted-meanwhile');
          else if (current) {
            setConflict({
              base: patchBase.fields,
              mine,
              theirs: itemFieldsOf(current),
              currentRevision: current.revision,
            });
          }
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const { fields, errors, kpiErrors: rowErrors } = parseItemForm(form, context);
    setClientErrors(errors);
    setKpiClientErrors(rowErrors);
    if (Object.keys(errors).length > 0) {
      // Move focus to the first field with a problem once the errors are rendered.
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"], .field__error[tabindex]')
          ?.focus(),
      );
      return;
    }
    if (!item) {
      create.mutate(
        {
          ...fields,
          budgetLines: fields.budgetLines.map(({ year, source, planned }) => ({ year, source, planned })),
        },
        {
          onSuccess: (result) => void navigate(itemPath(view.organizationId, view.roadmapId, result.item.id)),
        },
      );
      return;
    }
    if (changedFields(base.fields, fields).length === 0) return;
    saveAgainst(base, fields);
  };

  const onResolve = (choices: Record<string, MergeSide>) => {
    if (!conflict || !item) return;
    const patch = resolvedPatch(conflict.mine, conflict.theirs, conflict.currentRevision, choices);
    const merged = resolvedFields(conflict.mine, conflict.theirs, choices);
    const theirsBase = { fields: conflict.theirs, revision: conflict.currentRevision };
    if (Object.keys(patch).length === 1) {
      // Everything kept as it is now: nothing to save.
      setBase(theirsBase);
      setForm(itemFormOf(conflict.theirs));
      setConflict(null);
      return;
    }
    update.mutate(
      { itemId: item.id, body: patch },
      {
        onSuccess: (result) => {
          setConflict(null);
          rebase(result.item);
          setNotice('merged');
        },
        onError: (error) => {
          const current = currentItemOf(error);
          if (current) {
            // Changed yet again while choosing: merge the resolution with the newest version.
            setConflict({
              base: conflict.theirs,
              mine: merged,
              theirs: itemFieldsOf(current),
              currentRevision: current.revision,
            });
          } else if (current === null) {
            setConflict(null);
            setNotice('deleted-meanwhile');
          }
        },
      },
    );
  };

  const onDiscardMine = () => {
    if (!conflict) return;
    setBase({ fields: conflict.theirs, revision: conflict.currentRevision });
    setForm(itemFormOf(conflict.theirs));
    setConflict(null);
    update.reset();
  };

  const readOnly = !view.canEdit;
  const measures = view.catalogue.measures;
  const otherItems = items.filter((other) => other.id !== item?.id);
  const pending = item ? update.isPending : create.isPending;

  return (
    <form
      ref={formRef}
      className="form panel item-editor"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="item-editor-heading"
    >
      <h2 id="item-editor-heading" className="section-title">
        {item ? t('roadmaps.editor.editHeading') : t('roadmaps.editor.createHeading')}
      </h2>
      <div aria-live="polite">
        {notice === 'saved' ? <Alert tone="success">{t('roadmaps.editor.saved')}</Alert> : null}
        {notice === 'merged' ? <Alert tone="success">{t('roadmaps.editor.merged')}</Alert> : null}
        {changedMeanwhile ? <Alert tone="info">{t('roadmaps.editor.changedMeanwhile')}</Alert> : null}
      </div>
      {notice === 'deleted-meanwhile' ? (
        <Alert tone="error">{t('roadmaps.editor.deletedMeanwhile')}</Alert>
      ) : null}
      {readOnly ? <p className="muted">{t('roadmaps.editor.readOnly')}</p> : null}
      <FormError message={formError} />
      <fieldset className="item-editor__fields" disabled={readOnly}>
        <TextField
          label={fieldLabel(t, 'title')}
          value={form.title}
          maxLength={500}
          required
          onChange={(event) => set('title', event.target.value)}
          error={errorFor('title')}
        />
        <div className="form__row form__row--pair">
          <SelectField
            label={fieldLabel(t, 'kind')}
            value={form.kind}
            options={ROADMAP_ITEM_KINDS.map((kind) => ({ value: kind, label: t(`roadmaps.kind.${kind}`) }))}
            onChange={(event) => set('kind', event.target.value as ItemForm['kind'])}
            error={errorFor('kind')}
          />
          {form.kind === 'standard' ? (
            <SelectField
              label={fieldLabel(t, 'measureId')}
              value={form.measureId}
              placeholder={t('roadmaps.editor.chooseMeasure')}
              options={measures.map((measure) => ({
                value: measure.id,
                label: `${measure.name} (${t(`roadmaps.measureKind.${measure.kind}`)})`,
              }))}
              onChange={(event) => set('measureId', event.target.value)}
              error={errorFor('measureId')}
            />
          ) : (
            <SelectField
              label={fieldLabel(t, 'directionId')}
              value={form.directionId}
              placeholder={t('common.none')}
              options={view.catalogue.directions.map((d) => ({ value: d.id, label: d.name }))}
              onChange={(event) => set('directionId', event.target.value)}
              error={errorFor('directionId')}
            />
          )}
        </div>
        <TextAreaField
          label={fieldLabel(t, 'description')}
          value={form.description}
          rows={3}
          maxLength={10_000}
          onChange={(event) => set('description', event.target.value)}
          error={errorFor('description')}
        />
        <div className="form__row form__row--pair">
          <TextField
            label={fieldLabel(t, 'responsibleUnit')}
            value={form.responsibleUnit}
            maxLength={300}
            onChange={(event) => set('responsibleUnit', event.target.value)}
            error={errorFor('responsibleUnit')}
          />
          <TextField
            label={fieldLabel(t, 'responsiblePerson')}
            value={form.responsiblePerson}
            maxLength={300}
            onChange={(event) => set('responsiblePerson', event.target.value)}
            error={errorFor('responsiblePerson')}
          />
        </div>
        <div className="form__row item-editor__schedule">
          <TextField
            label={fieldLabel(t, 'startMonth')}
            type="month"
            hint={t('roadmaps.editor.monthHint')}
            min={`${roadmap.periodStartYear}-01`}
            max={`${lastYear}-12`}
            value={form.startMonth}
            onChange={(event) => set('startMonth', event.target.value)}
            error={errorFor('startMonth')}
          />
          <TextField
            label={fieldLabel(t, 'endMonth')}
            type="month"
            hint={t('roadmaps.editor.monthHint')}
            min={`${roadmap.periodStartYear}-01`}
            max={`${lastYear}-12`}
            value={form.endMonth}
            onChange={(event) => set('endMonth', event.target.value)}
            error={errorFor('endMonth')}
          />
          <SelectField
            label={fieldLabel(t, 'status')}
            value={form.status}
            options={ROADMAP_ITEM_STATUSES.map((s) => ({ value: s, label: t(`roadmaps.itemStatus.${s}`) }))}
            onChange={(event) => set('status', event.target.value as ItemForm['status'])}
            error={errorFor('status')}
          />
          <TextField
            label={fieldLabel(t, 'progress')}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={form.progress}
            onChange={(event) => set('progress', event.target.value)}
            error={errorFor('progress')}
          />
        </div>
        <fieldset
          className="checkbox-group"
          aria-describedby={errorFor('problemIds') ? 'item-problems-error' : undefined}
        >
          <legend className="field__label">{fieldLabel(t, 'problemIds')}</legend>
          {errorFor('problemIds') ? (
            <p className="field__error" id="item-problems-error" tabIndex={-1}>
              {errorFor('problemIds')}
            </p>
          ) : null}
          {problems.length === 0 ? <p className="muted">{t('roadmaps.editor.noProblems')}</p> : null}
          {problems.map((problem) => (
            <label key={problem.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.problemIds.includes(problem.id)}
                onChange={(event) =>
                  set(
                    'problemIds',
                    event.target.checked
                      ? [...form.problemIds, problem.id]
                      : form.problemIds.filter((id) => id !== problem.id),
                  )
                }
              />{' '}
              {problem.title}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={fieldLabel(t, 'dependsOn')}
          hint={t('roadmaps.editor.dependsOnHint')}
          multiple
          size={Math.min(6, Math.max(2, otherItems.length))}
          value={form.dependsOn}
          options={otherItems.map((other) => ({ value: other.id, label: other.title }))}
          onChange={(event) =>
            set(
              'dependsOn',
              Array.from(event.target.selectedOptions, (option) => option.value),
            )
          }
          error={errorFor('dependsOn')}
        />
        <BudgetRows
          form={form}
          firstYear={roadmap.periodStartYear}
          lastYear={lastYear}
          error={errorFor('budgetLines')}
          onChange={(rows) => set('budgetLines', rows)}
        />
        <KpiTargetsEditor
          rows={form.kpiTargets}
          firstYear={roadmap.periodStartYear}
          lastYear={lastYear}
          kpis={view.kpis}
          errors={kpiErrors}
          error={errorFor('kpiTargets')}
          onChange={(rows) => set('kpiTargets', rows)}
        />
      </fieldset>
      {readOnly ? null : (
        <FormActions
          pending={pending}
          disabled={item !== null && !dirty}
          submitLabel={item ? t('roadmaps.editor.save') : t('roadmaps.editor.create')}
          pendingLabel={t('roadmaps.editor.saving')}
        />
      )}
      {conflict ? (
        <MergeDialog
          view={view}
          conflict={conflict}
          busy={update.isPending}
          error={
            update.error && currentItemOf(update.error) === undefined ? errorMessage(t, update.error) : null
          }
          onResolve={onResolve}
          onCancel={onDiscardMine}
        />
      ) : null}
    </form>
  );
}

type BudgetRowsProps = {
  form: ItemForm;
  firstYear: number;
  lastYear: number;
  error?: string;
  onChange: (rows: ItemForm['budgetLines']) => void;
};

function BudgetRows({ form, firstYear, lastYear, error, onChange }: BudgetRowsProps) {
  const t = useT();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
  const rows = form.budgetLines;
  const patch = (key: string, change: Partial<ItemForm['budgetLines'][number]>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="budget-rows">
      <legend className="field__label">{t('roadmaps.itemField.budgetLines')}</legend>
      {error ? (
        <p className="field__error" id="item-field-budgetLines" tabIndex={-1}>
          {error}
        </p>
      ) : null}
      {rows.map((row, index) => (
        <div key={row.key} className="form__row budget-rows__row">
          <SelectField
            label={t('roadmaps.budget.yearOf', { index: index + 1 })}
            value={row.year}
            options={years.map((year) => ({ value: year, label: year }))}
            onChange={(event) => patch(row.key, { year: event.target.value })}
          />
          <SelectField
            label={t('roadmaps.budget.sourceOf', { index: index + 1 })}
            value={row.source}
            options={FINANCING_SOURCES.map((source) => ({
              value: source,
              label: t(`roadmaps.source.${source}`),
            }))}
            onChange={(event) => patch(row.key, { source: event.target.value as FinancingSource })}
          />
          <TextField
            label={t('roadmaps.budget.plannedOf', { index: index + 1 })}
            inputMode="decimal"
            value={row.planned}
            placeholder="1 000 000,00"
            onChange={(event) => patch(row.key, { planned: event.target.value })}
          />
          <div className="form__submit">
            <button
              type="button"
              className="button button--link button--small"
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              {t('roadmaps.budget.removeLine', { index: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...rows, newBudgetRow(firstYear)])}
      >
        {t('roadmaps.budget.addLine')}
      </button>
    </fieldset>
  );
}
