import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MeasureCoverageStatus } from '@smartcity/domain';

import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage, fieldErrors } from '../../../i18n/error-messages';
import { useT } from '../../../i18n/i18n-provider';
import { useDeleteCoverage, useSetCoverage } from '../api/set-coverage';
import type { BasicMeasureState } from '../lib/coverage';
import { basicMeasureStates, coverageMatrix } from '../lib/coverage';
import type { RoadmapView } from './roadmap-context';
import { TextAreaField } from './text-area-field';

export type CoveragePanelProps = { view: RoadmapView };

const STATE_TONE = {
  planned: 'success',
  implemented: 'success',
  not_applicable: 'info',
  uncovered: 'danger',
} as const;

/** Directions × basic / additional / own, and every basic measure: planned, marked, or still open. */
export function CoveragePanel({ view }: CoveragePanelProps) {
  const t = useT();
  const [markingId, setMarkingId] = useState<string | null>(null);
  // A compliance finding links here with `?measure=<id>`: that measure's row is highlighted.
  const [params] = useSearchParams();
  const linkedMeasureId = params.get('measure');
  if (!view.tree) return <Spinner />;
  const matrix = coverageMatrix(view.tree, view.document.items);
  const states = basicMeasureStates(view.tree, view.document.items, view.document.coverage);

  return (
    <div className="stack">
      <DataTable
        caption={t('roadmaps.coverage.matrixCaption')}
        showCaption
        rows={matrix}
        rowKey={(row) => row.directionId ?? 'none'}
        empty={t('roadmaps.coverage.noDirections')}
        columns={[
          {
            id: 'direction',
            header: t('roadmaps.item.direction'),
            rowHeader: true,
            cell: (row) =>
              row.directionId
                ? view.catalogue.directionName(row.directionId)
                : t('roadmaps.coverage.noDirection'),
          },
          {
            id: 'basic',
            header: t('roadmaps.measureKind.basic'),
            className: 'numeric',
            cell: (row) => row.counts.basic,
          },
          {
            id: 'additional',
            header: t('roadmaps.measureKind.additional'),
            className: 'numeric',
            cell: (row) => row.counts.additional,
          },
          { id: 'own', header: t('roadmaps.kind.own'), className: 'numeric', cell: (row) => row.counts.own },
        ]}
      />
      <DataTable
        caption={t('roadmaps.coverage.basicCaption')}
        showCaption
        rows={states}
        rowKey={(state) => state.measureId}
        rowClassName={(state) => (state.measureId === linkedMeasureId ? 'is-selected' : undefined)}
        empty={t('roadmaps.coverage.noBasic')}
        columns={[
          {
            id: 'measure',
            header: t('roadmaps.itemField.measureId'),
            rowHeader: true,
            cell: (s) => view.catalogue.measureName(s.measureId),
          },
          {
            id: 'state',
            header: t('roadmaps.coverage.state'),
            cell: (s) => (
              <>
                <Badge tone={STATE_TONE[s.state]}>{t(`roadmaps.coverageState.${s.state}`)}</Badge>
                {s.mark?.reviewStatus ? (
                  <span className="cell-note">{t(`roadmaps.coverageReview.${s.mark.reviewStatus}`)}</span>
                ) : null}
              </>
            ),
          },
          view.canEdit && {
            id: 'actions',
            header: t('roadmaps.problems.actions'),
            hideHeader: true,
            className: 'actions',
            cell: (s) =>
              s.state === 'planned' ? null : (
                <button
                  type="button"
                  className="button button--link button--small"
                  onClick={() => setMarkingId(s.measureId)}
                >
                  {t('roadmaps.coverage.mark', { measure: view.catalogue.measureName(s.measureId) })}
                </button>
              ),
          },
        ]}
      />
      {markingId ? (
        <CoverageMarkForm
          key={markingId}
          view={view}
          state={states.find((s) => s.measureId === markingId)!}
          onDone={() => setMarkingId(null)}
        />
      ) : null}
    </div>
  );
}

type CoverageMarkFormProps = { view: RoadmapView; state: BasicMeasureState; onDone: () => void };

function CoverageMarkForm({ view, state, onDone }: CoverageMarkFormProps) {
  const t = useT();
  const setMark = useSetCoverage(view.organizationId, view.roadmapId);
  const clear = useDeleteCoverage(view.organizationId, view.roadmapId);
  const [status, setStatus] = useState<MeasureCoverageStatus>(state.mark?.status ?? 'not_applicable');
  const [justification, setJustification] = useState(state.mark?.justification ?? '');
  const [links, setLinks] = useState(state.mark?.evidenceLinks.join('\n') ?? '');
  const [clientError, setClientError] = useState<string | null>(null);
  const errors = fieldErrors(t, setMark.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const evidenceLinks = links.split(/\s+/).filter(Boolean);
    if (status === 'not_applicable' && !justification.trim())
      return setClientError(t('roadmaps.coverage.needJustification'));
    if (status === 'implemented' && evidenceLinks.length === 0)
      return setClientError(t('roadmaps.coverage.needEvidence'));
    setClientError(null);
    setMark.mutate(
      {
        measureId: state.measureId,
        body: {
          status,
          justification: justification.trim() || null,
          evidenceLinks,
          revision: state.mark?.revision,
        },
      },
      { onSuccess: onDone },
    );
  };

  const formError = setMark.error && Object.keys(errors).length === 0 ? errorMessage(t, setMark.error) : null;
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="coverage-form-heading">
      <h2 id="coverage-form-heading" className="section-title">
        {view.catalogue.measureName(state.measureId)}
      </h2>
      <FormError message={formError ?? (clear.error ? errorMessage(t, clear.error) : null)} />
      <SelectField
        label={t('roadmaps.coverage.state')}
        value={status}
        options={(['implemented', 'not_applicable'] as const).map((s) => ({
          value: s,
          label: t(`roadmaps.coverageState.${s}`),
        }))}
        onChange={(event) => setStatus(event.target.value as MeasureCoverageStatus)}
      />
      <TextAreaField
        label={t('roadmaps.coverage.justification')}
        value={justification}
        rows={3}
        maxLength={5000}
        onChange={(event) => setJustification(event.target.value)}
        error={status === 'not_applicable' && clientError ? clientError : errors.justification}
      />
      <TextAreaField
        label={t('roadmaps.problems.links')}
        hint={t('roadmaps.problems.linksHint')}
        value={links}
        rows={2}
        onChange={(event) => setLinks(event.target.value)}
        error={status === 'implemented' && clientError ? clientError : errors.evidenceLinks}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={setMark.isPending}>
          {setMark.isPending ? t('roadmaps.editor.saving') : t('roadmaps.coverage.save')}
        </button>
        {state.mark ? (
          <button
            type="button"
            className="button button--danger-outline"
            disabled={clear.isPending}
            onClick={() =>
              clear.mutate(
                { measureId: state.measureId, revision: state.mark!.revision },
                { onSuccess: onDone },
              )
            }
          >
            {t('roadmaps.coverage.clear')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
