import { useDeferredValue, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatYearMonth, ROADMAP_ITEM_STATUSES } from '@smartcity/domain';
import type { RoadmapItemStatus } from '@smartcity/domain';

import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { Toolbar } from '../../../components/ui/toolbar';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { directionOf, measureIndex } from '../lib/coverage';
import type { ItemFilters, ItemRow, ItemSort, ItemSortKey } from '../lib/item-table';
import { filterRows, ITEM_SORT_KEYS, sortRows } from '../lib/item-table';
import { itemPath } from './roadmap-context';
import type { RoadmapView } from './roadmap-context';
import { ItemStatusBadge } from './roadmap-status-badge';
import { useWindowedRows } from './windowed-rows';

// Kept exact by roadmaps.css (.items-grid__table rows): windowing places rows by this height.
const ROW_HEIGHT = 44;

export type ItemsTableProps = { view: RoadmapView };

function isSortKey(value: string | null): value is ItemSortKey {
  return value !== null && (ITEM_SORT_KEYS as readonly string[]).includes(value);
}

function isStatus(value: string | null): value is RoadmapItemStatus {
  return value !== null && (ROADMAP_ITEM_STATUSES as readonly string[]).includes(value);
}

/**
 * The roadmap's items: filter by text, direction and status, sort by any column (both kept in the URL), and
 * windowed — only the rows in view are in the DOM, so a roadmap of thousands of items stays responsive.
 */
