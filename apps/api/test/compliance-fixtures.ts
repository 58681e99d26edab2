import type { RoadmapDocumentResponse } from '@smartcity/contracts';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

import type { Caller } from './test-app';

/**
 * Shared compliance fixtures (API, worker and the browser-equality test): a measures framework shaped like the
 * 2019 standard's reconstruction — the engagement platform (SC2019-GU-01, due 2020) and two more basic measures
 * in two directions, plus one additional measure — and a KPI set with one KPI.
 */
export type ComplianceCatalogue = {
  frameworkId: string;
  directions: { gu: string; zhkh: string };
  measures: { platform: string; centre: string; metering: string; additional: string };
  kpiId: string;
};

export async function complianceCatalogue(
  dataSource: DataSource,
  status: 'published' | 'draft' = 'published',
): Promise<ComplianceCatalogue> {
  const code = `C${randomBytes(3).toString('hex')}`;
  const one = async (sql: string, params: unknown[]) =>
    (await dataSource.query<{ id: string }[]>(sql, params))[0].id;
  const framework = (kind: string) =>
    one(
      `INSERT INTO frameworks (code, version, edition, kind, title_ru, provenance)
       VALUES ($1, 1, '2019', $2, 'Стандарт «Умный город»', '{"status":"reconstruction","note":null,"sources":[]}')
       RETURNING id`,
      [`${code}${kind}`, kind],
    );
  const direction = (frameworkId: string, dcode: string, titleRu: string, position: number) =>
    one(
      `INSERT INTO directions (framework_id, code, title_ru, title_en, position)
       VALUES ($1, $2, $3, $2, $4) RETURNING id`,
      [frameworkId, dcode, titleRu, position],
    );
  const frameworkId = await framework('measures');
  const gu = await direction(frameworkId, 'GU', 'Городское управление', 1);
  const zhkh = await direction(frameworkId, 'ZHKH', 'Умное ЖКХ', 2);
  const measure = (directionId: string, mcode: string, kind: string, position: number) =>
    one(
      `INSERT INTO measures (framework_id, direction_id, code, title_ru, title_en, provenance, position, kind)
       VALUES ($1, $2, $3, $4, $3, 'reconstructed', $5, $6) RETURNING id`,
      [frameworkId, directionId, mcode, `Мера ${mcode}`, position, kind],
    );
  const measures = {
    platform: await measure(gu, 'SC2019-GU-01', 'basic', 1),
    centre: await measure(gu, 'SC2019-GU-02', 'basic', 2),
    metering: await measure(zhkh, 'SC2019-ZHKH-01', 'basic', 3),
    additional: await measure(zhkh, 'SC2019-ZHKH-05', 'additional', 4),
  };
  const kpiFrameworkId = await framework('kpis');
  const kpiDirectionId = await direction(kpiFrameworkId, 'EC', 'Экономика', 1);
  const kpiId = await one(
    `INSERT INTO kpi_definitions (framework_id, direction_id, code, title_ru, provenance, position)
     VALUES ($1, $2, 'EC.ICT.1', 'Доля домохозяйств с интернетом', 'confirmed', 1) RETURNING id`,
    [kpiFrameworkId, kpiDirectionId],
  );
  await dataSource.query(
    `UPDATE frameworks SET status = 'published', published_at = now() WHERE id = ANY($1::uuid[])`,
    [status === 'published' ? [frameworkId, kpiFrameworkId] : [kpiFrameworkId]],
  );
  return { frameworkId, directions: { gu, zhkh }, measures, kpiId };
}

export type ItemSpec = {
  measure: keyof ComplianceCatalogue['measures'] | null;
  startMonth: string;
  endMonth: string;
  status?: string;
};

/** A complete item for a measure (or an own item citing the roadmap's problem when `measure` is null). */
export function itemBody(catalogue: ComplianceCatalogue, spec: ItemSpec, problemId: string) {
  const measureId = spec.measure ? catalogue.measures[spec.measure] : null;
  const directionId =
    spec.measure === 'platform' || spec.measure === 'centre'
      ? catalogue.directions.gu
      : catalogue.directions.zhkh;
  const year = Number(spec.startMonth.slice(0, 4));
  return {
    kind: measureId ? 'standard' : 'own',
    measureId,
    title: measureId ? `Внедрение ${spec.measure}` : 'Умные счётчики в школах',
    directionId,
    responsibleUnit: 'Управление цифрового развития',
    responsiblePerson: 'Иванова А. П.',
    startMonth: spec.startMonth,
    endMonth: spec.endMonth,
    status: spec.status ?? 'planned',
    problemIds: measureId ? [] : [problemId],
    budgetLines: [{ year, source: 'municipal', planned: '1500000.00' }],
    kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, baseline: 10, target: 60, year: 2024 }],
  };
}

/** Creates a roadmap through the API with one problem and the given items; returns the document the web loads. */
export async function roadmapThroughApi(
  caller: Caller,
  orgId: string,
  catalogue: ComplianceCatalogue,
  items: ItemSpec[],
  period: [number, number] = [2019, 2024],
): Promise<RoadmapDocumentResponse> {
  const base = `/api/v1/organizations/${orgId}/roadmaps`;
  const created = await caller.post(base, {
    frameworkId: catalogue.frameworkId,
    title: `Дорожная карта ${period[0]}–${period[1]}`,
    periodStartYear: period[0],
    periodEndYear: period[1],
    outlookYear: 2030,
  });
  if (created.status !== 201) throw new Error(`roadmap: ${created.status} ${JSON.stringify(created.body)}`);
  const roadmapId = created.body.id as string;
  const problem = await caller.post(`${base}/${roadmapId}/problems`, {
    title: 'Высокие потери тепла',
    severity: 'high',
    directionId: catalogue.directions.zhkh,
  });
  if (problem.status !== 201) throw new Error(`problem: ${problem.status} ${JSON.stringify(problem.body)}`);
  for (const spec of items) {
    const res = await caller.post(
      `${base}/${roadmapId}/items`,
      itemBody(catalogue, spec, problem.body.problem.id),
    );
    if (res.status !== 201) throw new Error(`item: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const document = await caller.get(`${base}/${roadmapId}`);
  return document.body as RoadmapDocumentResponse;
}
