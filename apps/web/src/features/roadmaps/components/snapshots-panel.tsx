import '../document-tools.css';

import { useState } from 'react';
import type { FormEvent } from 'react';

import { Alert } from '../../../components/ui/alert';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { FormActions } from '../../../components/ui/form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { submissionErrors } from '../../../i18n/error-messages';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useCreateSnapshot, useSnapshotCompare, useSnapshots } from '../api/snapshots';
import { defaultComparison } from '../lib/snapshot-diff';
import type { RoadmapView } from './roadmap-context';
import { SnapshotsDiffView } from './snapshots-diff-view';

/** The value of the "after" choice that means the roadmap as it is now. */
const NOW = 'now';

export type SnapshotsPanelProps = {
  view: RoadmapView;
  /** May save versions (the roadmap's editors, in any status). */
  canCreate: boolean;
};

/** Named snapshots of the roadmap: save one, list them, compare two, or one with the current state. */
export function SnapshotsPanel({ view, canCreate }: SnapshotsPanelProps) {
  const t = useT();
  const [locale] = useLocale();
  const snapshots = useSnapshots(view.organizationId, view.roadmapId);
  const create = useCreateSnapshot(view.organizationId, view.roadmapId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ from: string; to: string | null } | null>(null);
  const revision = view.document.roadmap.revision;
  const list = snapshots.data?.items ?? [];
  const selection = chosen ?? defaultComparison(list);
  const sameChoice = selection !== null && selection.from === selection.to;
  const compare = useSnapshotCompare(
    view.organizationId,
    view.roadmapId,
    sameChoice ? null : selection,
    revision,
  );

  const onCreate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('validation.required'));
      return;
    }
    setNameError(null);
    create.mutate(
      { name: trimmed },
      {
        onSuccess: (snapshot) => {
          setName('');
          setCreated(snapshot.name);
          // Show what changed since the version just saved.
          setChosen({ from: snapshot.id, to: null });
        },
      },
    );
  };

  const server = submissionErrors(t, create.error);
  const authorName = (userId: string) =>
    view.people.find((person) => person.userId === userId)?.displayName ?? t('common.none');
  const options = list.map((snapshot) => ({
    value: snapshot.id,
    label: t('roadmaps.snapshots.option', { name: snapshot.name, revision: snapshot.roadmapRevision }),
  }));

  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading" className="section-title">
          {t('roadmaps.snapshots.heading')}
        </h2>
        <p>{t('roadmaps.snapshots.intro')}</p>
        <div aria-live="polite">
          {created ? (
            <Alert tone="success">{t('roadmaps.snapshots.created', { name: created })}</Alert>
          ) : null}
        </div>
        {canCreate ? (
          <form className="form" onSubmit={onCreate} noValidate aria-label={t('roadmaps.snapshots.create')}>
            <FormError message={server.form} />
            <TextField
              label={t('roadmaps.snapshots.name')}
              hint={t('roadmaps.snapshots.nameHint')}
              value={name}
              maxLength={200}
              required
              onChange={(event) => {
                setName(event.target.value);
                setCreated(null);
              }}
              error={nameError ?? server.fields.name}
            />
            <FormActions
              pending={create.isPending}
              submitLabel={t('roadmaps.snapshots.create')}
              pendingLabel={t('roadmaps.snapshots.creating')}
            />
          </form>
        ) : null}
        {snapshots.isPending ? <Spinner /> : null}
        {snapshots.isError ? (
          <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />
        ) : null}
        {snapshots.data ? (
          <DataTable
            caption={t('roadmaps.snapshots.caption')}
            rows={list}
            rowKey={(snapshot) => snapshot.id}
            empty={t('roadmaps.snapshots.empty')}
            columns={[
              {
                id: 'name',
                header: t('roadmaps.snapshots.column.name'),
                rowHeader: true,
                cell: (s) => s.name,
              },
              {
                id: 'revision',
                header: t('roadmaps.snapshots.column.revision'),
                className: 'numeric',
                cell: (s) => s.roadmapRevision,
              },
              {
                id: 'createdAt',
                header: t('roadmaps.snapshots.column.createdAt'),
                className: 'nowrap',
                cell: (s) => formatDateTime(locale, s.createdAt),
              },
              {
                id: 'author',
                header: t('roadmaps.snapshots.column.author'),
                cell: (s) => authorName(s.createdBy),
              },
            ]}
          />
        ) : null}
      </section>
      {snapshots.data ? (
        <section className="panel stack" aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="section-title">
            {t('roadmaps.snapshots.compareHeading')}
          </h2>
          {selection === null ? (
            <p className="muted">{t('roadmaps.snapshots.needOne')}</p>
          ) : (
            <>
              <div className="form__row form__row--pair">
                <SelectField
                  label={t('roadmaps.snapshots.from')}
                  value={selection.from}
                  options={options}
                  onChange={(event) => setChosen({ ...selection, from: event.target.value })}
                />
                <SelectField
                  label={t('roadmaps.snapshots.to')}
                  value={selection.to ?? NOW}
                  options={[{ value: NOW, label: t('roadmaps.snapshots.now', { revision }) }, ...options]}
                  onChange={(event) =>
                    setChosen({ ...selection, to: event.target.value === NOW ? null : event.target.value })
                  }
                />
              </div>
              {sameChoice ? <p className="muted">{t('roadmaps.snapshots.sameChoice')}</p> : null}
              {!sameChoice && compare.isPending ? <Spinner /> : null}
              {compare.isError ? (
                <ErrorState error={compare.error} onRetry={() => void compare.refetch()} />
              ) : null}
              {!sameChoice && compare.data ? (
                <div aria-busy={compare.isFetching}>
                  <SnapshotsDiffView
                    key={`${compare.data.from}:${compare.data.to ?? NOW}`}
                    view={view}
                    result={compare.data}
                  />
                </div>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
