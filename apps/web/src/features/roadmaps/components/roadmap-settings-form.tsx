import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { RoadmapResponse } from '@smartcity/contracts';
import {
  ROADMAP_FIRST_YEAR,
  ROADMAP_LAST_OUTLOOK_YEAR,
  ROADMAP_LAST_PLAN_YEAR,
  ROADMAP_STATUSES,
} from '@smartcity/domain';
import type { RoadmapStatus } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useUpdateRoadmap } from '../api/update-roadmap';
import type { MergeSide } from '../lib/merge';
import type { RoadmapSettings, RoadmapSettingsField, SettingsProblem } from '../lib/roadmap-settings';
import {
  changedSettings,
  isWorkflowStatus,
  resolvedSettings,
  settingsOf,
  settingsPatch,
  validateSettings,
} from '../lib/roadmap-settings';
import type { SettingsConflict } from './roadmap-settings-merge-dialog';
import { RoadmapSettingsMergeDialog } from './roadmap-settings-merge-dialog';

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => {
    const year = String(from + index);
    return { value: year, label: year };
  });

/** The current roadmap a 409 carries in `details.current`. */
function currentRoadmapOf(error: unknown): RoadmapResponse | null {
  if (!isApiError(error) || error.code !== 'common.conflict') return null;
  const current = error.details.current as RoadmapResponse | null | undefined;
  return current && typeof current.revision === 'number' ? current : null;
}

type Base = { settings: RoadmapSettings; revision: number };

export type RoadmapSettingsFormProps = {
  organizationId: string;
  roadmap: RoadmapResponse;
  canEdit: boolean;
};

/**
 * The roadmap's own fields (title, status, last year, outlook). A save carries the roadmap revision it was based
 * on; every change anywhere in the roadmap bumps it, so a 409 is common: when nobody touched these fields the save
 * is repeated against the current revision, otherwise the merge dialog asks, field by field.
 */
