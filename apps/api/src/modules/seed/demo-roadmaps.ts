import {
  moneyTextToKopecks,
  type FinancingSource,
  type ProblemSeverity,
  type RoadmapItemStatus,
  type RoadmapStatus,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BUNDLED_CODES } from '../catalogue/seed/bundled-catalogue';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import {
  RoadmapBudgetLine,
  RoadmapItem,
  RoadmapItemDependency,
  RoadmapItemProblem,
  RoadmapProblem,
} from '../roadmaps/roadmap-parts.entity';
import { Roadmap } from '../roadmaps/roadmap.entity';
import { DEMO_ORGANIZATIONS } from './demo-data';

type DemoItem = {
  /** A measure code of the seeded 2019 standard, or null for an own measure (which cites the first problem). */
  measure: string | null;
  title: string;
  unit: string;
  start: string;
  end: string;
  status: RoadmapItemStatus;
  progress: number;
  budget: { year: number; source: FinancingSource; planned: string; actual?: string }[];
  /** Index of an earlier item this one waits for. */
  after?: number;
};

type DemoRoadmap = {
  city: 'kaluga' | 'obninsk' | 'kostroma';
  title: string;
  start: number;
  end: number;
  status: RoadmapStatus;
  problems: { title: string; severity: ProblemSeverity }[];
  items: DemoItem[];
};

/** DESIGN §6: the three demo cities with roadmaps in different states, mapped to the 2019 standard's measures. */
export const DEMO_ROADMAPS: DemoRoadmap[] = [
  {
    city: 'kaluga',
    title: 'Дорожная карта цифровизации городского хозяйства Калуги 2021–2024',
    start: 2021,
    end: 2024,
    status: 'approved',
    problems: [
      { title: 'Нет единой точки обращений жителей: жалобы теряются между ведомствами', severity: 'high' },
      { title: 'Потери тепла и воды не измеряются по домам', severity: 'medium' },
    ],
    items: [
      {
        measure: 'SC2019-GU-01',
        title: 'Цифровая платформа вовлечения граждан «Калуга — наш город»',
        unit: 'Управление информатизации',
        start: '2021-02',
        end: '2021-12',
        status: 'done',
        progress: 100,
        budget: [{ year: 2021, source: 'regional', planned: '4500000', actual: '4380000.00' }],
      },
      {
        measure: 'SC2019-GU-02',
        title: 'Интеллектуальный центр управления городом',
        unit: 'Управление информатизации',
        start: '2022-01',
        end: '2024-06',
        status: 'in_progress',
        progress: 60,
        after: 0,
        budget: [
          { year: 2022, source: 'federal', planned: '12000000', actual: '11800000.00' },
          { year: 2023, source: 'municipal', planned: '3500000.50' },
        ],
      },
      {
        measure: 'SC2019-ZHKH-01',
        title: 'Интеллектуальный учёт тепла и воды в многоквартирных домах',
        unit: 'Управление ЖКХ',
        start: '2022-04',
        end: '2024-12',
        status: 'in_progress',
        progress: 35,
        budget: [{ year: 2023, source: 'extra_budgetary', planned: '8000000' }],
      },
      {
        measure: null,
        title: 'Единый сервис обращений жителей в чат-боте',
        unit: 'Городская управа',
        start: '2023-01',
        end: '2023-09',
        status: 'delayed',
        progress: 20,
        budget: [{ year: 2023, source: 'municipal', planned: '900000' }],
      },
    ],
  },
  {
    city: 'obninsk',
    title: 'Дорожная карта «Умный Обнинск» 2022–2024',
    start: 2022,
    end: 2024,
    status: 'submitted',
    problems: [
      { title: 'Качество воздуха у промзоны не контролируется онлайн', severity: 'high' },
      { title: 'Нет оперативного оповещения жителей о ЧС', severity: 'critical' },
    ],
    items: [
      {
        measure: 'SC2019-GU-01',
        title: 'Подключение к региональной платформе обратной связи',
        unit: 'Отдел цифрового развития',
        start: '2022-03',
        end: '2022-10',
        status: 'done',
        progress: 100,
        budget: [{ year: 2022, source: 'municipal', planned: '600000', actual: '600000.00' }],
      },
      {
        measure: 'SC2019-ECO-01',
        title: 'Онлайн-мониторинг атмосферного воздуха у промзоны',
        unit: 'Отдел экологии',
        start: '2023-01',
        end: '2024-06',
        status: 'planned',
        progress: 0,
        budget: [{ year: 2023, source: 'regional', planned: '2750000' }],
      },
      {
        measure: 'SC2019-PS-01',
        title: 'Система оповещения жителей о чрезвычайных ситуациях',
        unit: 'Управление ГО и ЧС',
        start: '2023-04',
        end: '2024-12',
        status: 'planned',
        progress: 0,
        budget: [{ year: 2024, source: 'federal', planned: '5200000' }],
      },
    ],
  },
  {
    city: 'kostroma',
    title: 'Проект дорожной карты «Умная Кострома» 2024–2027',
    start: 2024,
    end: 2027,
    status: 'draft',
    problems: [{ title: 'Износ сетей: аварии выявляются только по жалобам', severity: 'high' }],
    items: [
      {
        measure: 'SC2019-GU-02',
        title: 'Ситуационный центр главы города',
        unit: 'Комитет информатизации',
        start: '2024-03',
        end: '2025-12',
        status: 'planned',
        progress: 0,
        budget: [{ year: 2024, source: 'municipal', planned: '3000000' }],
      },
      {
        measure: 'SC2019-ZHKH-01',
        title: 'Датчики учёта на тепловых пунктах',
        unit: 'Комитет ЖКХ',
        start: '2025-01',
        end: '2026-12',
        status: 'planned',
        progress: 0,
        budget: [],
      },
      {
        measure: null,
        title: 'Мобильные бригады по заявкам с карты аварий',
        unit: 'МКУ «Служба заказчика»',
        start: '2025-04',
        end: '2025-10',
        status: 'planned',
        progress: 0,
        after: 0,
        budget: [],
      },
    ],
  },
];

