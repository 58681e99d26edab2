import '../compliance.css';

import { Link, useSearchParams } from 'react-router-dom';
import type { ComplianceDirectionColumnResponse } from '@smartcity/contracts';
import { POPULATION_GROUPS } from '@smartcity/domain';
import type { PopulationGroup } from '@smartcity/domain';

import { ErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useMunicipalityCompliance } from '../api/get-municipality-compliance';
import type { OverviewRow, RegionOption, SortKey, SortState } from '../lib/overview-table';
import {
  DEFAULT_SORT,
  isReportBehind,
  nextSort,
  parseSortKey,
  regionsOfRows,
  sortRows,
} from '../lib/overview-table';
import { ScoreCell } from './score-cell';
import { ScoreLegend } from './score-legend';

export type MunicipalityOverviewProps = {
  /** Regions the caller may filter by (the organizations they see); when absent, the regions named by the rows. */
  regions?: readonly RegionOption[];
  /** Where a roadmap opens. */
  roadmapHref: (municipalityId: string, roadmapId: string) => string;
};

const isPopulationGroup = (value: string | null): value is PopulationGroup =>
  value !== null && POPULATION_GROUPS.some((group) => group.id === value);

/**
 * The cross-municipality view for regional and ministry roles: a sortable table and a municipalities × directions
 * heatmap, filtered by region and population group. Filters and sort live in the URL, so a view can be shared.
 */
export function MunicipalityOverview({ regions, roadmapHref }: MunicipalityOverviewProps) {
  const t = useT();
  const [locale] = useLocale();
  const [params, setParams] = useSearchParams();
  const regionId = params.get('region') || null;
  const populationGroup = isPopulationGroup(params.get('group')) ? params.get('group') : null;
  const sortKey = parseSortKey(params.get('sort'));
  const sort: SortState = sortKey
    ? { key: sortKey, direction: params.get('dir') === 'descending' ? 'descending' : 'ascending' }
    : DEFAULT_SORT;
  const table = useMunicipalityCompliance({ regionId, populationGroup });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const onSort = (key: SortKey) => {
    const next = nextSort(sort, key);
    update({ sort: next.key, dir: next.direction });
  };

  const regionOptions = regions ?? (table.data ? regionsOfRows(table.data.items, locale) : []);

  return (
    <div className="stack">
      <fieldset className="overview-filters">
        <legend>{t('compliance.overview.filters')}</legend>
        <SelectField
          label={t('compliance.overview.region')}
          value={regionId ?? ''}
          placeholder={t('compliance.overview.allRegions')}
          options={regionOptions.map((region) => ({ value: region.id, label: region.name }))}
          onChange={(event) => update({ region: event.target.value || null })}
        />
        <SelectField
          label={t('compliance.overview.populationGroup')}
          value={populationGroup ?? ''}
          placeholder={t('compliance.overview.allGroups')}
          options={POPULATION_GROUPS.map((group) => ({
            value: group.id,
            label: t(`populationGroup.${group.id}`),
          }))}
          onChange={(event) => update({ group: event.target.value || null })}
        />
      </fieldset>
      {table.isPending ? (
        <Spinner block />
      ) : table.isError ? (
        <ErrorState
          title={t('compliance.overview.loadFailed')}
          error={table.error}
          onRetry={() => void table.refetch()}
        />
      ) : table.data.items.length === 0 ? (
        <p className="muted">{t('compliance.overview.empty')}</p>
      ) : (
        <OverviewTables
          rows={sortRows(table.data.items, sort, locale)}
          directions={table.data.directions}
          sort={sort}
          onSort={onSort}
          roadmapHref={roadmapHref}
        />
      )}
    </div>
  );
}

