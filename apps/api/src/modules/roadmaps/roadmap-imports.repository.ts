import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { isUuid } from '../../common/uuid';
import { RoadmapImport } from './roadmap-import.entity';
import type { Roadmap } from './roadmap.entity';
import { RoadmapsRepository } from './roadmaps.repository';

/** Uploaded roadmap workbooks. Every method takes the caller's scope and re-checks it over the municipality. */
@Injectable()
export class RoadmapImportsRepository {
  constructor(private readonly roadmaps: RoadmapsRepository) {}

  async insert(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    row: Omit<RoadmapImport, 'id' | 'roadmapId' | 'createdAt' | 'status' | 'appliedAt' | 'appliedRevision'>,
  ): Promise<RoadmapImport> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapImport);
    return repo.save(repo.create({ ...row, roadmapId: roadmap.id, status: 'previewed' }));
  }

  async find(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    importId: string,
  ): Promise<RoadmapImport | null> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    if (!isUuid(importId)) return null;
    return manager.getRepository(RoadmapImport).findOneBy({ id: importId, roadmapId: roadmap.id });
  }

  async markApplied(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    importId: string,
    appliedRevision: number,
  ): Promise<RoadmapImport> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapImport);
    await repo.update({ id: importId, roadmapId: roadmap.id }, {
      status: 'applied',
      appliedAt: () => 'now()',
      appliedRevision,
    } as never);
    return repo.findOneByOrFail({ id: importId });
  }
}
