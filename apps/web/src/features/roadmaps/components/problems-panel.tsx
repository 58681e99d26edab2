import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ProblemResponse } from '@smartcity/contracts';
import { PROBLEM_SEVERITIES } from '@smartcity/domain';
import type { ProblemSeverity } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, submissionErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useDeleteProblem, useSaveProblem } from '../api/save-problem';
import type { RoadmapView } from './roadmap-context';
import { TextAreaField } from './text-area-field';

export type ProblemsPanelProps = { view: RoadmapView };

type ProblemForm = {
  title: string;
  description: string;
  severity: ProblemSeverity;
  directionId: string;
  links: string;
};

const formOf = (problem: ProblemResponse | null): ProblemForm => ({
  title: problem?.title ?? '',
  description: problem?.description ?? '',
  severity: problem?.severity ?? 'medium',
  directionId: problem?.directionId ?? '',
  links: problem?.evidenceLinks.join('\n') ?? '',
});

const SEVERITY_TONE = { low: 'neutral', medium: 'info', high: 'warning', critical: 'danger' } as const;

/** The analysed local problems own measures answer: list, create, edit (with revision), delete when unused. */
export function ProblemsPanel({ view }: ProblemsPanelProps) {
  const t = useT();
  const save = useSaveProblem(view.organizationId, view.roadmapId);
  const remove = useDeleteProblem(view.organizationId, view.roadmapId);
  const [editing, setEditing] = useState<ProblemResponse | 'new' | null>(null);
  const [form, setForm] = useState<ProblemForm>(formOf(null));
  const [message, setMessage] = useState<string | null>(null);
  const { problems, items } = view.document;

  const start = (problem: ProblemResponse | 'new') => {
    setEditing(problem);
    setForm(formOf(problem === 'new' ? null : problem));
    save.reset();
    setMessage(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const evidenceLinks = form.links.split(/\s+/).filter(Boolean);
    const body = {
      title: form.title.trim(),
      description: form.description.trim() || null,
      severity: form.severity,
      directionId: form.directionId || null,
      evidenceLinks,
    };
    const variables =
      editing === 'new' || editing === null
        ? { problemId: null, body }
        : { problemId: editing.id, body: { ...body, revision: editing.revision } };
    save.mutate(variables, {
      onSuccess: () => {
        setEditing(null);
        setMessage(t('roadmaps.problems.saved'));
      },
      onError: (error) => {
        // Stale: show what is there now and let the user apply the edit again.
        if (isApiError(error) && error.code === 'common.conflict') {
          const current = error.details.current as ProblemResponse | null;
          if (current) {
            setEditing(current);
            setForm((mine) => ({ ...formOf(current), title: mine.title, description: mine.description }));
          }
        }
      },
    });
  };

  const server = submissionErrors(t, save.error);
  const conflict = isApiError(save.error) && save.error.code === 'common.conflict';
  const citedBy = (problemId: string) => items.filter((item) => item.problemIds.includes(problemId)).length;

  return (
    <div className="stack">
      <div aria-live="polite">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {remove.error ? <FormError message={errorMessage(t, remove.error)} /> : null}
      <DataTable
        caption={t('roadmaps.problems.caption')}
        rows={problems}
        rowKey={(problem) => problem.id}
        empty={t('roadmaps.problems.empty')}
        columns={[
          { id: 'title', header: t('roadmaps.problems.title'), rowHeader: true, cell: (p) => p.title },
          {
            id: 'severity',
            header: t('roadmaps.problems.severity'),
            cell: (p) => (
              <Badge tone={SEVERITY_TONE[p.severity]}>{t(`roadmaps.severity.${p.severity}`)}</Badge>
            ),
          },
          {
            id: 'direction',
            header: t('roadmaps.item.direction'),
            cell: (p) => view.catalogue.directionName(p.directionId) || t('common.none'),
          },
          {
            id: 'cited',
            header: t('roadmaps.problems.citedBy'),
            className: 'numeric',
            cell: (p) => citedBy(p.id),
          },
          view.canEdit && {
            id: 'actions',
            header: t('roadmaps.problems.actions'),
            hideHeader: true,
            className: 'actions',
            cell: (p) => (
              <span className="button-row">
                <button type="button" className="button button--link button--small" onClick={() => start(p)}>
                  {t('roadmaps.problems.edit', { title: p.title })}
                </button>
                <button
                  type="button"
                  className="button button--link button--small"
                  disabled={citedBy(p.id) > 0 || remove.isPending}
                  title={citedBy(p.id) > 0 ? t('roadmaps.problems.inUse') : undefined}
                  onClick={() => remove.mutate({ problemId: p.id, revision: p.revision })}
                >
                  {t('roadmaps.problems.delete', { title: p.title })}
                </button>
              </span>
            ),
          },
        ]}
      />
      {view.canEdit && editing === null ? (
        <div>
          <button type="button" className="button button--secondary" onClick={() => start('new')}>
            {t('roadmaps.problems.add')}
          </button>
        </div>
      ) : null}
      {editing !== null ? (
        <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="problem-form-heading">
          <h2 id="problem-form-heading" className="section-title">
            {editing === 'new' ? t('roadmaps.problems.add') : t('roadmaps.problems.editHeading')}
          </h2>
          {conflict ? (
            <Alert tone="info">{t('roadmaps.problems.conflict')}</Alert>
          ) : (
            <FormError message={server.form} />
          )}
          <TextField
            label={t('roadmaps.problems.title')}
            value={form.title}
            maxLength={500}
            required
            onChange={(event) => setForm({ ...form, title: event.target.value })}
            error={server.fields.title}
          />
          <TextAreaField
            label={t('roadmaps.problems.description')}
            value={form.description}
            rows={3}
            onChange={(event) => setForm({ ...form, description: event.target.value })}
            error={server.fields.description}
          />
          <div className="form__row form__row--pair">
            <SelectField
              label={t('roadmaps.problems.severity')}
              value={form.severity}
              options={PROBLEM_SEVERITIES.map((s) => ({ value: s, label: t(`roadmaps.severity.${s}`) }))}
              onChange={(event) => setForm({ ...form, severity: event.target.value as ProblemSeverity })}
            />
            <SelectField
              label={t('roadmaps.item.direction')}
              value={form.directionId}
              placeholder={t('common.none')}
              options={view.catalogue.directions.map((d) => ({ value: d.id, label: d.name }))}
              onChange={(event) => setForm({ ...form, directionId: event.target.value })}
            />
          </div>
          <TextAreaField
            label={t('roadmaps.problems.links')}
            hint={t('roadmaps.problems.linksHint')}
            value={form.links}
            rows={2}
            onChange={(event) => setForm({ ...form, links: event.target.value })}
            error={server.fields.evidenceLinks}
          />
          <FormActions
            pending={save.isPending}
            submitLabel={t('roadmaps.problems.save')}
            pendingLabel={t('roadmaps.editor.saving')}
          >
            <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </button>
          </FormActions>
        </form>
      ) : null}
    </div>
  );
}
