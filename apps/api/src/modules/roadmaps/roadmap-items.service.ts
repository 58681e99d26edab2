import { Injectable } from '@nestjs/common';
import type {
  BudgetLineDto,
  CreateRoadmapItemDto,
  KpiTargetDto,
  RoadmapItemResponse,
  RoadmapItemWriteResponse,
  RoadmapRevisionResponse,
  UpdateRoadmapItemDto,
} from '@smartcity/contracts';
import {
  diffRecords,
  findFirstDependencyCycle,
  moneyTextToKopecks,
  validateItemDraft,
  type AccessScope,
  type ItemDraft,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { CatalogueReferences } from './catalogue-references';
import { RoadmapEvidenceRepository } from './roadmap-evidence.repository';
import { RoadmapEvidenceService } from './roadmap-evidence.service';
import type { RoadmapBudgetLine, RoadmapItem, RoadmapKpiTarget } from './roadmap-parts.entity';
import { staleWrite, RoadmapWrites } from './roadmap-writes';
import type { Roadmap } from './roadmap.entity';
import { toItemResponse } from './roadmaps.mapper';
import { RoadmapsRepository, type ItemChildren, type ItemRow } from './roadmaps.repository';

const SCALAR_FIELDS = [
  'kind',
  'measureId',
  'title',
  'description',
  'directionId',
  'responsibleUnit',
  'responsiblePerson',
  'startMonth',
  'endMonth',
  'status',
  'progress',
] as const;

type ItemScalars = Pick<RoadmapItem, (typeof SCALAR_FIELDS)[number]>;

const toBudgetRows = (lines: BudgetLineDto[]): Omit<RoadmapBudgetLine, 'itemId'>[] =>
  lines.map((line) => ({
    year: line.year,
    source: line.source,
    plannedKopecks: moneyTextToKopecks(line.planned),
    actualKopecks: line.actual == null ? null : moneyTextToKopecks(line.actual),
  }));

const toKpiRows = (targets: KpiTargetDto[]): Omit<RoadmapKpiTarget, 'itemId'>[] =>
  targets.map((t) => ({
    kpiDefinitionId: t.kpiDefinitionId,
    year: t.year,
    baseline: t.baseline == null ? null : String(t.baseline),
    target: String(t.target),
  }));

/** Changed fields only, as `{ before, after }` maps for the audit trail. */
function auditDiff(before: RoadmapItemResponse, after: RoadmapItemResponse) {
  const changes = diffRecords(before, after);
  return {
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
  };
}

/** Roadmap items: the measures the municipality plans, with their budget, KPI targets and dependencies. */
@Injectable()
export class RoadmapItemsService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly writes: RoadmapWrites,
    private readonly catalogue: CatalogueReferences,
    private readonly evidence: RoadmapEvidenceRepository,
    private readonly evidenceFiles: RoadmapEvidenceService,
  ) {}

  async get(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    itemId: string,
  ): Promise<RoadmapItemResponse> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId);
    if (!roadmap) throw AppException.notFound('Roadmap');
    const item = await this.roadmaps.findItem(scope, manager, roadmap, itemId);
    if (!item) throw AppException.notFound('Item');
    return toItemResponse(item);
  }

  async create(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: CreateRoadmapItemDto,
  ): Promise<RoadmapItemWriteResponse> {
    const { result, roadmapRevision } = await this.writes.write(
      scope,
      orgId,
      roadmapId,
      async (manager, roadmap) => {
        const scalars: ItemScalars = {
          kind: dto.kind,
          measureId: dto.measureId ?? null,
          title: dto.title.trim(),
          description: dto.description ?? null,
          directionId: dto.directionId ?? null,
          responsibleUnit: dto.responsibleUnit ?? null,
          responsiblePerson: dto.responsiblePerson ?? null,
          startMonth: dto.startMonth ?? null,
          endMonth: dto.endMonth ?? null,
          status: dto.status ?? 'planned',
          progress: dto.progress ?? 0,
        };
        const children: ItemChildren = {
          problemIds: [...new Set(dto.problemIds ?? [])],
          dependsOn: [...new Set(dto.dependsOn ?? [])],
          budgetLines: toBudgetRows(dto.budgetLines ?? []) as RoadmapBudgetLine[],
          kpiTargets: toKpiRows(dto.kpiTargets ?? []) as RoadmapKpiTarget[],
        };
        await this.validate(scope, manager, roadmap, scalars, children, null);
        const item = await this.roadmaps.insertItem(scope, manager, roadmap, scalars);
        await this.roadmaps.replaceChildren(scope, manager, roadmap, item.id, children);
        const saved = toItemResponse((await this.roadmaps.findItem(scope, manager, roadmap, item.id))!);
        return {
          result: saved,
          audit: {
            action: 'roadmaps.item-created',
            entityType: 'roadmap_item',
            entityId: item.id,
            after: saved,
          },
        };
      },
    );
    return { roadmapRevision, item: result };
  }

  async update(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    itemId: string,
    dto: UpdateRoadmapItemDto,
  ): Promise<RoadmapItemWriteResponse> {
    const { result, roadmapRevision } = await this.writes.write(
      scope,
      orgId,
      roadmapId,
      async (manager, roadmap) => {
        const current = await this.roadmaps.findItem(scope, manager, roadmap, itemId);
        if (!current) throw AppException.notFound('Item');
        if (current.revision !== dto.revision) throw staleWrite('This item', toItemResponse(current));
        const scalars = Object.fromEntries(
          SCALAR_FIELDS.map((field) => [field, dto[field] === undefined ? current[field] : dto[field]]),
        ) as ItemScalars;
        scalars.title = scalars.title.trim();
        // Switching to an own measure drops the standard measure unless the request names one explicitly.
        if (dto.kind === 'own' && dto.measureId === undefined) scalars.measureId = null;
        const changes: Partial<ItemChildren> = {
          ...(dto.problemIds ? { problemIds: [...new Set(dto.problemIds)] } : {}),
          ...(dto.dependsOn ? { dependsOn: [...new Set(dto.dependsOn)] } : {}),
          ...(dto.budgetLines ? { budgetLines: toBudgetRows(dto.budgetLines) as RoadmapBudgetLine[] } : {}),
          ...(dto.kpiTargets ? { kpiTargets: toKpiRows(dto.kpiTargets) as RoadmapKpiTarget[] } : {}),
        };
        await this.validate(scope, manager, roadmap, scalars, { ...current, ...changes }, current);
        // Under the roadmap lock the item cannot move between the check above and this conditional update.
        if (!(await this.roadmaps.updateItem(scope, manager, roadmap, itemId, dto.revision, scalars))) {
          throw staleWrite('This item', toItemResponse(current));
        }
        await this.roadmaps.replaceChildren(scope, manager, roadmap, itemId, changes);
        const saved = toItemResponse((await this.roadmaps.findItem(scope, manager, roadmap, itemId))!);
        return {
          result: saved,
          audit: {
            action: 'roadmaps.item-updated',
            entityType: 'roadmap_item',
            entityId: itemId,
            ...auditDiff(toItemResponse(current), saved),
          },
        };
      },
    );
    return { roadmapRevision, item: result };
  }

  async remove(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    itemId: string,
    revision: number,
  ): Promise<RoadmapRevisionResponse> {
    const { roadmapRevision } = await this.writes.write(scope, orgId, roadmapId, async (manager, roadmap) => {
      const current = await this.roadmaps.findItem(scope, manager, roadmap, itemId);
      if (!current) throw AppException.notFound('Item');
      if (current.revision !== revision) throw staleWrite('This item', toItemResponse(current));
      // Evidence rows go with the item (cascade); their files are deleted after commit.
      const files = await this.evidence.storageKeysOf(scope, manager, roadmap, { itemIds: [itemId] });
      await this.roadmaps.deleteItem(scope, manager, roadmap, itemId);
      await this.evidenceFiles.enqueueFileDeletion(manager, files);
      return {
        result: null,
        audit: {
          action: 'roadmaps.item-deleted',
          entityType: 'roadmap_item',
          entityId: itemId,
          before: toItemResponse(current),
        },
      };
    });
    return { roadmapRevision };
  }

  /** Field rules, catalogue references and the dependency graph; throws 400 naming each field (or the cycle). */
  private async validate(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    scalars: ItemScalars,
    children: ItemChildren,
    current: ItemRow | null,
  ): Promise<void> {
    const graph = await this.roadmaps.dependencyGraph(scope, manager, roadmap);
    const draft: ItemDraft = {
      ...scalars,
      problemIds: children.problemIds,
      dependsOn: children.dependsOn,
      budgetLines: children.budgetLines,
      kpiTargets: children.kpiTargets,
    };
    const issues = validateItemDraft(draft, {
      itemId: current?.id ?? null,
      problemIds: await this.roadmaps.problemIds(scope, manager, roadmap),
      itemIds: new Set(graph.map((node) => node.id)),
      firstYear: roadmap.periodStartYear,
      lastYear: roadmap.outlookYear ?? roadmap.periodEndYear,
    });
    const references = await this.catalogue.check(manager, roadmap.frameworkId, {
      measures: scalars.measureId ? [{ field: 'measureId', id: scalars.measureId }] : [],
      directions: scalars.directionId ? [{ field: 'directionId', id: scalars.directionId }] : [],
      kpis: children.kpiTargets.map((t, i) => ({
        field: `kpiTargets.${i}.kpiDefinitionId`,
        id: t.kpiDefinitionId,
      })),
    });
    const fields = [...issues, ...references];
    if (fields.length > 0) throw AppException.validation(fields);

    if (!current || children.dependsOn.length === 0) return;
    const next = graph.map((node) =>
      node.id === current.id ? { ...node, dependsOn: children.dependsOn } : node,
    );
    const cycle = findFirstDependencyCycle(next);
    if (cycle) {
      const titles = new Map(graph.map((node) => [node.id, node.title]));
      const path = cycle.path.map((id) => ({ id, title: titles.get(id) ?? id }));
      const described = path.map((p) => `«${p.title}»`).join(' → ');
      throw new AppException(
        'roadmaps.dependency-cycle',
        `These dependencies would form a cycle: ${described}`,
        {
          cycle: path,
          itemIds: cycle.itemIds,
          fields: [{ field: 'dependsOn', reason: `would form a cycle: ${described}` }],
        },
      );
    }
  }
}
