import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

import type { Organization } from '../src/modules/organizations/organization.entity';
import { RoadmapItem, RoadmapProblem } from '../src/modules/roadmaps/roadmap-parts.entity';
import { Roadmap } from '../src/modules/roadmaps/roadmap.entity';

export type CatalogueFixture = {
  frameworkId: string;
  directionId: string;
  basicMeasureIds: [string, string];
  additionalMeasureId: string;
  kpiId: string;
};

/**
 * A published measures framework (one direction, two basic and one additional measure) and a KPI set with one
 * KPI, inserted with SQL into the catalogue's tables (issue 3), as the catalogue's own import would leave them.
 */
export async function catalogueFixture(dataSource: DataSource): Promise<CatalogueFixture> {
  const code = `T${randomBytes(3).toString('hex')}`;
  const one = async (sql: string, params: unknown[]) =>
    (await dataSource.query<{ id: string }[]>(sql, params))[0].id;
  const framework = (kind: string) =>
    one(
      `INSERT INTO frameworks (code, version, edition, kind, title_ru, provenance)
       VALUES ($1, 1, '2019', $2, 'Стандарт', '{"status":"reconstruction","note":null,"sources":[]}') RETURNING id`,
      [`${code}${kind}`, kind],
    );
  const direction = (frameworkId: string, dcode: string) =>
    one(
      `INSERT INTO directions (framework_id, code, title_ru, position) VALUES ($1, $2, 'Направление', 1) RETURNING id`,
      [frameworkId, dcode],
    );
  const frameworkId = await framework('measures');
  const directionId = await direction(frameworkId, 'D1');
  const measure = (mcode: string, kind: string, position: number) =>
    one(
      `INSERT INTO measures (framework_id, direction_id, code, title_ru, provenance, position, kind)
       VALUES ($1, $2, $3, $4, 'reconstructed', $5, $6) RETURNING id`,
      [frameworkId, directionId, mcode, `Мера ${mcode}`, position, kind],
    );
  const basicMeasureIds: [string, string] = [
    await measure('M1', 'basic', 1),
    await measure('M2', 'basic', 2),
  ];
  const additionalMeasureId = await measure('M3', 'additional', 3);
  const kpiFrameworkId = await framework('kpis');
  const kpiDirectionId = await direction(kpiFrameworkId, 'EC');
  const kpiId = await one(
    `INSERT INTO kpi_definitions (framework_id, direction_id, code, title_ru, provenance, position)
     VALUES ($1, $2, 'EC.ICT.1', 'Доля домохозяйств с интернетом', 'confirmed', 1) RETURNING id`,
    [kpiFrameworkId, kpiDirectionId],
  );
  await dataSource.query(
    `UPDATE frameworks SET status = 'published', published_at = now() WHERE id = ANY($1::uuid[])`,
    [[frameworkId, kpiFrameworkId]],
  );
  return { frameworkId, directionId, basicMeasureIds, additionalMeasureId, kpiId };
}

/** A roadmap with one problem and one own item, inserted directly (for the isolation matrix). */
export async function insertRoadmap(
  dataSource: DataSource,
  city: Organization,
  createdBy: string,
  frameworkId: string,
): Promise<{ roadmap: Roadmap; problem: RoadmapProblem; item: RoadmapItem }> {
  const roadmap = await dataSource.getRepository(Roadmap).save({
    municipalityId: city.id,
    frameworkId,
    title: 'Дорожная карта',
    periodStartYear: 2021,
    periodEndYear: 2024,
    createdBy,
  });
  const problem = await dataSource
    .getRepository(RoadmapProblem)
    .save({ roadmapId: roadmap.id, title: 'Пробки', severity: 'high' as const });
  const item = await dataSource
    .getRepository(RoadmapItem)
    .save({ roadmapId: roadmap.id, kind: 'own' as const, title: 'Умные светофоры' });
  await dataSource.query(`INSERT INTO roadmap_item_problems (item_id, problem_id) VALUES ($1, $2)`, [
    item.id,
    problem.id,
  ]);
  return { roadmap, problem, item };
}

/**
 * The body of a standard item that the XLSX specs start from: a basic measure of the fixture's direction, dated,
 * in progress, with two budget lines (one with an actual amount).
 */
export const platformItem = (catalogue: CatalogueFixture) => ({
  kind: 'standard',
  measureId: catalogue.basicMeasureIds[0],
  directionId: catalogue.directionId,
  title: 'Платформа вовлечения граждан',
  responsibleUnit: 'Управление информатизации',
  startMonth: '2021-03',
  endMonth: '2022-12',
  status: 'in_progress',
  progress: 40,
  budgetLines: [
    { year: 2021, source: 'federal', planned: '1234567.89', actual: '1000000.00' },
    { year: 2022, source: 'municipal', planned: '250000' },
  ],
});
