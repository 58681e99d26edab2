import { Injectable } from '@nestjs/common';
import type {
  ApplicationCommentListResponse,
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  AssignReviewersDto,
  CreateApplicationCommentDto,
  DecideApplicationDto,
  FieldError,
  ItemAcceptanceListResponse,
  ReviewerCandidateListResponse,
  ReviewerCandidatesQueryDto,
  SetChecklistAnswersDto,
  SetItemAcceptanceDto,
} from '@smartcity/contracts';
import {
  checkReviewerOverride,
  mayTake,
  stageOfStatus,
  transitionForDecision,
  type AccessScope,
  type ReviewStage,
} from '@smartcity/domain';
import { In, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import {
  ApplicationChecklistAnswer,
  ApplicationComment,
  ApplicationItemAcceptance,
  ApplicationReviewer,
  type Application,
  Campaign,
  type ApplicationSnapshot,
} from './application.entities';
import { ApplicationTransitions } from './application-transitions';
import { toCommentResponse } from './applications.mapper';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';

/** The reviewers' side: decisions, checklist answers, item comments and acceptance, reviewer assignment. */
@Injectable()
export class ApplicationReviewsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly repository: ApplicationsRepository,
    private readonly transitions: ApplicationTransitions,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Pass the stage (approve at the ministry stage), request changes or reject: a workflow transition. */
  async decide(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: DecideApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.applications.requireForWrite(
        scope,
        manager,
        orgId,
        applicationId,
        dto.revision,
      );
      const transition = transitionForDecision(
        dto.decision,
        stageOfStatus(application.status) ?? application.currentStage,
      );
      const moved = await this.transitions.take(
        manager,
        { kind: 'user', ...scope },
        application,
        transition,
        {
          reasons: dto.reasons ?? [],
        },
      );
      return this.applications.detailOf(scope, manager, moved);
    });
  }

  async setChecklist(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: SetChecklistAnswersDto,
  ): Promise<ApplicationDetailResponse> {
    return this.tx.run(async (manager) => {
      const { application, stage } = await this.requireReviewer(scope, manager, orgId, applicationId);
      const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
      const codes = new Set(campaign.criteria.map((c) => c.code));
      const errors: FieldError[] = [];
      dto.answers.forEach((a, i) => {
        if (!codes.has(a.criterionCode)) {
          errors.push({
            field: `answers.${i}.criterionCode`,
            reason: `the campaign has no criterion ${a.criterionCode}`,
          });
        }
      });
      if (errors.length > 0) throw AppException.validation(errors);
      const now = new Date();
      await manager.getRepository(ApplicationChecklistAnswer).upsert(
        dto.answers.map((a) => ({
          applicationId: application.id,
          stage,
          criterionCode: a.criterionCode,
          verdict: a.verdict,
          comment: a.comment?.trim() || null,
          answeredBy: scope.userId,
          answeredAt: now,
        })),
        ['applicationId', 'stage', 'criterionCode'],
      );
      await this.record(manager, scope, application, 'applications.checklist-answered', {
        stage,
        answers: dto.answers.map((a) => ({ criterionCode: a.criterionCode, verdict: a.verdict })),
      });
      return this.applications.detailOf(scope, manager, application);
    });
  }

  async comments(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<ApplicationCommentListResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.applications.require(scope, manager, orgId, applicationId);
      const comments = await this.repository.comments(manager, application.id);
      const names = await this.repository.userNames(
        manager,
        comments.map((c) => c.authorId),
      );
      return { items: comments.map((c) => toCommentResponse(c, names.get(c.authorId) ?? '')) };
    });
  }

  /** A comment on the application or on one item of its current snapshot (by the item's id in the snapshot). */
  async comment(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: CreateApplicationCommentDto,
  ): Promise<ApplicationCommentResponse> {
    return this.tx.run(async (manager) => {
      const { application, stage, snapshot } = await this.requireReviewer(
        scope,
        manager,
        orgId,
        applicationId,
      );
      const item = dto.itemId
        ? (snapshot.content.roadmap?.items ?? []).find((i) => i.id === dto.itemId)
        : null;
      if (dto.itemId && !item) {
        throw AppException.validation([{ field: 'itemId', reason: 'no such item in the submitted roadmap' }]);
      }
      const repo = manager.getRepository(ApplicationComment);
      const comment = await repo.save(
        repo.create({
          applicationId: application.id,
          snapshotId: snapshot.id,
          stage,
          itemId: item?.id ?? null,
          itemTitle: item?.title ?? null,
          body: dto.body.trim(),
          authorId: scope.userId,
        }),
      );
      await this.record(manager, scope, application, 'applications.commented', {
        commentId: comment.id,
        itemId: comment.itemId,
        stage,
      });
      const names = await this.repository.userNames(manager, [scope.userId]);
      return toCommentResponse(comment, names.get(scope.userId) ?? '');
    });
  }

  async acceptances(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<ItemAcceptanceListResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.applications.require(scope, manager, orgId, applicationId);
      const snapshot = await this.repository.latestSnapshot(manager, application.id);
      if (!snapshot) throw AppException.notFound('Snapshot');
      return this.acceptanceList(manager, snapshot);
    });
  }

  /** Accept (or take back the acceptance of) items of the current snapshot; the content hash is remembered. */
  async setAcceptance(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: SetItemAcceptanceDto,
  ): Promise<ItemAcceptanceListResponse> {
    return this.tx.run(async (manager) => {
      const { application, snapshot, stage } = await this.requireReviewer(
        scope,
        manager,
        orgId,
        applicationId,
      );
      // Snapshots written before item hashes existed (none in production) simply have no acceptable items.
      const hashes: Record<string, string> = snapshot.content.itemHashes ?? {};
      const errors = dto.itemIds
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => hashes[id] === undefined)
        .map(({ i }) => ({ field: `itemIds.${i}`, reason: 'no such item in the submitted roadmap' }));
      if (errors.length > 0) throw AppException.validation(errors);
      const repo = manager.getRepository(ApplicationItemAcceptance);
      if (dto.accepted) {
        const now = new Date();
        await repo.upsert(
          dto.itemIds.map((itemId) => ({
            snapshotId: snapshot.id,
            itemId,
            applicationId: application.id,
            contentHash: hashes[itemId],
            acceptedBy: scope.userId,
            acceptedAt: now,
            carriedOver: false,
          })),
          ['snapshotId', 'itemId'],
        );
      } else {
        await repo.delete({ snapshotId: snapshot.id, itemId: In(dto.itemIds) });
      }
      await this.record(
        manager,
        scope,
        application,
        dto.accepted ? 'applications.items-accepted' : 'applications.items-unaccepted',
        {
          stage,
          snapshotId: snapshot.id,
          itemIds: dto.itemIds,
        },
      );
      return this.acceptanceList(manager, snapshot);
    });
  }

  /** The people who may review `stage` (`stageCandidates`), each marked if assigned to the stage now. */
  async reviewerCandidates(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    query: ReviewerCandidatesQueryDto,
  ): Promise<ReviewerCandidateListResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.applications.require(
        scope,
        manager,
        orgId,
        applicationId,
        'applications.manage',
      );
      const candidates = await this.candidatesOf(manager, application, query.stage);
      const assigned = new Set(await this.repository.reviewerIds(manager, application.id, query.stage));
      return {
        stage: query.stage,
        items: candidates.map((c) => ({ ...c, assigned: assigned.has(c.userId) })),
      };
    });
  }

  /** The people who may review `stage` of the application: by its municipality's region, or the ministry's. */
  private async candidatesOf(
    manager: EntityManager,
    application: Pick<Application, 'municipalityId'>,
    stage: ReviewStage,
  ) {
    const municipality = await manager
      .getRepository(Organization)
      .findOneByOrFail({ id: application.municipalityId });
    return this.repository.stageCandidates(manager, municipality, stage);
  }

  /**
   * Manual override of a stage's reviewers, allowed for the stage the application is at and for a later one not
   * started yet (`checkReviewerOverride`, otherwise 409 `applications.stage-closed` before anything is written): each
   * must be a candidate of the stage (`stageCandidates`), otherwise 400 naming the person. Kept reviewers keep their
   * assignment; removed ones go; the added ones are told (in the app and by e-mail) by the
   * `applications.notify-assigned-reviewers` job, written to the outbox here.
   */
  async assignReviewers(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: AssignReviewersDto,
  ): Promise<ApplicationDetailResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.applications.require(
        scope,
        manager,
        orgId,
        applicationId,
        'applications.manage',
        true,
      );
      const open = checkReviewerOverride(application.status, application.currentStage, dto.stage);
      if (!open.ok) throw new AppException(open.code, open.reason, open.details);
      const candidates = await this.candidatesOf(manager, application, dto.stage);
      const eligible = new Set(candidates.map((c) => c.userId));
      const refused = dto.userIds.map((id, i) => ({ id, i })).filter(({ id }) => !eligible.has(id));
      if (refused.length > 0) {
        const names = await this.repository.userNames(
          manager,
          refused.map((r) => r.id),
        );
        const role =
          dto.stage === 'regional'
            ? "an active regional coordinator of the municipality's region"
            : 'an active ministry reviewer';
        throw AppException.validation(
          refused.map(({ id, i }) => ({
            field: `userIds.${i}`,
            reason: names.has(id) ? `${names.get(id)} is not ${role}` : `no user has the id ${id}`,
          })),
        );
      }
      const userIds = [...new Set(dto.userIds)];
      const before = await this.repository.reviewerIds(manager, application.id, dto.stage);
      const added = userIds.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !userIds.includes(id));
      const repo = manager.getRepository(ApplicationReviewer);
      if (removed.length > 0) {
        await repo.delete({ applicationId: application.id, stage: dto.stage, userId: In(removed) });
      }
      if (added.length > 0) {
        await repo.insert(
          added.map((userId) => ({
            applicationId: application.id,
            stage: dto.stage,
            userId,
            assignment: 'manual' as const,
          })),
        );
        await this.outbox.publish(manager, 'applications.notify-assigned-reviewers', {
          v: 1,
          applicationId: application.id,
          stage: dto.stage,
          userIds: added,
          assignedBy: scope.userId,
        });
      }
      await this.record(manager, scope, application, 'applications.reviewers-assigned', {
        stage: dto.stage,
        userIds,
        added,
        removed,
      });
      return this.applications.detailOf(scope, manager, application);
    });
  }

  /** The application under review at a stage the caller may decide (role, region, assignment), and its snapshot. */
  private async requireReviewer(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    applicationId: string,
  ) {
    const application = await this.applications.require(
      scope,
      manager,
      orgId,
      applicationId,
      'applications.review',
      true,
    );
    const stage = stageOfStatus(application.status);
    if (stage === null) {
      throw new AppException(
        'applications.invalid-transition',
        `The application is ${application.status}, not under review`,
        { status: application.status },
      );
    }
    const municipality = await manager.getRepository(Organization).findOneByOrFail({ id: orgId });
    const stageReviewerIds = await this.repository.reviewerIds(manager, application.id, stage);
    const context = {
      municipality: { id: municipality.id, kind: municipality.kind, parentId: municipality.parentId },
      currentStage: application.currentStage,
      stageReviewerIds,
    };
    if (!mayTake('request_changes', application.status, { kind: 'user', ...scope }, context)) {
      throw AppException.forbidden(`Only the reviewers assigned to the ${stage} stage may review it now`);
    }
    const snapshot = await this.repository.latestSnapshot(manager, application.id);
    if (!snapshot) throw AppException.notFound('Snapshot');
    return { application, stage, snapshot };
  }

  private async acceptanceList(
    manager: EntityManager,
    snapshot: ApplicationSnapshot,
  ): Promise<ItemAcceptanceListResponse> {
    const rows = await this.repository.acceptances(manager, snapshot.id);
    const names = await this.repository.userNames(
      manager,
      rows.map((r) => r.acceptedBy),
    );
    return {
      snapshotId: snapshot.id,
      items: rows.map((r) => ({
        itemId: r.itemId,
        contentHash: r.contentHash,
        acceptedBy: r.acceptedBy,
        acceptedByName: names.get(r.acceptedBy) ?? '',
        acceptedAt: r.acceptedAt.toISOString(),
        carriedOver: r.carriedOver,
      })),
    };
  }

  private record(
    manager: EntityManager,
    scope: AccessScope,
    application: Application,
    action: string,
    after: object,
  ) {
    return this.audit.record(manager, {
      actorUserId: scope.userId,
      organizationId: application.municipalityId,
      action,
      entityType: 'application',
      entityId: application.id,
      after,
    });
  }
}
