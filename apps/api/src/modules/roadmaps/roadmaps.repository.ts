import { Injectable } from '@nestjs/common';
import type { AccessScope, Permission } from '@smartcity/domain';
import { DataSource, In, type EntityManager } from 'typeorm';

import { isUuid } from '../../common/uuid';
import type { Organization } from '../organizations/organization.entity';
import { reachOrganization } from '../organizations/organization-reach';
import {
  RoadmapBudgetLine,
  RoadmapItem,
  RoadmapItemDependency,
  RoadmapItemProblem,
  RoadmapKpiTarget,
  RoadmapMeasureCoverage,
  RoadmapProblem,
} from './roadmap-parts.entity';
import { Roadmap } from './roadmap.entity';

type RoadmapPermission = Extract<Permission, `roadmaps.${string}`>;

/** An item with everything that hangs off it. */
export type ItemRow = RoadmapItem & {
  problemIds: string[];
  dependsOn: string[];
  budgetLines: RoadmapBudgetLine[];
  kpiTargets: RoadmapKpiTarget[];
};

export type RoadmapDocumentRows = {
  roadmap: Roadmap;
  problems: RoadmapProblem[];
  items: ItemRow[];
  coverage: RoadmapMeasureCoverage[];
};

export type ItemChildren = Pick<ItemRow, 'problemIds' | 'dependsOn' | 'budgetLines' | 'kpiTargets'>;

/**
 * Every query of roadmaps and their parts. Each method takes the caller's scope first, re-checks the permission
 * over the municipality with `can()`, and filters by `municipality_id`, so a roadmap id from another organization
 * is "not found" even for a caller who may read the addressed one.
 */
