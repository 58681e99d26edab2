import { Injectable } from '@nestjs/common';
import type { AccessScope, KpiTier, MeasureKind } from '@smartcity/domain';
import { visibleFrameworkStatuses } from '@smartcity/domain';
import { DataSource, In } from 'typeorm';

import { isUuid } from '../../common/uuid';
import { KpiDefinition } from './kpi-definition.entity';
import { Measure } from './measure.entity';

export type SearchOptions = {
  q?: string;
  frameworkId?: string;
  direction?: string;
  limit: number;
  offset: number;
};

/** Where a hit sits and how well it matched. */
export type SearchHitContext = {
  frameworkCode: string;
  frameworkVersion: number;
  frameworkEdition: string;
  directionCode: string;
  directionTitleRu: string | null;
  directionTitleEn: string | null;
  rank: number;
};

export type SearchPage<T> = { hits: { item: T; context: SearchHitContext }[]; total: number };

type SearchRow = {
  id: string;
  framework_code: string;
  framework_version: number;
  framework_edition: string;
  direction_code: string;
  direction_title_ru: string | null;
  direction_title_en: string | null;
  rank: number;
  total: number;
};

/** An ILIKE pattern matching `text` anywhere, with its wildcards escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Searching measures and KPIs. Without a framework id, the current published version of every framework is
 * searched; with one, that version if the scope may see it (drafts for catalogue admins only).
 */
@Injectable()
export class CatalogueSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  searchMeasures(
    scope: AccessScope,
    options: SearchOptions & { kind?: MeasureKind },
  ): Promise<SearchPage<Measure>> {
    return this.search(scope, Measure, 'measures', options, options.kind ? ['kind', options.kind] : null);
  }

  searchKpis(
    scope: AccessScope,
    options: SearchOptions & { tier?: KpiTier },
  ): Promise<SearchPage<KpiDefinition>> {
    return this.search(
      scope,
      KpiDefinition,
      'kpi_definitions',
      options,
      options.tier ? ['tier', options.tier] : null,
    );
  }

  /**
   * Full-text search in both languages (word stems of the russian and english configurations), with trigram
   * word similarity on titles as a fallback for typos and partial words. Ranking: a match in the direction's
   * title puts the item first (so "транспорт" lists the transport direction's measures first), then the item's
   * own text rank (titles weigh more than descriptions), then title similarity.
   */
  private async search<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    entity: new () => T,
    table: 'measures' | 'kpi_definitions',
    options: SearchOptions,
    filter: [column: 'kind' | 'tier', value: string] | null,
  ): Promise<SearchPage<T>> {
    const params: unknown[] = [options.q ?? ''];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (options.frameworkId) {
      if (!isUuid(options.frameworkId)) return { hits: [], total: 0 };
      where.push(
        `f.id = ${param(options.frameworkId)}`,
        `f.status = ANY(${param(visibleFrameworkStatuses(scope))})`,
      );
    } else {
      where.push(
        `f.status = 'published'`,
        `NOT EXISTS (SELECT 1 FROM frameworks n WHERE n.code = f.code AND n.status = 'published' AND n.version > f.version)`,
      );
    }
    if (options.direction) where.push(`d.code = ${param(options.direction)}`);
    if (filter) where.push(`i.${filter[0]} = ${param(filter[1])}`);
    const text = Boolean(options.q);
    if (text) {
      where.push(`(
        d.search_ru @@ q.ru OR d.search_en @@ q.en OR i.search_ru @@ q.ru OR i.search_en @@ q.en
        OR q.raw <% i.title_ru OR q.raw <% i.title_en OR i.code ILIKE ${param(likePattern(options.q!))}
      )`);
    }
    const rank = text
      ? `(CASE WHEN d.search_ru @@ q.ru OR d.search_en @@ q.en THEN 3 ELSE 0 END)
         + ts_rank(i.search_ru, q.ru, 32) + ts_rank(i.search_en, q.en, 32)
         + 0.5 * greatest(word_similarity(q.raw, coalesce(i.title_ru, '')), word_similarity(q.raw, coalesce(i.title_en, '')))`
      : '0';
    const rows = await this.dataSource.query<SearchRow[]>(
      `WITH q AS (SELECT plainto_tsquery('russian', $1) AS ru, plainto_tsquery('english', $1) AS en, $1::text AS raw)
       SELECT i.id, f.code AS framework_code, f.version AS framework_version, f.edition AS framework_edition,
              d.code AS direction_code, d.title_ru AS direction_title_ru, d.title_en AS direction_title_en,
              (${rank})::float8 AS rank, count(*) OVER ()::int AS total
         FROM ${table} i
         JOIN frameworks f ON f.id = i.framework_id
         JOIN directions d ON d.id = i.direction_id
         CROSS JOIN q
        WHERE ${where.join(' AND ')}
        ORDER BY rank DESC, f.code, f.version DESC, d.position, i.position
        LIMIT ${param(options.limit)} OFFSET ${param(options.offset)}`,
      params,
    );
    const items = await this.dataSource
      .getRepository(entity)
      .findBy({ id: In(rows.map((r) => r.id)) } as never);
    const byId = new Map(items.map((i) => [i.id, i]));
    return {
      total: rows[0]?.total ?? 0,
      hits: rows.map((r) => ({
        item: byId.get(r.id)!,
        context: {
          frameworkCode: r.framework_code,
          frameworkVersion: r.framework_version,
          frameworkEdition: r.framework_edition,
          directionCode: r.direction_code,
          directionTitleRu: r.direction_title_ru,
          directionTitleEn: r.direction_title_en,
          rank: Math.round(r.rank * 10_000) / 10_000,
        },
      })),
    };
  }
}
