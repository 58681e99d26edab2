import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RoadmapResponse } from '@smartcity/contracts';
import { ROADMAP_FIRST_YEAR, ROADMAP_LAST_OUTLOOK_YEAR, ROADMAP_LAST_PLAN_YEAR } from '@smartcity/domain';

import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useCloneRoadmap } from '../api/clone-roadmap';
import type { CloneForm, CloneProblem } from '../lib/clone-period';
import { cloneBody, suggestClone, validateClone } from '../lib/clone-period';
import { roadmapPath } from './roadmap-context';

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => {
    const year = String(from + index);
    return { value: year, label: year };
  });
const PLAN_YEARS = years(ROADMAP_FIRST_YEAR, ROADMAP_LAST_PLAN_YEAR);
const OUTLOOK_YEARS = years(ROADMAP_FIRST_YEAR, ROADMAP_LAST_OUTLOOK_YEAR);

export type CloneRoadmapDialogProps = {
  organizationId: string;
  roadmap: RoadmapResponse;
  onClose: () => void;
};

/** Copies the roadmap into a new draft for another period (e.g. the next one), then opens the copy. */
export function CloneRoadmapDialog({ organizationId, roadmap, onClose }: CloneRoadmapDialogProps) {
  const t = useT();
  const navigate = useNavigate();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const clone = useCloneRoadmap(organizationId, roadmap.id);
  const [form, setForm] = useState<CloneForm>(() =>
    suggestClone(roadmap, (from, to) => t('roadmaps.periodRange', { from, to })),
  );
  const [problems, setProblems] = useState<Partial<Record<keyof CloneForm, CloneProblem>>>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const server = submissionErrors(t, clone.error, { 'roadmaps.period-taken': 'periodStartYear' });
  const problemText = (problem: CloneProblem | undefined) =>
    problem === 'required'
      ? t('validation.required')
      : problem === 'endBeforeStart'
        ? t('roadmaps.create.endBeforeStart')
        : problem === 'outlookBeforeEnd'
          ? t('roadmaps.rule.outlookBeforeEnd')
          : undefined;
  const errorFor = (field: keyof CloneForm) => problemText(problems[field]) ?? server.fields[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateClone(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    clone.mutate(cloneBody(form), {
      onSuccess: (created) => {
        onClose();
        void navigate(roadmapPath(organizationId, created.id));
      },
    });
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!clone.isPending) onClose();
      }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 className="dialog__title" id={titleId}>
          {t('roadmaps.clone.heading')}
        </h2>
        <div className="dialog__body form">
          <p>{t('roadmaps.clone.intro')}</p>
          <FormError message={server.form} />
          <TextField
            label={t('roadmaps.field.title')}
            value={form.title}
            maxLength={300}
            required
            onChange={(event) => setForm({ ...form, title: event.target.value })}
            error={errorFor('title')}
          />
          <div className="form__row form__row--pair">
            <SelectField
              label={t('roadmaps.field.startYear')}
              value={String(form.periodStartYear)}
              options={PLAN_YEARS}
              onChange={(event) => setForm({ ...form, periodStartYear: Number(event.target.value) })}
              error={errorFor('periodStartYear')}
            />
            <SelectField
              label={t('roadmaps.field.endYear')}
              value={String(form.periodEndYear)}
              options={PLAN_YEARS}
              onChange={(event) => setForm({ ...form, periodEndYear: Number(event.target.value) })}
              error={errorFor('periodEndYear')}
            />
          </div>
          <SelectField
            label={t('roadmaps.field.outlookYear')}
            hint={t('roadmaps.field.outlookHint')}
            value={form.outlookYear === null ? '' : String(form.outlookYear)}
            placeholder={t('roadmaps.field.noOutlook')}
            options={OUTLOOK_YEARS}
            onChange={(event) =>
              setForm({ ...form, outlookYear: event.target.value === '' ? null : Number(event.target.value) })
            }
            error={errorFor('outlookYear')}
          />
        </div>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={onClose}
            disabled={clone.isPending}
          >
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={clone.isPending}>
            {clone.isPending ? t('roadmaps.clone.submitting') : t('roadmaps.clone.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