const audit = new AuditService();

/**
 * Inserts the demo roadmaps after the catalogue and demo organizations exist. Idempotent by the roadmap's
 * natural key (municipality and period): an existing roadmap is left as it is, whatever was done to it since.
 */
export async function seedDemoRoadmaps(manager: EntityManager): Promise<number> {
  const [framework] = await manager.query<{ id: string }[]>(
    `SELECT id FROM frameworks WHERE code = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`,
    [BUNDLED_CODES.standard],
  );
  if (!framework) return 0;
  const measures = new Map(
    (
      await manager.query<{ id: string; code: string; directionId: string }[]>(
        `SELECT id, code, direction_id AS "directionId" FROM measures WHERE framework_id = $1`,
        [framework.id],
      )
    ).map((m) => [m.code, m]),
  );
  let created = 0;
  for (const demo of DEMO_ROADMAPS) {
    const city = DEMO_ORGANIZATIONS.find((o) => o.key === demo.city)!;
    const org = await manager
      .getRepository(Organization)
      .findOneBy({ kind: 'municipality', nameRu: city.nameRu });
    const lead = await manager.getRepository(User).findOneBy({ email: `lead@${demo.city}.demo` });
    if (!org || !lead) continue;
    const exists = await manager
      .getRepository(Roadmap)
      .existsBy({ municipalityId: org.id, periodStartYear: demo.start, periodEndYear: demo.end });
    if (exists) continue;
    const roadmap = await manager.getRepository(Roadmap).save({
      municipalityId: org.id,
      frameworkId: framework.id,
      title: demo.title,
      periodStartYear: demo.start,
      periodEndYear: demo.end,
      outlookYear: 2030,
      status: demo.status,
      createdBy: lead.id,
    });
    const problems: RoadmapProblem[] = [];
    for (const p of demo.problems) {
      problems.push(await manager.getRepository(RoadmapProblem).save({ roadmapId: roadmap.id, ...p }));
    }
    const itemIds: string[] = [];
    for (const d of demo.items) {
      const measure = d.measure ? measures.get(d.measure) : undefined;
      if (d.measure && !measure) throw new Error(`Demo roadmap names unknown measure ${d.measure}`);
      const item = await manager.getRepository(RoadmapItem).save({
        roadmapId: roadmap.id,
        kind: measure ? 'standard' : 'own',
        measureId: measure?.id ?? null,
        directionId: measure?.directionId ?? null,
        title: d.title,
        responsibleUnit: d.unit,
        startMonth: d.start,
        endMonth: d.end,
        status: d.status,
        progress: d.progress,
      });
      itemIds.push(item.id);
      if (!measure) {
        await manager
          .getRepository(RoadmapItemProblem)
          .insert({ itemId: item.id, problemId: problems[0].id });
      }
      if (d.after !== undefined) {
        await manager
          .getRepository(RoadmapItemDependency)
          .insert({ itemId: item.id, dependsOnId: itemIds[d.after] });
      }
      for (const line of d.budget) {
        await manager.getRepository(RoadmapBudgetLine).insert({
          itemId: item.id,
          year: line.year,
          source: line.source,
          plannedKopecks: moneyTextToKopecks(line.planned),
          actualKopecks: line.actual ? moneyTextToKopecks(line.actual) : null,
        });
      }
    }
    await audit.record(manager, {
      actorUserId: null,
      organizationId: org.id,
      action: 'roadmaps.seeded',
      entityType: 'roadmap',
      entityId: roadmap.id,
      after: { roadmapId: roadmap.id, title: demo.title, status: demo.status, items: demo.items.length },
    });
    created += 1;
  }
  return created;
}
