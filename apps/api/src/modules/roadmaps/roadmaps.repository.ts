import { Injectable } from '@nestjs/common';
import type { AccessScope, Permission } from '@smartcity/domain';
import { DataSource, In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

import { isUuid } from '../../common/uuid';
import { inParameterChunks, insertRows } from '../../database/batches';
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

/** One item of a batch of conditional updates: written only while the item is at revision `basedOn`. */
export type ItemUpdate = { itemId: string; basedOn: number; changes: Partial<RoadmapItem> };

/** Columns a conditional update never sets from `changes`: identity and bookkeeping. */
const UPDATE_KEEPS = new Set<keyof RoadmapItem>(['roadmapId', 'revision', 'createdAt', 'updatedAt']);

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
    return (await this.insertItems(scope, manager, roadmap, [item]))[0];
  }

  /** Multi-row INSERT … RETURNING (in chunks under the parameter limit); the saved items in the order given. */
  async insertItems(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    items: readonly Partial<RoadmapItem>[],
  ): Promise<RoadmapItem[]> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapItem);
    const saved = items.map((item) => repo.create({ ...item, roadmapId: roadmap.id }));
    // insert() fills each entity with what RETURNING gave back: id, revision, defaults, timestamps.
    for (const chunk of inParameterChunks(saved, repo.metadata.columns.length)) await repo.insert(chunk);
    return saved;
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
    const updated = await this.updateItems(scope, manager, roadmap, [{ itemId, basedOn, changes }]);
    return updated.length === 1;
  }

  /**
   * Conditional updates of many items in one statement (`UPDATE … FROM unnest(…)`, one array parameter per
   * column): each item is written only if it is still at its `basedOn` revision. Returns the ids written; the
   * caller decides what a shorter list means (a conflict, usually rolling the transaction back). Every update must
   * set the same fields.
   */
  async updateItems(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    updates: readonly ItemUpdate[],
  ): Promise<string[]> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    if (updates.length === 0) return [];
    const fieldsOf = (changes: Partial<RoadmapItem>) =>
      (Object.keys(changes) as (keyof RoadmapItem)[]).filter((f) => changes[f] !== undefined).sort();
    const fields = fieldsOf(updates[0].changes);
    if (updates.some((u) => fieldsOf(u.changes).join() !== fields.join())) {
      throw new Error('updateItems: every update must set the same fields');
    }
    const metadata = manager.connection.getMetadata(RoadmapItem);
    const columns = fields.map((field) => {
      const column = metadata.findColumnWithPropertyName(field);
      if (!column || column.isPrimary || UPDATE_KEEPS.has(field)) {
        throw new Error(`updateItems: ${field} is not an updatable item field`);
      }
      return { field, name: column.databaseName, type: manager.connection.driver.normalizeType(column) };
    });
    // Wrapped in a CTE so that the driver answers the rows alone (a bare UPDATE … RETURNING gives [rows, count]).
    const rows = await manager.query<{ id: string }[]>(
      `WITH updated AS (
         UPDATE roadmap_items i
            SET ${[...columns.map((c) => `"${c.name}" = v."${c.name}"`), 'revision = i.revision + 1', 'updated_at = now()'].join(', ')}
           FROM unnest($2::uuid[], $3::integer[]${columns.map((c, n) => `, $${n + 4}::${c.type}[]`).join('')})
             AS v(id, based_on${columns.map((c) => `, "${c.name}"`).join('')})
          WHERE i.id = v.id AND i.roadmap_id = $1 AND i.revision = v.based_on
         RETURNING i.id
       )
       SELECT id FROM updated`,
      [
        roadmap.id,
        updates.map((u) => u.itemId),
        updates.map((u) => u.basedOn),
        ...columns.map((c) => updates.map((u) => u.changes[c.field] ?? null)),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Replaces the lists of an item that are present in `children` (absent lists stay as they are). */
  async replaceChildren(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    itemId: string,
    children: Partial<ItemChildren>,
  ): Promise<void> {
    await this.replaceChildrenOfItems(scope, manager, roadmap, [{ itemId, children }]);
  }

  /**
   * `replaceChildren` for many items at once: per kind of list, one DELETE for every item that carries that list
   * and one multi-row INSERT of all their new rows (in chunks under the parameter limit).
   */
  async replaceChildrenOfItems(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    entries: readonly { itemId: string; children: Partial<ItemChildren> }[],
  ): Promise<void> {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const replace = async <E extends ObjectLiteral>(
      entity: EntityTarget<E>,
      list: (children: Partial<ItemChildren>) => readonly unknown[] | undefined,
      toRows: (itemId: string, children: Partial<ItemChildren>) => object[],
    ) => {
      const present = entries.filter((e) => list(e.children) !== undefined);
      if (present.length === 0) return;
      await manager
        .createQueryBuilder()
        .delete()
        .from(entity)
        .where('item_id = ANY(:itemIds)', { itemIds: present.map((e) => e.itemId) })
        .execute();
      await insertRows(
        manager,
        entity,
        present.flatMap((e) => toRows(e.itemId, e.children)),
      );
    };
    await replace(
      RoadmapItemProblem,
      (c) => c.problemIds,
      (itemId, c) => c.problemIds!.map((problemId) => ({ itemId, problemId })),
    );
    await replace(
      RoadmapItemDependency,
      (c) => c.dependsOn,
      (itemId, c) => c.dependsOn!.map((dependsOnId) => ({ itemId, dependsOnId })),
    );
    await replace(
      RoadmapBudgetLine,
      (c) => c.budgetLines,
      (itemId, c) => c.budgetLines!.map((line) => ({ ...line, itemId })),
    );
    await replace(
      RoadmapKpiTarget,
      (c) => c.kpiTargets,
      (itemId, c) => c.kpiTargets!.map((target) => ({ ...target, itemId })),
    );
  }

  async deleteItem(scope: AccessScope, manager: EntityManager, roadmap: Roadmap, itemId: string) {
    await this.deleteItems(scope, manager, roadmap, [itemId]);
  }

  /** One DELETE for all of them; their lists and evidence rows go by cascade. */
  async deleteItems(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    itemIds: readonly string[],
  ) {
    await this.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    if (itemIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .delete()
      .from(RoadmapItem)
      .where('roadmap_id = :roadmapId AND id = ANY(:itemIds)', { roadmapId: roadmap.id, itemIds })
      .execute();
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