export function RoadmapSettingsForm({ organizationId, roadmap, canEdit }: RoadmapSettingsFormProps) {
  const t = useT();
  const update = useUpdateRoadmap(organizationId, roadmap.id);
  const [base, setBase] = useState<Base>(() => ({
    settings: settingsOf(roadmap),
    revision: roadmap.revision,
  }));
  const [form, setForm] = useState<RoadmapSettings>(base.settings);
  const [problems, setProblems] = useState<Partial<Record<RoadmapSettingsField, SettingsProblem>>>({});
  const [conflict, setConflict] = useState<SettingsConflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const dirty = changedSettings(base.settings, form).length > 0;
  const current = settingsOf(roadmap);
  // A submitted roadmap is frozen while reviewers look at it (409 `roadmaps.under-review`).
  const underReview = roadmap.status === 'submitted';
  const editable = canEdit && !underReview;

  // Follow live changes while the form is untouched; an edited form keeps its base (the save will merge).
  useEffect(() => {
    if (dirty || conflict || roadmap.revision === base.revision) return;
    setBase({ settings: settingsOf(roadmap), revision: roadmap.revision });
    setForm(settingsOf(roadmap));
  }, [roadmap, dirty, conflict, base.revision]);

  const changedMeanwhile = dirty && changedSettings(base.settings, current).length > 0;

  const save = (from: Base, mine: RoadmapSettings, attempt: number, merged: boolean) => {
    update.mutate(settingsPatch(from.settings, mine, from.revision), {
      onSuccess: (saved) => {
        const next = settingsOf(saved);
        setBase({ settings: next, revision: saved.revision });
        setForm(next);
        setConflict(null);
        setMessage(merged ? t('roadmaps.settings.merged') : t('roadmaps.settings.saved'));
      },
      onError: (error) => {
        const now = currentRoadmapOf(error);
        if (!now) return;
        const theirs = settingsOf(now);
        // Only other parts of the roadmap changed: nothing to choose, save again on the current revision.
        if (changedSettings(from.settings, theirs).length === 0 && attempt < 3) {
          save({ settings: theirs, revision: now.revision }, mine, attempt + 1, merged);
          return;
        }
        setConflict({ base: from.settings, mine, theirs, currentRevision: now.revision });
      },
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const found = validateSettings(form, roadmap.periodStartYear, base.settings.status);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (!dirty) {
      setMessage(t('roadmaps.settings.nothingChanged'));
      return;
    }
    save(base, form, 0, false);
  };

  const onResolve = (choices: Partial<Record<RoadmapSettingsField, MergeSide>>) => {
    if (!conflict) return;
    const resolved = resolvedSettings(conflict.mine, conflict.theirs, choices);
    const theirsBase = { settings: conflict.theirs, revision: conflict.currentRevision };
    if (changedSettings(conflict.theirs, resolved).length === 0) {
      setBase(theirsBase);
      setForm(conflict.theirs);
      setConflict(null);
      return;
    }
    save(theirsBase, resolved, 0, true);
  };

  const onDiscardMine = () => {
    if (!conflict) return;
    setBase({ settings: conflict.theirs, revision: conflict.currentRevision });
    setForm(conflict.theirs);
    setConflict(null);
    update.reset();
  };

  const problemText = (problem: SettingsProblem | undefined) => {
    switch (problem) {
      case undefined:
        return undefined;
      case 'required':
        return t('validation.required');
      case 'workflowStatus':
        return t('validation.oneOf');
      case 'endBeforeStart':
        return t('roadmaps.create.endBeforeStart');
      case 'outlookBeforeEnd':
        return t('roadmaps.rule.outlookBeforeEnd');
      case 'endTooLate':
      case 'outlookTooLate':
        return t('validation.oneOf');
    }
  };
  const isConflict = currentRoadmapOf(update.error) !== null;
  const serverFields = isConflict ? {} : fieldErrors(t, update.error);
  const errorFor = (field: RoadmapSettingsField) => problemText(problems[field]) ?? serverFields[field];
  const formError =
    update.error && !isConflict && Object.keys(serverFields).length === 0
      ? errorMessage(t, update.error)
      : null;

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="roadmap-settings-heading">
      <h2 id="roadmap-settings-heading" className="section-title">
        {t('roadmaps.settings.heading')}
      </h2>
      <div aria-live="polite">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {!canEdit ? <p className="muted">{t('roadmaps.settings.readOnly')}</p> : null}
      {canEdit && underReview ? <Alert tone="info">{t('roadmaps.settings.underReview')}</Alert> : null}
      {changedMeanwhile ? <Alert tone="info">{t('roadmaps.settings.changedMeanwhile')}</Alert> : null}
      <FormError message={conflict ? null : formError} />
      <fieldset className="form" disabled={!editable}>
        <TextField
          label={t('roadmaps.field.title')}
          value={form.title}
          maxLength={300}
          required
          onChange={(event) => setForm({ ...form, title: event.target.value })}
          error={errorFor('title')}
        />
        <SelectField
          label={t('roadmaps.field.status')}
          hint={t('roadmaps.settings.statusHint')}
          value={form.status}
          options={ROADMAP_STATUSES.map((status) => ({
            value: status,
            label: t(`roadmaps.status.${status}`),
            // Submission and approval belong to the application workflow (the API refuses them here).
            disabled: isWorkflowStatus(status) && status !== base.settings.status,
          }))}
          onChange={(event) => setForm({ ...form, status: event.target.value as RoadmapStatus })}
          error={errorFor('status')}
        />
        <p className="muted">{t('roadmaps.settings.startYear', { year: roadmap.periodStartYear })}</p>
        <div className="form__row form__row--pair">
          <SelectField
            label={t('roadmaps.field.endYear')}
            value={String(form.periodEndYear)}
            options={years(Math.max(ROADMAP_FIRST_YEAR, roadmap.periodStartYear), ROADMAP_LAST_PLAN_YEAR)}
            onChange={(event) => setForm({ ...form, periodEndYear: Number(event.target.value) })}
            error={errorFor('periodEndYear')}
          />
          <SelectField
            label={t('roadmaps.field.outlookYear')}
            hint={t('roadmaps.field.outlookHint')}
            value={form.outlookYear === null ? '' : String(form.outlookYear)}
            placeholder={t('roadmaps.field.noOutlook')}
            options={years(Math.max(ROADMAP_FIRST_YEAR, roadmap.periodStartYear), ROADMAP_LAST_OUTLOOK_YEAR)}
            onChange={(event) =>
              setForm({ ...form, outlookYear: event.target.value === '' ? null : Number(event.target.value) })
            }
            error={errorFor('outlookYear')}
          />
        </div>
      </fieldset>
      {editable ? (
        <FormActions
          pending={update.isPending}
          submitLabel={t('roadmaps.settings.save')}
          pendingLabel={t('roadmaps.settings.saving')}
        />
      ) : null}
      {conflict ? (
        <RoadmapSettingsMergeDialog
          key={conflict.currentRevision}
          conflict={conflict}
          busy={update.isPending}
          error={update.error && !isConflict ? errorMessage(t, update.error) : null}
          onResolve={onResolve}
          onCancel={onDiscardMine}
        />
      ) : null}
    </form>
  );
}