type OverviewTablesProps = {
  rows: OverviewRow[];
  directions: readonly ComplianceDirectionColumnResponse[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  roadmapHref: MunicipalityOverviewProps['roadmapHref'];
};

function OverviewTables({ rows, directions, sort, onSort, roadmapHref }: OverviewTablesProps) {
  const t = useT();
  const [locale] = useLocale();
  const name = (row: OverviewRow) => (locale === 'ru' ? row.municipalityNameRu : row.municipalityNameEn);
  const region = (row: OverviewRow) =>
    (locale === 'ru' ? row.regionNameRu : row.regionNameEn) ?? t('compliance.noValue');
  const directionTitle = (direction: ComplianceDirectionColumnResponse) =>
    (locale === 'ru' ? (direction.titleRu ?? direction.titleEn) : (direction.titleEn ?? direction.titleRu)) ??
    direction.code;
  const roadmapCell = (row: OverviewRow) =>
    row.roadmapId ? (
      <Link to={roadmapHref(row.municipalityId, row.roadmapId)}>{row.roadmapTitle ?? name(row)}</Link>
    ) : (
      <span className="muted">{t('compliance.overview.noRoadmap')}</span>
    );
  const header = (key: SortKey, label: string, className?: string) => (
    <SortableHeader key={key} sortKey={key} label={label} sort={sort} onSort={onSort} className={className} />
  );
  const roadmaps = rows.filter((row) => row.roadmapId !== null).length;

  return (
    <>
      <p className="muted" role="status">
        {t('compliance.overview.count', {
          count: new Set(rows.map((row) => row.municipalityId)).size,
          roadmaps,
        })}
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="table__caption">{t('compliance.overview.tableCaption')}</caption>
          <thead>
            <tr>
              {header('municipality', t('compliance.overview.municipality'))}
              {header('region', t('compliance.overview.region'))}
              {header('populationGroup', t('compliance.overview.populationGroup'))}
              <th scope="col">{t('compliance.overview.roadmap')}</th>
              {header('score', t('compliance.overview.score'), 'numeric')}
              {header('errors', t('compliance.overview.errors'), 'numeric')}
              {header('warnings', t('compliance.overview.warnings'), 'numeric')}
              <th scope="col">{t('compliance.overview.computedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.municipalityId}:${row.roadmapId ?? 'none'}`}>
                <th scope="row">{name(row)}</th>
                <td>{region(row)}</td>
                <td>
                  {row.populationGroup
                    ? t(`populationGroup.${row.populationGroup}`)
                    : t('compliance.noValue')}
                </td>
                <td>{roadmapCell(row)}</td>
                <ScoreCell score={row.score} label={`${name(row)}, ${t('compliance.overview.score')}`} />
                <td className="numeric">{row.errorCount ?? t('compliance.noValue')}</td>
                <td className="numeric">{row.warningCount ?? t('compliance.noValue')}</td>
                <td className="nowrap">
                  {row.computedAt ? (
                    formatDateTime(locale, row.computedAt)
                  ) : (
                    <span className="muted">{t('compliance.overview.notComputed')}</span>
                  )}
                  {isReportBehind(row) ? (
                    <span className="cell-note">
                      {t('compliance.overview.recalculating', { revision: row.reportRevision ?? 0 })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="table table--compact heatmap">
          <caption className="table__caption">{t('compliance.overview.heatmapCaption')}</caption>
          <thead>
            <tr>
              {header('municipality', t('compliance.overview.municipality'))}
              {header('score', t('compliance.overview.score'), 'numeric')}
              {directions.map((direction) =>
                header(
                  `direction:${direction.code}`,
                  directionTitle(direction),
                  'numeric heatmap__direction',
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.municipalityId}:${row.roadmapId ?? 'none'}`}>
                <th scope="row">
                  {row.roadmapId ? (
                    <Link to={roadmapHref(row.municipalityId, row.roadmapId)}>{name(row)}</Link>
                  ) : (
                    name(row)
                  )}
                </th>
                <ScoreCell score={row.score} label={`${name(row)}, ${t('compliance.overview.score')}`} />
                {directions.map((direction) => (
                  <ScoreCell
                    key={direction.code}
                    score={row.directionScores[direction.code] ?? null}
                    label={`${name(row)}, ${directionTitle(direction)}`}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScoreLegend />
    </>
  );
}

type SortableHeaderProps = {
  sortKey: SortKey;
  label: string;
  sort: SortState;
  onSort: (key: SortKey) => void;
  className?: string;
};

/** A column header that sorts the table: a real button (keyboard), with `aria-sort` on the header cell. */
function SortableHeader({ sortKey, label, sort, onSort, className }: SortableHeaderProps) {
  const t = useT();
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button
        type="button"
        className="overview-sort"
        onClick={() => onSort(sortKey)}
        title={t('compliance.overview.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="overview-sort__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
        {active ? (
          <span className="visually-hidden">
            ,{' '}
            {t(
              sort.direction === 'ascending'
                ? 'compliance.overview.sortedAscending'
                : 'compliance.overview.sortedDescending',
            )}
          </span>
        ) : null}
      </button>
    </th>
  );
}