export function ItemsTable({ view }: ItemsTableProps) {
  const t = useT();
  const [locale] = useLocale();
  const [params, setParams] = useSearchParams();
  const filters: ItemFilters = {
    q: params.get('q') ?? '',
    directionId: params.get('direction') ?? '',
    status: isStatus(params.get('status')) ? (params.get('status') as RoadmapItemStatus) : '',
  };
  const sortParam = params.get('sort');
  const sort: ItemSort = {
    key: isSortKey(sortParam) ? sortParam : 'title',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const deferredQ = useDeferredValue(filters.q);

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const { items } = view.document;
  const { catalogue, tree } = view;
  const allRows = useMemo<ItemRow[]>(() => {
    const measures = measureIndex(tree);
    return items.map((item) => {
      const directionId = directionOf(item, measures);
      const directionName = catalogue.directionName(directionId);
      const responsible = [item.responsibleUnit, item.responsiblePerson].filter(Boolean).join(', ');
      return {
        item,
        directionId,
        directionName,
        responsible,
        search: `${item.title} ${responsible} ${directionName}`.toLocaleLowerCase(),
      };
    });
  }, [items, tree, catalogue]);

  const rows = useMemo(
    () =>
      sortRows(filterRows(allRows, { ...filters, q: deferredQ }), sort, locale === 'en' ? 'en-GB' : 'ru-RU'),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the primitive parts of filters/sort are the inputs
    [allRows, deferredQ, filters.directionId, filters.status, sort.key, sort.direction, locale],
  );

  // The sticky header scrolls with the rows: the first row starts below it.
  const headRef = useRef<HTMLTableSectionElement>(null);
  const { ref, range } = useWindowedRows(rows.length, ROW_HEIGHT, headRef.current?.offsetHeight ?? 0);
  const visible = rows.slice(range.start, range.end);

  const toggleSort = (key: ItemSortKey) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const direction = sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc';
        next.set('sort', key);
        next.set('dir', direction);
        return next;
      },
      { replace: true },
    );
  };

  const columns: { key: ItemSortKey; label: string; className?: string }[] = [
    { key: 'title', label: t('roadmaps.item.title'), className: 'items-grid__title' },
    { key: 'direction', label: t('roadmaps.item.direction'), className: 'items-grid__direction' },
    { key: 'responsible', label: t('roadmaps.item.responsible'), className: 'items-grid__responsible' },
    { key: 'start', label: t('roadmaps.item.start'), className: 'items-grid__month' },
    { key: 'end', label: t('roadmaps.item.end'), className: 'items-grid__month' },
    { key: 'status', label: t('roadmaps.item.status'), className: 'items-grid__status' },
    { key: 'progress', label: t('roadmaps.item.progress'), className: 'items-grid__progress numeric' },
  ];
  const month = (value: string | null) => (value ? formatYearMonth(value, locale) : t('common.none'));

  return (
    <div className="stack">
      <div className="form__row items-filters" role="search" aria-label={t('roadmaps.items.filters')}>
        <TextField
          label={t('roadmaps.items.search')}
          type="search"
          value={filters.q}
          onChange={(event) => setParam('q', event.target.value)}
        />
        <SelectField
          label={t('roadmaps.item.direction')}
          value={filters.directionId}
          placeholder={t('roadmaps.items.anyDirection')}
          options={catalogue.directions.map((direction) => ({ value: direction.id, label: direction.name }))}
          onChange={(event) => setParam('direction', event.target.value)}
        />
        <SelectField
          label={t('roadmaps.item.status')}
          value={filters.status}
          placeholder={t('roadmaps.items.anyStatus')}
          options={ROADMAP_ITEM_STATUSES.map((status) => ({
            value: status,
            label: t(`roadmaps.itemStatus.${status}`),
          }))}
          onChange={(event) => setParam('status', event.target.value)}
        />
      </div>
      <Toolbar summary={t('roadmaps.items.count', { shown: rows.length, total: items.length })}>
        {view.canEdit ? (
          <Link
            className="button button--primary button--small"
            to={itemPath(view.organizationId, view.roadmapId, 'new')}
          >
            {t('roadmaps.items.add')}
          </Link>
        ) : null}
      </Toolbar>
      {rows.length === 0 ? (
        <p className="muted">
          {items.length === 0 ? t('roadmaps.items.empty') : t('roadmaps.items.noMatch')}
        </p>
      ) : (
        <div
          ref={ref}
          className="items-grid"
          tabIndex={0}
          aria-label={t('roadmaps.items.scrollRegion')}
          role="region"
        >
          <table className="table table--compact items-grid__table" aria-rowcount={rows.length + 1}>
            <caption className="visually-hidden">{t('roadmaps.items.caption')}</caption>
            <thead ref={headRef}>
              <tr aria-rowindex={1}>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.className}
                    aria-sort={
                      sort.key === column.key
                        ? sort.direction === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                      {column.label}
                      <span aria-hidden="true" className="sort-button__mark">
                        {sort.key === column.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {range.paddingTop > 0 ? (
                <tr aria-hidden="true" className="items-grid__spacer">
                  <td colSpan={columns.length} style={{ height: range.paddingTop }} />
                </tr>
              ) : null}
              {visible.map((row, offset) => (
                <tr key={row.item.id} aria-rowindex={range.start + offset + 2}>
                  <th scope="row" className="items-grid__title">
                    <Link
                      to={itemPath(view.organizationId, view.roadmapId, row.item.id)}
                      title={row.item.title}
                    >
                      {row.item.title}
                    </Link>
                  </th>
                  <td className="items-grid__direction" title={row.directionName}>
                    {row.directionName || t('common.none')}
                  </td>
                  <td className="items-grid__responsible" title={row.responsible}>
                    {row.responsible || t('common.none')}
                  </td>
                  <td className="items-grid__month">{month(row.item.startMonth)}</td>
                  <td className="items-grid__month">{month(row.item.endMonth)}</td>
                  <td className="items-grid__status">
                    <ItemStatusBadge status={row.item.status} />
                  </td>
                  <td className="items-grid__progress numeric">{row.item.progress}&nbsp;%</td>
                </tr>
              ))}
              {range.paddingBottom > 0 ? (
                <tr aria-hidden="true" className="items-grid__spacer">
                  <td colSpan={columns.length} style={{ height: range.paddingBottom }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
