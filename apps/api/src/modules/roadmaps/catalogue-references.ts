import { Injectable } from '@nestjs/common';
import type { FieldError } from '@smartcity/contracts';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';

/**
 * Checks that the catalogue rows a roadmap refers to exist and belong to its pinned framework version. The
 * catalogue is reference data every signed-in user may read, so these lookups need no scope. Reads the catalogue's
 * tables (issue 3) by their documented names; foreign keys in the database back this up.
 */
@Injectable()
export class CatalogueReferences {
  /** The framework a new roadmap pins: it must be a published version of a measures framework. */
  async assertPinnableFramework(manager: EntityManager, frameworkId: string): Promise<void> {
    const rows = await manager.query<{ kind: string; status: string }[]>(
      `SELECT kind, status FROM frameworks WHERE id = $1`,
      [frameworkId],
    );
    const framework = rows[0];
    const reason = !framework
      ? 'no such framework version'
      : framework.kind !== 'measures'
        ? 'the framework is a KPI set, not a standard of measures'
        : framework.status !== 'published'
          ? `the framework version is ${framework.status}; pin a published version`
          : null;
    if (reason) throw AppException.validation([{ field: 'frameworkId', reason }]);
  }

  /**
   * Field errors for measures, directions and KPI definitions that do not exist or, for measures and directions,
   * belong to another framework version. `basicOnly` also requires the measures to be basic ones.
   */
  async check(
    manager: EntityManager,
    frameworkId: string,
    refs: {
      measures?: { field: string; id: string }[];
      directions?: { field: string; id: string }[];
      kpis?: { field: string; id: string }[];
      basicOnly?: boolean;
    },
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const found = async (sql: string, ids: string[], ...params: unknown[]) =>
      ids.length === 0
        ? new Set<string>()
        : new Set((await manager.query<{ id: string }[]>(sql, [ids, ...params])).map((r) => r.id));

    const measures = refs.measures ?? [];
    const measureIds = await found(
      `SELECT id FROM measures WHERE id = ANY($1::uuid[]) AND framework_id = $2 ${refs.basicOnly ? `AND kind = 'basic'` : ''}`,
      measures.map((m) => m.id),
      frameworkId,
    );
    for (const ref of measures) {
      if (!measureIds.has(ref.id)) {
        const what = refs.basicOnly ? 'a basic measure' : 'a measure';
        errors.push({
          field: ref.field,
          reason: `${ref.id} is not ${what} of the roadmap's framework version`,
        });
      }
    }
    const directions = refs.directions ?? [];
    const directionIds = await found(
      `SELECT id FROM directions WHERE id = ANY($1::uuid[]) AND framework_id = $2`,
      directions.map((d) => d.id),
      frameworkId,
    );
    for (const ref of directions) {
      if (!directionIds.has(ref.id)) {
        errors.push({
          field: ref.field,
          reason: `${ref.id} is not a direction of the roadmap's framework version`,
        });
      }
    }
    const kpis = refs.kpis ?? [];
    const kpiIds = await found(
      `SELECT id FROM kpi_definitions WHERE id = ANY($1::uuid[])`,
      kpis.map((k) => k.id),
    );
    for (const ref of kpis) {
      if (!kpiIds.has(ref.id)) errors.push({ field: ref.field, reason: `${ref.id} is not a KPI definition` });
    }
    return errors;
  }

  /** The framework's measures and directions in catalogue order, for the roadmap workbook's drop-downs. */
  async sheetCatalogue(
    manager: EntityManager,
    frameworkId: string,
  ): Promise<{
    measures: { id: string; code: string; title: string; kind: string; directionCode: string }[];
    directions: { id: string; code: string; title: string }[];
  }> {
    const measures = await manager.query<
      { id: string; code: string; title: string; kind: string; directionCode: string }[]
    >(
      `SELECT m.id, m.code, m.title_ru AS title, m.kind, d.code AS "directionCode"
         FROM measures m JOIN directions d ON d.id = m.direction_id
        WHERE m.framework_id = $1 ORDER BY d.position, m.position, m.code`,
      [frameworkId],
    );
    const directions = await manager.query<{ id: string; code: string; title: string }[]>(
      `SELECT id, code, title_ru AS title FROM directions WHERE framework_id = $1 ORDER BY position, code`,
      [frameworkId],
    );
    return { measures, directions };
  }
}
