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
    const ids = roadmaps.map((r) => r.id);
    // Plain SQL with the entities' property names: the same rows TypeORM would hydrate, at a fraction of the cost
    // for thousands of items (see the phase split in docs/compliance.md).
    const problems = await manager.query<RoadmapProblem[]>(
      `SELECT id, roadmap_id AS "roadmapId", title, description, evidence_links AS "evidenceLinks", severity,
              direction_id AS "directionId", revision, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM roadmap_problems WHERE roadmap_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    const items = await manager.query<RoadmapItem[]>(
      `SELECT id, roadmap_id AS "roadmapId", kind, measure_id AS "measureId", title, description,
              direction_id AS "directionId", responsible_unit AS "responsibleUnit",
              responsible_person AS "responsiblePerson", start_month AS "startMonth", end_month AS "endMonth",
              status, progress, revision, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM roadmap_items WHERE roadmap_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    const coverage = await manager.query<RoadmapMeasureCoverage[]>(
      `SELECT id, roadmap_id AS "roadmapId", measure_id AS "measureId", status, justification,
              evidence_links AS "evidenceLinks", review_status AS "reviewStatus", reviewed_by AS "reviewedBy",
              reviewed_at AS "reviewedAt", revision, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM roadmap_measure_coverages WHERE roadmap_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    const itemRows = await this.withChildren(manager, ids, items);

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
    roadmapIds: string[],
    items: RoadmapItem[],
  ): Promise<ItemRow[]> {
    if (items.length === 0) return [];
    const ofRoadmaps = (columns: string, table: string, order = '') =>
      `SELECT ${columns} FROM ${table} c JOIN roadmap_items i ON i.id = c.item_id
       WHERE i.roadmap_id = ANY($1::uuid[]) ${order}`;
    const [problemLinks, dependencies, budgetLines, kpiTargets] = [
      await manager.query<{ item_id: string; problem_id: string }[]>(
        ofRoadmaps('c.item_id, c.problem_id', 'roadmap_item_problems'),
        [roadmapIds],
      ),
      await manager.query<{ item_id: string; depends_on_id: string }[]>(
        ofRoadmaps('c.item_id, c.depends_on_id', 'roadmap_item_dependencies'),
        [roadmapIds],
      ),
      await manager.query<RoadmapBudgetLine[]>(
        ofRoadmaps(
          `c.item_id AS "itemId", c.year, c.source, c.planned_kopecks AS "plannedKopecks",
           c.actual_kopecks AS "actualKopecks"`,
          'roadmap_budget_lines',
          'ORDER BY c.year, c.source',
        ),
        [roadmapIds],
      ),
      await manager.query<RoadmapKpiTarget[]>(
        ofRoadmaps(
          `c.item_id AS "itemId", c.kpi_definition_id AS "kpiDefinitionId", c.year, c.baseline, c.target`,
          'roadmap_kpi_targets',
          'ORDER BY c.year, c.kpi_definition_id',
        ),
        [roadmapIds],
      ),
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
