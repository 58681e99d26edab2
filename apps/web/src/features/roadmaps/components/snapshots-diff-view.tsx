import { useState } from 'react';
import type { SnapshotCompareResponse } from '@smartcity/contracts';
import { formatYearMonth } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { isPlainMessageKey } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { formatMoneyText } from '../lib/budget';
import type { DiffSectionId, DiffValueNames } from '../lib/snapshot-diff';
import { diffCounts, diffSections, diffValueText, isLabelledDiffField } from '../lib/snapshot-diff';
import type { RoadmapView } from './roadmap-context';

const CHANGE_TONE = { added: 'success', removed: 'warning', changed: 'info' } as const;
/** Entries shown per section before "show all": a comparison of thousands of items stays quick to render. */
const SHOWN_PER_SECTION = 50;

/** The message-key prefix of a coded value, by field (and, for `status`, by what it is the status of). */
function codePrefix(field: string, section: DiffSectionId): string | null {
  switch (field) {
    case 'status':
      return section === 'roadmap'
        ? 'roadmaps.status.'
        : section === 'items'
          ? 'roadmaps.itemStatus.'
          : section === 'coverage'
            ? 'roadmaps.coverageState.'
            : null;
    case 'severity':
      return 'roadmaps.severity.';
    case 'kind':
      return 'roadmaps.kind.';
    case 'reviewStatus':
      return 'roadmaps.coverageReview.';
    case 'source':
      return 'roadmaps.source.';
    default:
      return null;
  }
}

function diffFieldLabel(t: Translate, field: string): string {
  return isLabelledDiffField(field) ? t(`roadmaps.diff.field.${field}`) : field;
}

export type SnapshotsDiffViewProps = { view: RoadmapView; result: SnapshotCompareResponse };

/** A comparison of two states of the roadmap: what was added, removed and changed, field by field. */
export function SnapshotsDiffView({ view, result }: SnapshotsDiffViewProps) {
  const t = useT();
  const [locale] = useLocale();
  const { document } = view;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  if (result.identical || result.diff.isEmpty)
    return <Alert tone="info">{t('roadmaps.snapshots.identical')}</Alert>;

  const names: DiffValueNames = {
    none: t('common.none'),
    measure: (id) => view.catalogue.measureName(id) || null,
    direction: (id) => view.catalogue.directionName(id) || null,
    problem: (id) => document.problems.find((p) => p.id === id)?.title ?? null,
    item: (id) => document.items.find((i) => i.id === id)?.title ?? null,
    kpi: () => null,
    code: (field, value, section) => {
      const prefix = codePrefix(field, section);
      const key = prefix ? `${prefix}${value}` : '';
      return prefix && isPlainMessageKey(key) ? t(key) : null;
    },
    money: (text) => formatMoneyText(text, locale),
    month: (text) => formatYearMonth(text, locale),
  };
  const counts = diffCounts(result.diff);
  const coverageTitle = (key: string) => view.catalogue.measureName(key) || key;

  return (
    <div className="stack">
      {/* Only the summary is announced: a screen reader must not read a thousand entries out on every change. */}
      <p role="status">{t('roadmaps.snapshots.summary', counts)}</p>
      {diffSections(result.diff, document.roadmap.title).map((section) => (
        <section key={section.id} className="stack" aria-labelledby={`diff-${section.id}`}>
          <h4 id={`diff-${section.id}`} className="section-title">
            {t(`roadmaps.diff.section.${section.id}`)}
          </h4>
          <ul className="diff-list">
            {(expanded.has(section.id) ? section.entries : section.entries.slice(0, SHOWN_PER_SECTION)).map(
              (entry) => {
                const title =
                  section.id === 'coverage'
                    ? coverageTitle(entry.key)
                    : (entry.title ?? t('roadmaps.diff.untitled'));
                return (
                  <li key={`${entry.change}:${entry.key}`} className="diff-entry">
                    <p className="diff-entry__head">
                      <Badge tone={CHANGE_TONE[entry.change]}>{t(`roadmaps.diff.${entry.change}`)}</Badge>{' '}
                      <span className="diff-entry__title">{title}</span>
                    </p>
                    {entry.changes.length > 0 ? (
                      <DataTable
                        compact
                        caption={t('roadmaps.diff.changesCaption', { title })}
                        empty={t('common.none')}
                        rows={entry.changes}
                        rowKey={(change) => change.field}
                        columns={[
                          {
                            id: 'field',
                            header: t('roadmaps.diff.column.field'),
                            rowHeader: true,
                            cell: (change) => diffFieldLabel(t, change.field),
                          },
                          {
                            id: 'before',
                            header: t('roadmaps.diff.column.before'),
                            cell: (change) => diffValueText(section.id, change.field, change.before, names),
                          },
                          {
                            id: 'after',
                            header: t('roadmaps.diff.column.after'),
                            cell: (change) => diffValueText(section.id, change.field, change.after, names),
                          },
                        ]}
                      />
                    ) : null}
                  </li>
                );
              },
            )}
          </ul>
          {section.entries.length > SHOWN_PER_SECTION && !expanded.has(section.id) ? (
            <div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setExpanded((current) => new Set([...current, section.id]))}
              >
                {t('roadmaps.diff.showAll', { count: section.entries.length })}
              </button>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}
