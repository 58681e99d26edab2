import { Injectable } from '@nestjs/common';
import { can, type AccessScope, type MembershipGrant } from '@smartcity/domain';
import { DataSource, In, type EntityManager } from 'typeorm';

import { AuditEvent } from '../audit/audit-event.entity';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import type { Organization } from '../organizations/organization.entity';
import { RoadmapComment, RoadmapSnapshot } from './roadmap-parts.entity';
import type { Roadmap } from './roadmap.entity';
import { RoadmapsRepository } from './roadmaps.repository';

/** Comments, the activity feed and snapshots of a roadmap. Scoped like RoadmapsRepository. */
@Injectable()
export class RoadmapCollaborationRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roadmaps: RoadmapsRepository,
  ) {}

  async insertComment(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    comment: Pick<RoadmapComment, 'itemId' | 'body' | 'mentionedUserIds'>,
  ): Promise<RoadmapComment> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.comment');
    const repo = manager.getRepository(RoadmapComment);
    return repo.save(repo.create({ ...comment, roadmapId: roadmap.id, authorId: scope.userId }));
  }

  async listComments(
    scope: AccessScope,
    roadmap: Roadmap,
    itemId: string | undefined,
  ): Promise<(RoadmapComment & { authorName: string })[]> {
    const manager = this.dataSource.manager;
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const comments = await manager.getRepository(RoadmapComment).find({
      where: { roadmapId: roadmap.id, ...(itemId ? { itemId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    const names = await this.displayNames(
      manager,
      comments.map((c) => c.authorId),
    );
    return comments.map((c) => Object.assign(c, { authorName: names.get(c.authorId) ?? '' }));
  }

  /**
   * Of the given users, those who may read the municipality's roadmaps (so may be mentioned there), by id with
   * their display names. Unknown ids are simply absent.
   */
  async readersAmong(
    scope: AccessScope,
    manager: EntityManager,
    municipality: Organization,
    userIds: string[],
  ): Promise<Map<string, string>> {
    await this.roadmaps.assertReach(scope, manager, municipality.id, 'roadmaps.comment');
    if (userIds.length === 0) return new Map();
    const memberships = await manager
      .getRepository(Membership)
      .find({ where: { userId: In(userIds) }, relations: { organization: true } });
    const grants = new Map<string, MembershipGrant[]>();
    for (const m of memberships) {
      const list = grants.get(m.userId) ?? [];
      const org = (m as Membership & { organization: Organization }).organization;
      list.push({ role: m.role, organization: { id: org.id, kind: org.kind, parentId: org.parentId } });
      grants.set(m.userId, list);
    }
    const readers = [...grants.entries()]
      .filter(([userId, list]) => can({ userId, memberships: list }, 'roadmaps.read', municipality))
      .map(([userId]) => userId);
    return this.displayNames(manager, readers);
  }

  async displayNames(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await manager
      .getRepository(User)
      .find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** The roadmap's audit events, newest first (the activity feed). */
  async activity(
    scope: AccessScope,
    roadmap: Roadmap,
    limit: number,
  ): Promise<(AuditEvent & { actorName: string | null })[]> {
    const manager = this.dataSource.manager;
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    const events = await manager
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(`coalesce(e.after->>'roadmapId', e.before->>'roadmapId') = :roadmapId`, {
        roadmapId: roadmap.id,
      })
      .andWhere(`e.entity_type LIKE 'roadmap%'`)
      .andWhere('e.organization_id = :municipalityId', { municipalityId: roadmap.municipalityId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getMany();
    const names = await this.displayNames(
      manager,
      events.map((e) => e.actorUserId).filter((id): id is string => id !== null),
    );
    return events.map((e) =>
      Object.assign(e, { actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null }),
    );
  }

  async insertSnapshot(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    snapshot: Pick<RoadmapSnapshot, 'name' | 'roadmapRevision' | 'content' | 'contentHash'>,
  ): Promise<RoadmapSnapshot> {
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.edit');
    const repo = manager.getRepository(RoadmapSnapshot);
    return repo.save(repo.create({ ...snapshot, roadmapId: roadmap.id, createdBy: scope.userId }));
  }

  async listSnapshots(scope: AccessScope, roadmap: Roadmap): Promise<RoadmapSnapshot[]> {
    const manager = this.dataSource.manager;
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    return manager.getRepository(RoadmapSnapshot).find({
      where: { roadmapId: roadmap.id },
      select: {
        id: true,
        name: true,
        roadmapRevision: true,
        contentHash: true,
        createdBy: true,
        createdAt: true,
      },
      order: { createdAt: 'DESC' },
    });
  }

  async findSnapshot(scope: AccessScope, roadmap: Roadmap, id: string): Promise<RoadmapSnapshot | null> {
    const manager = this.dataSource.manager;
    await this.roadmaps.assertReach(scope, manager, roadmap.municipalityId, 'roadmaps.read');
    return manager.getRepository(RoadmapSnapshot).findOneBy({ id, roadmapId: roadmap.id });
  }
}
