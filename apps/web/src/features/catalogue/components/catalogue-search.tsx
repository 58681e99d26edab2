import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { KpiHitResponse, MeasureHitResponse } from '@smartcity/contracts';

import { ErrorState } from '../../../components/ui/error-state';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { SearchScope } from '../api/catalogue-keys';
import { useKpiSearch } from '../api/search-kpis';
import { useMeasureSearch } from '../api/search-measures';
import { pickTitle } from './catalogue-text';
import { MeasureKindBadge } from './measure-kind-badge';
import { ProvenanceBadge } from './provenance-badge';

const SEARCH_DEBOUNCE_MS = 300;
const MIN_QUERY_LENGTH = 2;
const RESULT_LIMIT = 20;

type Hit = MeasureHitResponse | KpiHitResponse;

function isMeasureHit(hit: Hit): hit is MeasureHitResponse {
  return 'kind' in hit;
}

/**
 * Search-as-you-type over measures or KPIs of the published versions, best matches first. The applied query and
 * scope live in the URL (`?q=…&in=kpis`), so a search can be shared and survives a reload.
 */
export function CatalogueSearch() {
  const t = useT();
  const [locale] = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const scope: SearchScope = searchParams.get('in') === 'kpis' ? 'kpis' : 'measures';
  const [text, setText] = useState(() => searchParams.get('q') ?? '');
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const enabled = query.length >= MIN_QUERY_LENGTH;
  const params = { q: query, limit: RESULT_LIMIT };
  const measures = useMeasureSearch(params, enabled && scope === 'measures');
  const kpis = useKpiSearch(params, enabled && scope === 'kpis');
  const search = scope === 'measures' ? measures : kpis;

  const updateUrl = (next: { q?: string; in?: SearchScope }) =>
    setSearchParams(
      (current) => {
        const q = next.q ?? current.get('q') ?? '';
        if (q) current.set('q', q);
        else current.delete('q');
        const where = next.in ?? scope;
        if (where === 'kpis') current.set('in', 'kpis');
        else current.delete('in');
        return current;
      },
      { replace: true },
    );

  const hits: Hit[] = search.data?.items ?? [];

  return (
    <section className="panel stack" aria-labelledby="catalogue-search-heading">
      <h2 id="catalogue-search-heading" className="section-title">
        {t('catalogueSearch.heading')}
      </h2>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          className="search-form__query"
          label={t('catalogueSearch.label')}
          hint={t('catalogueSearch.hint')}
          type="search"
          name="q"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            updateUrl({ q: event.target.value.trim() });
          }}
        />
        <SelectField
          className="search-form__scope"
          label={t('catalogueSearch.scope')}
          name="in"
          value={scope}
          onChange={(event) => updateUrl({ in: event.target.value === 'kpis' ? 'kpis' : 'measures' })}
          options={[
            { value: 'measures', label: t('catalogueSearch.scopeMeasures') },
            { value: 'kpis', label: t('catalogueSearch.scopeKpis') },
          ]}
        />
      </form>
      <div aria-live="polite" className="search-status">
        {text.trim().length > 0 && text.trim().length < MIN_QUERY_LENGTH ? (
          <p className="muted">{t('catalogueSearch.tooShort')}</p>
        ) : enabled && search.isPending ? (
          <Spinner label={t('catalogueSearch.searching')} />
        ) : enabled && search.data ? (
          <p className="muted">
            {t('catalogueSearch.results', { count: formatNumber(locale, search.data.total) })}
          </p>
        ) : null}
      </div>
      {enabled && search.isError ? (
        <ErrorState error={search.error} onRetry={() => void search.refetch()} />
      ) : null}
      {enabled && search.data && hits.length === 0 ? (
        <p className="muted">{t('catalogueSearch.empty')}</p>
      ) : null}
      {enabled && hits.length > 0 ? (
        <ol className="search-results" aria-label={t('catalogueSearch.resultsCaption')}>
          {hits.map((hit) => {
            const title = pickTitle(locale, hit);
            const direction = pickTitle(locale, {
              titleRu: hit.directionTitleRu,
              titleEn: hit.directionTitleEn,
            });
            return (
              <li key={hit.id} className="search-result">
                <p className="search-result__title">
                  <span className="direction__code">
                    <HighlightedText text={hit.code} query={query} />
                  </span>{' '}
                  <Link to={`/catalogue/frameworks/${hit.frameworkId}`}>
                    {title ? (
                      <span lang={title.lang}>
                        <HighlightedText text={title.text} query={query} />
                      </span>
                    ) : (
                      t('catalogue.untitled', { code: hit.code })
                    )}
                  </Link>
                </p>
                <p className="search-result__meta">
                  {isMeasureHit(hit) ? <MeasureKindBadge kind={hit.kind} /> : null}{' '}
                  <ProvenanceBadge provenance={hit.provenance} />{' '}
                  <span className="muted">
                    {hit.frameworkCode} · {t('catalogue.versionLabel', { version: hit.frameworkVersion })}
                    {direction ? ` · ${hit.directionCode} ${direction.text}` : ` · ${hit.directionCode}`}
                  </span>
                </p>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
