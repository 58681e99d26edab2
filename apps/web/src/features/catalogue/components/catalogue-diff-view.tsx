import type { ReactNode } from 'react';
import type {
  CatalogueDiffResponse,
  DiffItemResponse,
  FieldChangeResponse,
  ItemChangeResponse,
  Locale,
} from '@smartcity/contracts';

import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { fieldLabel, itemKindLabel } from './catalogue-text';
import { LocalizedTitle } from './localized-title';

export type CatalogueDiffViewProps = {
  diff: CatalogueDiffResponse;
  /** The language of catalogue content chosen on the page. */
  contentLocale: Locale;
  /** Level of the section headings (2 on a page of its own, 3 inside a wizard step). */
  headingLevel?: 2 | 3;
};

const SUMMARY_KEYS = [
  'added',
  'changed',
  'removed',
  'moved',
  'reworded',
  'kindChanged',
  'unchanged',
] as const;

/** What changed between two versions (or between a version and an import file): counts, then the details. */
export function CatalogueDiffView({ diff, contentLocale, headingLevel = 2 }: CatalogueDiffViewProps) {
  const t = useT();
  const [locale] = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';
  const { summary, items, directions } = diff;
  const nothing =
    summary.added + summary.removed + summary.changed === 0 &&
    diff.framework.length === 0 &&
    directions.added.length + directions.removed.length + directions.changed.length === 0;

  return (
    <div className="diff stack">
      <section aria-labelledby="diff-summary-heading">
        <Heading id="diff-summary-heading" className="section-title">
          {t('catalogueDiff.summaryHeading')}
        </Heading>
        <dl className="diff-summary">
          {SUMMARY_KEYS.map((key) => (
            <div key={key} className={`diff-summary__item diff-summary__item--${key}`}>
              <dt>{t(`catalogueDiff.summary.${key}`)}</dt>
              <dd>{formatNumber(locale, summary[key])}</dd>
            </div>
          ))}
        </dl>
        {nothing ? <p className="muted">{t('catalogueDiff.noChanges')}</p> : null}
      </section>

      {diff.framework.length > 0 ? (
        <section aria-labelledby="diff-framework-heading" className="stack">
          <Heading id="diff-framework-heading" className="section-title">
            {t('catalogueDiff.frameworkHeading')}
          </Heading>
          <FieldChangesTable caption={t('catalogueDiff.frameworkCaption')} changes={diff.framework} />
        </section>
      ) : null}

      {directions.added.length + directions.removed.length + directions.changed.length > 0 ? (
        <section aria-labelledby="diff-directions-heading" className="stack">
          <Heading id="diff-directions-heading" className="section-title">
            {t('catalogueDiff.directionsHeading')}
          </Heading>
          <ul className="diff-directions">
            {directions.added.map((direction) => (
              <li key={`added-${direction.code}`}>
                <Badge tone="success">{t('catalogueDiff.directionAdded')}</Badge>{' '}
                <strong>{direction.code}</strong> <LocalizedTitle item={direction} locale={contentLocale} />
              </li>
            ))}
            {directions.removed.map((direction) => (
              <li key={`removed-${direction.code}`}>
                <Badge tone="danger">{t('catalogueDiff.directionRemoved')}</Badge>{' '}
                <strong>{direction.code}</strong> <LocalizedTitle item={direction} locale={contentLocale} />
              </li>
            ))}
            {directions.changed.map((direction) => (
              <li key={`changed-${direction.code}`}>
                <Badge tone="info">{t('catalogueDiff.directionChanged')}</Badge>{' '}
                <strong>{direction.code}</strong>
                <FieldChangesTable
                  caption={t('catalogueDiff.changesOf', { code: direction.code })}
                  changes={direction.changes}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DiffSection
        id="diff-added"
        Heading={Heading}
        title={t('catalogueDiff.addedHeading')}
        count={items.added.length}
      >
        <DiffItemsTable
          caption={t('catalogueDiff.addedCaption')}
          items={items.added}
          contentLocale={contentLocale}
        />
      </DiffSection>

      <DiffSection
        id="diff-changed"
        Heading={Heading}
        title={t('catalogueDiff.changedHeading')}
        count={items.changed.length}
      >
        <ul className="diff-changes">
          {items.changed.map((change) => (
            <ChangedItem
              key={change.code}
              change={change}
              contentLocale={contentLocale}
              Heading={Subheading}
            />
          ))}
        </ul>
      </DiffSection>

      <DiffSection
        id="diff-removed"
        Heading={Heading}
        title={t('catalogueDiff.removedHeading')}
        count={items.removed.length}
      >
        <DiffItemsTable
          caption={t('catalogueDiff.removedCaption')}
          items={items.removed}
          contentLocale={contentLocale}
        />
      </DiffSection>
    </div>
  );
}

type DiffSectionProps = {
  id: string;
  Heading: 'h2' | 'h3';
  title: string;
  count: number;
  children: ReactNode;
};

/** One group of changed items (added, changed, removed) with its count; nothing when the group is empty. */
function DiffSection({ id, Heading, title, count, children }: DiffSectionProps) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <Heading id={`${id}-heading`} className="section-title">
        {title} <span className="count">{count}</span>
      </Heading>
      {children}
    </section>
  );
}

type FieldChangesTableProps = { caption: string; changes: readonly FieldChangeResponse[] };

function FieldChangesTable({ caption, changes }: FieldChangesTableProps) {
  const t = useT();
  const shown = (value: string) =>
    value === '' ? <span className="muted">{t('catalogueDiff.empty')}</span> : value;
  return (
    <DataTable
      compact
      caption={caption}
      empty={t('catalogueDiff.noChanges')}
      rows={changes}
      rowKey={(change) => change.field}
      columns={[
        {
          id: 'field',
          header: t('catalogueDiff.field'),
          rowHeader: true,
          cell: (c) => fieldLabel(t, c.field),
        },
        {
          id: 'before',
          header: t('catalogueDiff.before'),
          className: 'diff-before',
          cell: (c) => shown(c.before),
        },
        {
          id: 'after',
          header: t('catalogueDiff.after'),
          className: 'diff-after',
          cell: (c) => shown(c.after),
        },
      ]}
    />
  );
}

type DiffItemsTableProps = { caption: string; items: readonly DiffItemResponse[]; contentLocale: Locale };

function DiffItemsTable({ caption, items, contentLocale }: DiffItemsTableProps) {
  const t = useT();
  return (
    <DataTable
      compact
      caption={caption}
      empty={t('catalogueDiff.noChanges')}
      rows={items}
      rowKey={(item) => item.code}
      columns={[
        {
          id: 'code',
          header: t('catalogue.column.code'),
          className: 'nowrap tabular',
          cell: (item) => item.code,
        },
        {
          id: 'title',
          header: t('catalogue.column.title'),
          rowHeader: true,
          cell: (item) => <LocalizedTitle item={item} locale={contentLocale} />,
        },
        { id: 'direction', header: t('catalogue.column.direction'), cell: (item) => item.directionCode },
        { id: 'kind', header: t('catalogue.column.type'), cell: (item) => itemKindLabel(t, item.kind) },
      ]}
    />
  );
}

type ChangedItemProps = {
  change: ItemChangeResponse;
  contentLocale: Locale;
  Heading: 'h3' | 'h4';
};

function ChangedItem({ change, contentLocale, Heading }: ChangedItemProps) {
  const t = useT();
  return (
    <li className="diff-change">
      <Heading className="diff-change__title">
        <span className="direction__code">{change.code}</span>{' '}
        <LocalizedTitle item={{ ...change.after, code: change.code }} locale={contentLocale} />
      </Heading>
      <p className="diff-change__flags">
        {change.moved ? <Badge tone="info">{t('catalogueDiff.movedBadge')}</Badge> : null}
        {change.reworded ? <Badge tone="neutral">{t('catalogueDiff.rewordedBadge')}</Badge> : null}
        {change.kindChanged ? <Badge tone="warning">{t('catalogueDiff.kindChangedBadge')}</Badge> : null}
        {change.moved ? (
          <span className="muted">
            {t('catalogueDiff.movedFrom', {
              from: change.before.directionCode,
              to: change.after.directionCode,
            })}
          </span>
        ) : null}
      </p>
      <FieldChangesTable
        caption={t('catalogueDiff.changesOf', { code: change.code })}
        changes={change.changes}
      />
    </li>
  );
}