@Injectable()
export class RoadmapsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async assertReach(
    scope: AccessScope,
    manager: EntityManager,
    municipalityId: string,
    permission: RoadmapPermission,
  ): Promise<Organization> {
    return reachOrganization(scope, manager, municipalityId, permission);
  }

  async list(scope: AccessScope, municipalityId: string): Promise<Roadmap[]> {
    await this.assertReach(scope, this.manager, municipalityId, 'roadmaps.read');
    return this.manager.getRepository(Roadmap).find({
      where: { municipalityId },
      order: { periodStartYear: 'DESC', createdAt: 'DESC' },
    });
  }

  async find(
    scope: AccessScope,
    manager: EntityManager,
    municipalityId: string,
    roadmapId: string,
    permission: RoadmapPermission = 'roadmaps.read',
  ): Promise<Roadmap | null> {
    await this.assertReach(scope, manager, municipalityId, permission);
    if (!isUuid(roadmapId)) return null;
    return manager.getRepository(Roadmap).findOneBy({ id: roadmapId, municipalityId });
  }

  async insert(scope: AccessScope, manager: EntityManager, roadmap: Partial<Roadmap>): Promise<Roadmap> {
    await this.assertReach(scope, manager, roadmap.municipalityId!, 'roadmaps.edit');
    const repo = manager.getRepository(Roadmap);
    return repo.save(repo.create(roadmap));
  }

  /**
   * Starts a write to any part of the roadmap: bumps its revision and so takes its row lock until commit. Every
   * writer goes through here first, which serializes writes per roadmap (no lost updates, no dependency cycles
   * slipping in between two concurrent edits, no deadlocks from different lock orders). Null when not found.
   */
  async beginWrite(
    scope: AccessScope,
    manager: EntityManager,
    municipalityId: string,
    roadmapId: string,
  ): Promise<Roadmap | null> {
    await this.assertReach(scope, manager, municipalityId, 'roadmaps.edit');
    if (!isUuid(roadmapId)) return null;
    const result = await manager
      .createQueryBuilder()
      .update(Roadmap)
      .set({ revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :roadmapId AND municipality_id = :municipalityId', { roadmapId, municipalityId })
      .returning(['id'])
      .execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return manager.getRepository(Roadmap).findOneByOrFail({ id: roadmapId });
  }

  /** Writes roadmap-level fields only if the roadmap is still at `basedOn` (then bumps it); null otherwise. */
  async updateIfRevision(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    basedOn: number,
    changes: Partial<Pick<Roadmap, 'title' | 'status' | 'periodEndYear' | 'outlookYear'>>,
  ): Promise<Roadmap | null> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const result = await manager
      .createQueryBuilder()
      .update(Roadmap)
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :id AND municipality_id = :municipalityId AND revision = :basedOn', {
        id: roadmap.id,
        municipalityId: roadmap.municipalityId,
        basedOn,
      })
      .execute();
    if ((result.affected ?? 0) !== 1) return null;
    return manager.getRepository(Roadmap).findOneByOrFail({ id: roadmap.id });
  }

  async loadDocument(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
  ): Promise<RoadmapDocumentRows> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const problems = await manager
      .getRepository(RoadmapProblem)
      .find({ where: { roadmapId: roadmap.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const items = await manager
      .getRepository(RoadmapItem)
      .find({ where: { roadmapId: roadmap.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const coverage = await manager
      .getRepository(RoadmapMeasureCoverage)
      .find({ where: { roadmapId: roadmap.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { roadmap, problems, items: await this.withChildren(manager, items), coverage };
  }

  // ---- problems ----

  async findProblem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    problemId: string,
  ): Promise<RoadmapProblem | null> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    if (!isUuid(problemId)) return null;
    return manager.getRepository(RoadmapProblem).findOneBy({ id: problemId, roadmapId: roadmap.id });
  }

  async problemIds(scope: AccessScope, manager: EntityManager, roadmap: Roadmap): Promise<Set<string>> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const rows = await manager
      .getRepository(RoadmapProblem)
      .find({ where: { roadmapId: roadmap.id }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  async insertProblem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    problem: Partial<RoadmapProblem>,
  ): Promise<RoadmapProblem> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapProblem);
    return repo.save(repo.create({ ...problem, roadmapId: roadmap.id }));
  }

  /** Conditional update (`WHERE revision = basedOn`); false when the problem moved on meanwhile. */
  async updateProblem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    problemId: string,
    basedOn: number,
    changes: Partial<RoadmapProblem>,
  ): Promise<boolean> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const result = await manager
      .createQueryBuilder()
      .update(RoadmapProblem)
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :problemId AND roadmap_id = :roadmapId AND revision = :basedOn', {
        problemId,
        roadmapId: roadmap.id,
        basedOn,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async itemsCitingProblem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    problemId: string,
  ): Promise<string[]> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const rows = await manager.getRepository(RoadmapItemProblem).findBy({ problemId });
    return rows.map((r) => r.itemId);
  }

  async deleteProblem(scope: AccessScope, manager: EntityManager, roadmap: Roadmap, problemId: string) {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    await manager.getRepository(RoadmapProblem).delete({ id: problemId, roadmapId: roadmap.id });
  }

  // ---- items ----

  async findItem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    itemId: string,
  ): Promise<ItemRow | null> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    if (!isUuid(itemId)) return null;
    const item = await manager.getRepository(RoadmapItem).findOneBy({ id: itemId, roadmapId: roadmap.id });
    return item ? (await this.withChildren(manager, [item]))[0] : null;
  }

  /** Every item of the roadmap with its dependencies: the graph a cycle check needs. */
  async dependencyGraph(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
  ): Promise<{ id: string; title: string; dependsOn: string[] }[]> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const items = await manager
      .getRepository(RoadmapItem)
      .find({ where: { roadmapId: roadmap.id }, select: { id: true, title: true } });
    if (items.length === 0) return [];
    const edges = await manager
      .getRepository(RoadmapItemDependency)
      .findBy({ itemId: In(items.map((i) => i.id)) });
    return items.map((i) => ({
      id: i.id,
      title: i.title,
      dependsOn: edges.filter((e) => e.itemId === i.id).map((e) => e.dependsOnId),
    }));
  }

  async insertItem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    item: Partial<RoadmapItem>,
  ): Promise<RoadmapItem> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapItem);
    return repo.save(repo.create({ ...item, roadmapId: roadmap.id }));
  }

  /** Conditional update (`WHERE revision = basedOn`); false when the item moved on meanwhile. */
  async updateItem(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    itemId: string,
    basedOn: number,
    changes: Partial<RoadmapItem>,
  ): Promise<boolean> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const result = await manager
      .createQueryBuilder()
      .update(RoadmapItem)
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :itemId AND roadmap_id = :roadmapId AND revision = :basedOn', {
        itemId,
        roadmapId: roadmap.id,
        basedOn,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Replaces the lists of an item that are present in `children` (absent lists stay as they are). */
  async replaceChildren(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    itemId: string,
    children: Partial<ItemChildren>,
  ): Promise<void> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    if (children.problemIds) {
      await manager.getRepository(RoadmapItemProblem).delete({ itemId });
      if (children.problemIds.length > 0) {
        await manager
          .getRepository(RoadmapItemProblem)
          .insert(children.problemIds.map((problemId) => ({ itemId, problemId })));
      }
    }
    if (children.dependsOn) {
      await manager.getRepository(RoadmapItemDependency).delete({ itemId });
      if (children.dependsOn.length > 0) {
        await manager
          .getRepository(RoadmapItemDependency)
          .insert(children.dependsOn.map((dependsOnId) => ({ itemId, dependsOnId })));
      }
    }
    if (children.budgetLines) {
      await manager.getRepository(RoadmapBudgetLine).delete({ itemId });
      if (children.budgetLines.length > 0) {
        await manager
          .getRepository(RoadmapBudgetLine)
          .insert(children.budgetLines.map((line) => ({ ...line, itemId })));
      }
    }
    if (children.kpiTargets) {
      await manager.getRepository(RoadmapKpiTarget).delete({ itemId });
      if (children.kpiTargets.length > 0) {
        await manager
          .getRepository(RoadmapKpiTarget)
          .insert(children.kpiTargets.map((target) => ({ ...target, itemId })));
      }
    }
  }

  async deleteItem(scope: AccessScope, manager: EntityManager, roadmap: Roadmap, itemId: string) {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    await manager.getRepository(RoadmapItem).delete({ id: itemId, roadmapId: roadmap.id });
  }

  // ---- coverage ----

  async findCoverage(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    measureId: string,
  ): Promise<RoadmapMeasureCoverage | null> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    if (!isUuid(measureId)) return null;
    return manager.getRepository(RoadmapMeasureCoverage).findOneBy({ roadmapId: roadmap.id, measureId });
  }

  async insertCoverage(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    coverage: Partial<RoadmapMeasureCoverage>,
  ): Promise<RoadmapMeasureCoverage> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapMeasureCoverage);
    return repo.save(repo.create({ ...coverage, roadmapId: roadmap.id }));
  }

  async updateCoverage(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    id: string,
    basedOn: number,
    changes: Partial<RoadmapMeasureCoverage>,
  ): Promise<boolean> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const result = await manager
      .createQueryBuilder()
      .update(RoadmapMeasureCoverage)
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :id AND roadmap_id = :roadmapId AND revision = :basedOn', {
        id,
        roadmapId: roadmap.id,
        basedOn,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async deleteCoverage(scope: AccessScope, manager: EntityManager, roadmap: Roadmap, id: string) {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    await manager.getRepository(RoadmapMeasureCoverage).delete({ id, roadmapId: roadmap.id });
  }

  /** Copies a document's parts into another (new) roadmap of the same municipality, with fresh ids. */
  async copyParts(
    scope: AccessScope,
    manager: EntityManager,
    rows: RoadmapDocumentRows,
    copy: Roadmap,
  ): Promise<void> {
    await this.assertReach(scope, manager, copy.municipalityId, 'roadmaps.edit');
    const problemIds = new Map<string, string>();
    for (const p of rows.problems) {
      const { id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = p;
      const saved = await manager.getRepository(RoadmapProblem).save({ ...fields, roadmapId: copy.id });
      problemIds.set(id, saved.id);
    }
    const itemIds = new Map<string, string>();
    for (const item of rows.items) {
      const { id, createdAt: _c, updatedAt: _u, revision: _r, problemIds: _p, dependsOn: _d, ...rest } = item;
      const { budgetLines: _b, kpiTargets: _k, ...fields } = rest;
      const saved = await manager.getRepository(RoadmapItem).save({ ...fields, roadmapId: copy.id });
      itemIds.set(id, saved.id);
    }
    for (const item of rows.items) {
      const itemId = itemIds.get(item.id)!;
      const links = item.problemIds.map((p) => ({ itemId, problemId: problemIds.get(p)! }));
      const deps = item.dependsOn.map((d) => ({ itemId, dependsOnId: itemIds.get(d)! }));
      const lines = item.budgetLines.map((l) => ({ ...l, itemId, actualKopecks: null }));
      const targets = item.kpiTargets.map((k) => ({ ...k, itemId }));
      if (links.length) await manager.getRepository(RoadmapItemProblem).insert(links);
      if (deps.length) await manager.getRepository(RoadmapItemDependency).insert(deps);
      if (lines.length) await manager.getRepository(RoadmapBudgetLine).insert(lines);
      if (targets.length) await manager.getRepository(RoadmapKpiTarget).insert(targets);
    }
    for (const c of rows.coverage) {
      const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = c;
      await manager.getRepository(RoadmapMeasureCoverage).insert({
        ...fields,
        roadmapId: copy.id,
        reviewStatus: c.status === 'not_applicable' ? 'pending' : null,
        reviewedBy: null,
        reviewedAt: null,
      });
    }
  }

  private async withChildren(manager: EntityManager, items: RoadmapItem[]): Promise<ItemRow[]> {
    if (items.length === 0) return [];
    const itemIds = In(items.map((i) => i.id));
    const [problems, dependencies, budgetLines, kpiTargets] = [
      await manager.getRepository(RoadmapItemProblem).findBy({ itemId: itemIds }),
      await manager.getRepository(RoadmapItemDependency).findBy({ itemId: itemIds }),
      await manager
        .getRepository(RoadmapBudgetLine)
        .find({ where: { itemId: itemIds }, order: { year: 'ASC', source: 'ASC' } }),
      await manager
        .getRepository(RoadmapKpiTarget)
        .find({ where: { itemId: itemIds }, order: { year: 'ASC', kpiDefinitionId: 'ASC' } }),
    ];
    return items.map((item) =>
      Object.assign(item, {
        problemIds: problems
          .filter((p) => p.itemId === item.id)
          .map((p) => p.problemId)
          .sort(),
        dependsOn: dependencies
          .filter((d) => d.itemId === item.id)
          .map((d) => d.dependsOnId)
          .sort(),
        budgetLines: budgetLines.filter((b) => b.itemId === item.id),
        kpiTargets: kpiTargets.filter((k) => k.itemId === item.id),
      }),
    );
  }
}
