import { Injectable } from '@nestjs/common';
import type {
  ActivityPageResponse,
  CommentListResponse,
  CommentResponse,
  CreateCommentDto,
  CreateSnapshotDto,
  RoadmapDocumentResponse,
  SnapshotCompareResponse,
  SnapshotListResponse,
  SnapshotResponse,
} from '@smartcity/contracts';
import { diffRoadmaps, extractMentionedUserIds, type AccessScope } from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { RoadmapCollaborationRepository } from './roadmap-collaboration.repository';
import { RoadmapWrites } from './roadmap-writes';
import type { Roadmap } from './roadmap.entity';
import { toCommentResponse, toDocumentResponse, toSnapshotResponse } from './roadmaps.mapper';
import { RoadmapsRepository } from './roadmaps.repository';

const ACTIVITY_LIMIT = 200;

/** Comments with @mentions, the activity feed, named snapshots and their comparison. */
@Injectable()
export class RoadmapCollaborationService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly collaboration: RoadmapCollaborationRepository,
    private readonly tx: TransactionRunner,
    private readonly writes: RoadmapWrites,
    private readonly outbox: OutboxPublisher,
  ) {}

  /**
   * Adds a comment; each person mentioned as `@[name](user-id)` must be able to read the roadmap and is notified
   * by the worker (job `roadmaps.notify-mentions`, written to the outbox in the same transaction).
   */
  async comment(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: CreateCommentDto,
  ): Promise<CommentResponse> {
    const mentioned = extractMentionedUserIds(dto.body).filter((id) => id !== scope.userId);
    const { response, roadmap } = await this.tx.run(async (manager) => {
      const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.comment');
      if (dto.itemId && !(await this.roadmaps.findItem(scope, manager, roadmap, dto.itemId))) {
        throw AppException.validation([{ field: 'itemId', reason: 'no such item in this roadmap' }]);
      }
      const municipality = await this.roadmaps.assertReach(scope, manager, orgId, 'roadmaps.comment');
      const readers = await this.collaboration.readersAmong(scope, manager, municipality, mentioned);
      const outsiders = mentioned.filter((id) => !readers.has(id));
      if (outsiders.length > 0) {
        throw AppException.validation([
          { field: 'body', reason: `mentioned people cannot see this roadmap: ${outsiders.join(', ')}` },
        ]);
      }
      const comment = await this.collaboration.insertComment(scope, manager, roadmap, {
        itemId: dto.itemId ?? null,
        body: dto.body,
        mentionedUserIds: mentioned,
      });
      if (mentioned.length > 0) {
        await this.outbox.publish(manager, 'roadmaps.notify-mentions', { v: 1, commentId: comment.id });
      }
      await this.writes.record(manager, scope, roadmap, {
        action: 'roadmaps.comment-added',
        entityType: 'roadmap',
        entityId: roadmap.id,
        after: { commentId: comment.id, itemId: comment.itemId, mentionedUserIds: mentioned },
      });
      const names = await this.collaboration.displayNames(manager, [scope.userId]);
      return { response: toCommentResponse(comment, names.get(scope.userId) ?? ''), roadmap };
    });
    this.writes.announce(
      scope,
      roadmap,
      { action: 'roadmaps.comment-added', entityType: 'roadmap_comment', entityId: response.id },
      'comment.added',
    );
    return response;
  }

  async comments(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    itemId: string | undefined,
  ): Promise<CommentListResponse> {
    const roadmap = await this.requireRoadmap(scope, this.roadmaps.manager, orgId, roadmapId);
    const rows = await this.collaboration.listComments(scope, roadmap, itemId);
    return { items: rows.map((c) => toCommentResponse(c, c.authorName)) };
  }

  async activity(scope: AccessScope, orgId: string, roadmapId: string): Promise<ActivityPageResponse> {
    const roadmap = await this.requireRoadmap(scope, this.roadmaps.manager, orgId, roadmapId);
    const events = await this.collaboration.activity(scope, roadmap, ACTIVITY_LIMIT);
    return {
      items: events.map((e) => ({
        id: String(e.id),
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        actorUserId: e.actorUserId,
        actorName: e.actorName,
        before: e.before,
        after: e.after,
        occurredAt: e.occurredAt.toISOString(),
      })),
    };
  }

  /** A named copy of the whole roadmap as it is now. Not a change of the roadmap, so it needs no revision. */
  async snapshot(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: CreateSnapshotDto,
  ): Promise<SnapshotResponse> {
    return this.tx.run(async (manager) => {
      const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
      // FOR SHARE waits for a write in flight, so the copy is one committed revision.
      await manager.query(`SELECT 1 FROM roadmaps WHERE id = $1 FOR SHARE`, [roadmap.id]);
      const locked = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
      const document = toDocumentResponse(await this.roadmaps.loadDocument(scope, manager, locked));
      const json = JSON.stringify(document);
      const snapshot = await this.collaboration.insertSnapshot(scope, manager, locked, {
        name: dto.name.trim(),
        roadmapRevision: locked.revision,
        content: JSON.parse(json) as Record<string, unknown>,
        contentHash: createHash('sha256').update(json).digest('hex'),
      });
      await this.writes.record(manager, scope, locked, {
        action: 'roadmaps.snapshot-created',
        entityType: 'roadmap',
        entityId: locked.id,
        after: { snapshotId: snapshot.id, name: snapshot.name, roadmapRevision: locked.revision },
      });
      return toSnapshotResponse(snapshot);
    });
  }

  async snapshots(scope: AccessScope, orgId: string, roadmapId: string): Promise<SnapshotListResponse> {
    const roadmap = await this.requireRoadmap(scope, this.roadmaps.manager, orgId, roadmapId);
    return { items: (await this.collaboration.listSnapshots(scope, roadmap)).map(toSnapshotResponse) };
  }

  /** What changed between two snapshots, or between a snapshot and the roadmap now (`to` omitted). */
  async compare(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    fromId: string,
    toId: string | undefined,
  ): Promise<SnapshotCompareResponse> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId);
    const load = async (id: string, field: string) => {
      const snapshot = isUuid(id) ? await this.collaboration.findSnapshot(scope, roadmap, id) : null;
      if (!snapshot) throw AppException.validation([{ field, reason: 'no such snapshot of this roadmap' }]);
      return snapshot.content as unknown as RoadmapDocumentResponse;
    };
    const before = await load(fromId, 'from');
    const after = toId
      ? await load(toId, 'to')
      : toDocumentResponse(await this.roadmaps.loadDocument(scope, manager, roadmap));
    const diff = diffRoadmaps(before, after);
    return { from: fromId, to: toId ?? null, diff, identical: diff.isEmpty };
  }

  private async requireRoadmap(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    roadmapId: string,
    permission: 'roadmaps.read' | 'roadmaps.edit' | 'roadmaps.comment' = 'roadmaps.read',
  ): Promise<Roadmap> {
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId, permission);
    if (!roadmap) throw AppException.notFound('Roadmap');
    return roadmap;
  }
}
