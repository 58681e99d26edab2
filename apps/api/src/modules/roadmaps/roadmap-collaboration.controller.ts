import { Body, Controller, Get, Param, Post, Query, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ActivityPageResponse,
  CommentListResponse,
  CommentResponse,
  CompareSnapshotsQueryDto,
  CreateCommentDto,
  CreateSnapshotDto,
  ListCommentsQueryDto,
  SnapshotCompareResponse,
  SnapshotListResponse,
  SnapshotResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import { interval, map, merge, type Observable } from 'rxjs';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { RoadmapCollaborationService } from './roadmap-collaboration.service';
import { RoadmapLiveService } from './roadmap-live.service';
import { RoadmapsService } from './roadmaps.service';

const ORG = { organizationParam: 'orgId' };
/** Keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps/:roadmapId')
export class RoadmapCollaborationController {
  constructor(
    private readonly collaboration: RoadmapCollaborationService,
    private readonly roadmaps: RoadmapsService,
    private readonly live: RoadmapLiveService,
  ) {}

  @Post('comments')
  @RequirePermission('roadmaps.comment', ORG)
  @ApiContract({
    summary: 'Comment (mention as @[name](user-id))',
    body: CreateCommentDto,
    response: CommentResponse,
    status: 201,
  })
  comment(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: CreateCommentDto,
  ): Promise<CommentResponse> {
    return this.collaboration.comment(scope, orgId, roadmapId, dto);
  }

  @Get('comments')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'Comments on the roadmap (or one item: ?itemId=)', response: CommentListResponse })
  comments(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Query() query: ListCommentsQueryDto,
  ): Promise<CommentListResponse> {
    return this.collaboration.comments(scope, orgId, roadmapId, query.itemId);
  }

  @Get('activity')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'Who changed what, newest first', response: ActivityPageResponse })
  activity(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<ActivityPageResponse> {
    return this.collaboration.activity(scope, orgId, roadmapId);
  }

  @Post('snapshots')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Save a named snapshot',
    body: CreateSnapshotDto,
    response: SnapshotResponse,
    status: 201,
  })
  snapshot(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: CreateSnapshotDto,
  ): Promise<SnapshotResponse> {
    return this.collaboration.snapshot(scope, orgId, roadmapId, dto);
  }

  @Get('snapshots')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'Named snapshots, newest first', response: SnapshotListResponse })
  snapshots(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<SnapshotListResponse> {
    return this.collaboration.snapshots(scope, orgId, roadmapId);
  }

  @Get('compare')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({
    summary: 'Compare two snapshots (?from=&to=), or one with now (to omitted)',
    response: SnapshotCompareResponse,
  })
  compare(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Query() query: CompareSnapshotsQueryDto,
  ): Promise<SnapshotCompareResponse> {
    return this.collaboration.compare(scope, orgId, roadmapId, query.from, query.to);
  }

  /** Server-sent events: `roadmap.changed` / `comment.added` with a RoadmapLiveEvent as data; `ping` keeps alive. */
  @Sse('events')
  @RequirePermission('roadmaps.read', ORG)
  @ApiOperation({ summary: 'Live updates of the roadmap (text/event-stream)' })
  @ApiProduces('text/event-stream')
  async events(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<Observable<MessageEvent>> {
    // Checks the roadmap exists in this organization for this caller before streaming (404 otherwise).
    const { roadmap } = await this.roadmaps.document(scope, orgId, roadmapId);
    const changes = this.live
      .events(roadmap.id)
      .pipe(
        map((event): MessageEvent => ({ type: event.type, id: String(event.roadmapRevision), data: event })),
      );
    const pings = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    return merge(changes, pings);
  }
}
