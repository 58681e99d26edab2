import { Injectable } from '@nestjs/common';
import {
  complianceInputFromRoadmapDocument,
  type ComplianceInput,
  type FrameworkTreeResponse,
  type RoadmapDocumentResponse,
} from '@smartcity/contracts';
import { In, type EntityManager } from 'typeorm';

import { loadContent } from '../catalogue/catalogue-content';
import { toTreeResponse } from '../catalogue/catalogue.mapper';
import { Framework } from '../catalogue/framework.entity';
import { Organization } from '../organizations/organization.entity';
import {
  RoadmapBudgetLine,
  RoadmapItem,
  RoadmapKpiTarget,
  RoadmapMeasureCoverage,
  RoadmapProblem,
} from '../roadmaps/roadmap-parts.entity';
import { Roadmap } from '../roadmaps/roadmap.entity';
import { toDocumentResponse } from '../roadmaps/roadmaps.mapper';
import type { ItemRow } from '../roadmaps/roadmaps.repository';

/** A roadmap as the evaluation sees it: the row (its revision), the document the API serves, and the input. */
export type LoadedRoadmap = {
  roadmap: Roadmap;
  document: RoadmapDocumentResponse;
  frameworkTree: FrameworkTreeResponse;
  input: ComplianceInput;
};

const TREE_CACHE_LIMIT = 64;

/**
 * The one loader of compliance input, used by the API (one roadmap) and the worker (batches). It builds the very
 * roadmap document `GET …/roadmaps/:id` returns (same mapper) and the framework tree `GET /catalogue/frameworks/:id`
 * returns, then maps them with the shared `complianceInputFromRoadmapDocument` — exactly what the web app does —
 * so browser and server evaluate identical input. Batches cost a fixed number of queries, not one per roadmap.
 *
 * No access checks here: callers check the scope first (API) or run as the system (worker). Give it a
 * REPEATABLE READ manager so the document is one committed revision.
 */
@Injectable()
export class ComplianceInputsLoader {
  // Published versions are frozen by database triggers, so their trees can be cached for the process lifetime.
  private readonly publishedTrees = new Map<string, FrameworkTreeResponse>();

  async load(manager: EntityManager, roadmapIds: readonly string[]): Promise<LoadedRoadmap[]> {
    if (roadmapIds.length === 0) return [];
    const roadmaps = await manager
      .getRepository(Roadmap)
      .find({ where: { id: In([...roadmapIds]) }, order: { id: 'ASC' } });
    if (roadmaps.length === 0) return [];
    const ids = In(roadmaps.map((r) => r.id));
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    const problems = await manager.getRepository(RoadmapProblem).find({ where: { roadmapId: ids }, order });
    const items = await manager.getRepository(RoadmapItem).find({ where: { roadmapId: ids }, order });
    const coverage = await manager
      .getRepository(RoadmapMeasureCoverage)
      .find({ where: { roadmapId: ids }, order });
    const itemRows = await this.withChildren(manager, roadmaps, items);

    const organizations = new Map(
      (
        await manager
          .getRepository(Organization)
          .findBy({ id: In([...new Set(roadmaps.map((r) => r.municipalityId))]) })
      ).map((o) => [o.id, o]),
    );
    const trees = new Map<string, FrameworkTreeResponse>();
    for (const frameworkId of new Set(roadmaps.map((r) => r.frameworkId))) {
      trees.set(frameworkId, await this.tree(manager, frameworkId));
    }

    const byRoadmap = <T extends { roadmapId: string }>(rows: T[]) => groupBy(rows, (row) => row.roadmapId);
    const problemsOf = byRoadmap(problems);
    const itemsOf = groupBy(itemRows, (row) => row.roadmapId);
    const coverageOf = byRoadmap(coverage);
    return roadmaps.map((roadmap) => {
      const document = toDocumentResponse({
        roadmap,
        problems: problemsOf.get(roadmap.id) ?? [],
        items: itemsOf.get(roadmap.id) ?? [],
        coverage: coverageOf.get(roadmap.id) ?? [],
      });
      const municipality = organizations.get(roadmap.municipalityId);
      if (!municipality)
        throw new Error(`Municipality ${roadmap.municipalityId} of roadmap ${roadmap.id} is gone`);
      const frameworkTree = trees.get(roadmap.frameworkId)!;
      return {
        roadmap,
        document,
        frameworkTree,
        input: complianceInputFromRoadmapDocument(document, frameworkTree, municipality),
      };
    });
  }

  private async tree(manager: EntityManager, frameworkId: string): Promise<FrameworkTreeResponse> {
    const cached = this.publishedTrees.get(frameworkId);
    if (cached) return cached;
    const framework = await manager.getRepository(Framework).findOneByOrFail({ id: frameworkId });
    const tree = toTreeResponse(framework, await loadContent(manager, frameworkId));
    if (framework.status !== 'draft') {
      if (this.publishedTrees.size >= TREE_CACHE_LIMIT) this.publishedTrees.clear();
      this.publishedTrees.set(frameworkId, tree);
    }
    return tree;
  }

  /** The same children (and order) as the roadmaps repository's document, fetched once per batch. */
  private async withChildren(
    manager: EntityManager,
    roadmaps: Roadmap[],
    items: RoadmapItem[],
  ): Promise<ItemRow[]> {
    if (items.length === 0) return [];
    const roadmapIds = roadmaps.map((r) => r.id);
    const ofRoadmaps = (table: string) =>
      `SELECT c.* FROM ${table} c JOIN roadmap_items i ON i.id = c.item_id WHERE i.roadmap_id = ANY($1::uuid[])`;
    const [problemLinks, dependencies, budgetLines, kpiTargets] = [
      await manager
        .query(ofRoadmaps('roadmap_item_problems'), [roadmapIds])
        .then((rows: { item_id: string; problem_id: string }[]) => rows),
      await manager
        .query(ofRoadmaps('roadmap_item_dependencies'), [roadmapIds])
        .then((rows: { item_id: string; depends_on_id: string }[]) => rows),
      await manager
        .getRepository(RoadmapBudgetLine)
        .createQueryBuilder('b')
        .innerJoin(RoadmapItem, 'i', 'i.id = b.item_id')
        .where('i.roadmap_id = ANY(:roadmapIds)', { roadmapIds })
        .orderBy('b.year', 'ASC')
        .addOrderBy('b.source', 'ASC')
        .getMany(),
      await manager
        .getRepository(RoadmapKpiTarget)
        .createQueryBuilder('k')
        .innerJoin(RoadmapItem, 'i', 'i.id = k.item_id')
        .where('i.roadmap_id = ANY(:roadmapIds)', { roadmapIds })
        .orderBy('k.year', 'ASC')
        .addOrderBy('k.kpi_definition_id', 'ASC')
        .getMany(),
    ];
    const problemIds = groupBy(problemLinks, (row) => row.item_id);
    const dependsOn = groupBy(dependencies, (row) => row.item_id);
    const lines = groupBy(budgetLines, (row) => row.itemId);
    const targets = groupBy(kpiTargets, (row) => row.itemId);
    return items.map((item) =>
      Object.assign(item, {
        problemIds: (problemIds.get(item.id) ?? []).map((p) => p.problem_id).sort(),
        dependsOn: (dependsOn.get(item.id) ?? []).map((d) => d.depends_on_id).sort(),
        budgetLines: lines.get(item.id) ?? [],
        kpiTargets: targets.get(item.id) ?? [],
      }),
    );
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
