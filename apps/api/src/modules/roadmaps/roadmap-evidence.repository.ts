import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@smartcity/domain';
import { In, Not, IsNull, type EntityManager } from 'typeorm';

import { isUuid } from '../../common/uuid';
import { RoadmapEvidence } from './roadmap-evidence.entity';
import type { Roadmap } from './roadmap.entity';
import { RoadmapsRepository } from './roadmaps.repository';

/** What evidence supports: one item or one problem of the roadmap. */
export type EvidenceTarget = { itemId: string } | { problemId: string };

const targetWhere = (target: EvidenceTarget) =>
  'itemId' in target ? { itemId: target.itemId } : { problemId: target.problemId };

/** Evidence rows. Every method takes the caller's scope and re-checks it over the roadmap's municipality. */
@Injectable()
export class RoadmapEvidenceRepository {
  constructor(private readonly roadmaps: RoadmapsRepository) {}

  async list(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    target: EvidenceTarget,
  ): Promise<RoadmapEvidence[]> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    return manager.getRepository(RoadmapEvidence).find({
      where: { roadmapId: roadmap.id, ...targetWhere(target) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async find(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    evidenceId: string,
  ): Promise<RoadmapEvidence | null> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    if (!isUuid(evidenceId)) return null;
    return manager.getRepository(RoadmapEvidence).findOneBy({ id: evidenceId, roadmapId: roadmap.id });
  }

  async insert(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    evidence: Partial<RoadmapEvidence>,
  ): Promise<RoadmapEvidence> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapEvidence);
    return repo.save(repo.create({ ...evidence, roadmapId: roadmap.id }));
  }

  async delete(scope: AccessScope, manager: EntityManager, roadmap: Roadmap, evidenceId: string) {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    await manager.getRepository(RoadmapEvidence).delete({ id: evidenceId, roadmapId: roadmap.id });
  }

  /** Storage keys of the files attached to these items or this problem (to delete once their rows are gone). */
  async storageKeysOf(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    target: { itemIds: string[] } | { problemId: string },
  ): Promise<string[]> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    if ('itemIds' in target && target.itemIds.length === 0) return [];
    const rows = await manager.getRepository(RoadmapEvidence).find({
      where: {
        roadmapId: roadmap.id,
        storageKey: Not(IsNull()),
        ...('itemIds' in target ? { itemId: In(target.itemIds) } : { problemId: target.problemId }),
      },
      select: { storageKey: true },
    });
    return rows.map((r) => r.storageKey!);
  }
}
