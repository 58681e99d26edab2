import { Injectable } from '@nestjs/common';
import type {
  ApplicationDetailResponse,
  ApplicationListQueryDto,
  ApplicationListResponse,
  ApplicationPrecheckResponse,
  ApplicationSnapshotDiffResponse,
  ApplicationSnapshotResponse,
  ApplicationSummaryResponse,
  SnapshotDiffQueryDto,
  StartApplicationDto,
  WithdrawApplicationDto,
} from '@smartcity/contracts';
import {
  APPLICATION_TRANSITIONS,
  canonicalJson,
  decide,
  diffRoadmaps,
  mayTake,
  stageOfStatus,
  type AccessScope,
  type ApplicationTransition,
  type ComplianceFinding,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { isUniqueViolation } from '../../database/postgres-errors';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import { staleWrite } from '../roadmaps/roadmap-writes';
import { Roadmap } from '../roadmaps/roadmap.entity';
import { Application, ApplicationSnapshot, Campaign } from './application.entities';
import { ApplicationRoadmapLoader, buildPrefill } from './application-roadmap.loader';
import { ApplicationTransitions, sha256Hex } from './application-transitions';
import {
  acceptsApplications,
  toDetailResponse,
  toSnapshotSummary,
  toSummaryResponse,
} from './applications.mapper';
import { ApplicationsRepository } from './applications.repository';

const ACTIVE_INDEX = 'applications_one_active_uq';

/** Applications from the municipality's side: start, pre-check, submit, resubmit, withdraw; reading them. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly tx: TransactionRunner,
    private readonly transitions: ApplicationTransitions,
    private readonly loader: ApplicationRoadmapLoader,
    private readonly audit: AuditService,
  ) {}

  async listForMunicipality(scope: AccessScope, orgId: string): Promise<ApplicationListResponse> {
    return { items: (await this.repository.listForMunicipality(scope, orgId)).map(toSummaryResponse) };
  }

  async listInScope(scope: AccessScope, query: ApplicationListQueryDto): Promise<ApplicationListResponse> {
    const rows = await this.repository.listInScope(scope, {
      campaignId: query.campaignId,
      status: query.status,
      assignedTo: query.assignedToMe === 'true' ? scope.userId : undefined,
    });
    return { items: rows.map(toSummaryResponse) };
  }

  async start(
    scope: AccessScope,
    orgId: string,
    dto: StartApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    try {
      return await this.tx.run(async (manager) => {
        await this.repository.assertReach(scope, manager, orgId, 'applications.submit');
        const campaign = await manager.getRepository(Campaign).findOneBy({ id: dto.campaignId });
        if (!campaign || campaign.status === 'draft') {
          throw AppException.validation([{ field: 'campaignId', reason: 'no such published campaign' }]);
        }
        if (campaign.status !== 'open') {
          throw new AppException(
            'applications.campaign-not-open',
            'The campaign is closed for new applications',
            {
              campaignStatus: campaign.status,
            },
          );
        }
        const roadmap = await manager
          .getRepository(Roadmap)
          .findOneBy({ id: dto.roadmapId, municipalityId: orgId });
        if (!roadmap)
          throw AppException.validation([
            { field: 'roadmapId', reason: 'no such roadmap of this municipality' },
          ]);
        const loaded = await this.loader.load(manager, roadmap);
        const repo = manager.getRepository(Application);
        const application = await repo.save(
          repo.create({
            campaignId: campaign.id,
            municipalityId: orgId,
            roadmapId: roadmap.id,
            status: 'draft',
            currentStage: null,
            prefill: buildPrefill(loaded.document, loaded.tree),
            createdBy: scope.userId,
          }),
        );
        await this.audit.record(manager, {
          actorUserId: scope.userId,
          organizationId: orgId,
          action: 'applications.started',
          entityType: 'application',
          entityId: application.id,
          after: { campaignId: campaign.id, roadmapId: roadmap.id, status: 'draft' },
        });
        return this.detailOf(scope, manager, application);
      });
    } catch (error) {
      if (!isUniqueViolation(error, ACTIVE_INDEX)) throw error;
      const existing = await this.repository.manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a.campaign_id = :c AND a.municipality_id = :m', { c: dto.campaignId, m: orgId })
        .andWhere(`a.status NOT IN ('rejected', 'withdrawn')`)
        .getOne();
      throw new AppException(
        'applications.already-active',
        'This municipality already has an active application in this campaign; withdraw it to start again',
        { applicationId: existing?.id ?? null },
      );
    }
  }

  async detail(scope: AccessScope, orgId: string, applicationId: string): Promise<ApplicationDetailResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.require(scope, manager, orgId, applicationId);
      return this.detailOf(scope, manager, application);
    });
  }

  /** Whether the roadmap may be (re)submitted now, with every reason. Read-only. */
  async precheck(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<ApplicationPrecheckResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.require(scope, manager, orgId, applicationId);
      const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
      const municipality = await manager.getRepository(Organization).findOneByOrFail({ id: orgId });
      const now = new Date();
      const assessment = await this.transitions.assess(manager, application, campaign, municipality);
      const transition: ApplicationTransition =
        application.status === 'changes_requested' ? 'resubmit' : 'submit';
      const context = await this.transitions.context(manager, application, campaign, municipality, now, {
        eligibility: assessment.eligibility,
      });
      const decision = decide(application.status, transition, { kind: 'user', ...scope }, context);
      const errorIds = new Set(assessment.eligibility.errors.map((e) => e.rule));
      return {
        eligible: assessment.eligibility.eligible,
        campaignAccepting: acceptsApplications(campaign, now),
        checks: assessment.eligibility.checks,
        errors: assessment.loaded.report.findings.filter(
          (f: ComplianceFinding) => f.severity === 'error' && errorIds.has(f.rule),
        ),
        complianceScore: assessment.loaded.report.score,
        roadmapRevision: assessment.roadmap.revision,
        canSubmit: decision.ok,
        blockedReason: decision.ok ? null : decision.reason,
      };
    });
  }

  submit(scope: AccessScope, orgId: string, applicationId: string, revision: number) {
    return this.move(scope, orgId, applicationId, revision, 'submit');
  }

  resubmit(scope: AccessScope, orgId: string, applicationId: string, revision: number) {
    return this.move(scope, orgId, applicationId, revision, 'resubmit');
  }

  withdraw(scope: AccessScope, orgId: string, applicationId: string, dto: WithdrawApplicationDto) {
    return this.move(scope, orgId, applicationId, dto.revision, 'withdraw', dto.reason ? [dto.reason] : []);
  }

  /** One person-taken transition on a locked application (409 with the current state when `revision` is stale). */
  async move(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    revision: number,
    transition: ApplicationTransition,
    reasons: readonly string[] = [],
    permission: 'applications.read' | 'applications.submit' = 'applications.read',
  ): Promise<ApplicationDetailResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.requireForWrite(
        scope,
        manager,
        orgId,
        applicationId,
        revision,
        permission,
      );
      const moved = await this.transitions.take(
        manager,
        { kind: 'user', ...scope },
        application,
        transition,
        {
          reasons,
        },
      );
      return this.detailOf(scope, manager, moved);
    });
  }

  async snapshot(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    snapshotId: string,
  ): Promise<ApplicationSnapshotResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.require(scope, manager, orgId, applicationId);
      const snapshot = isUuid(snapshotId)
        ? await manager
            .getRepository(ApplicationSnapshot)
            .findOneBy({ id: snapshotId, applicationId: application.id })
        : null;
      if (!snapshot) throw AppException.notFound('Snapshot');
      return {
        ...toSnapshotSummary(snapshot),
        content: snapshot.content,
        hashVerified: sha256Hex(canonicalJson(snapshot.content)) === snapshot.contentHash,
      };
    });
  }

  /** What changed between two snapshots (default: the last two) and which acceptances carried over. */
  async diff(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    query: SnapshotDiffQueryDto,
  ): Promise<ApplicationSnapshotDiffResponse> {
    return this.tx.run(async (manager) => {
      const application = await this.require(scope, manager, orgId, applicationId);
      const snapshots = await manager
        .getRepository(ApplicationSnapshot)
        .find({ where: { applicationId: application.id }, order: { sequence: 'ASC' } });
      const pick = (id: string | undefined, field: string, fallback: ApplicationSnapshot | undefined) => {
        if (id === undefined) return fallback;
        const found = snapshots.find((s) => s.id === id);
        if (!found)
          throw AppException.validation([{ field, reason: 'no such snapshot of this application' }]);
        return found;
      };
      const to = pick(query.to, 'to', snapshots.at(-1));
      if (!to) throw AppException.notFound('Snapshot');
      const from = pick(query.from, 'from', snapshots.filter((s) => s.sequence < to.sequence).at(-1));
      const empty = { roadmap: {}, problems: [], items: [], coverage: [] };
      const diff = diffRoadmaps(from ? from.content.roadmap : empty, to.content.roadmap);
      const toAcceptances = await this.repository.acceptances(manager, to.id);
      const fromAcceptances = from ? await this.repository.acceptances(manager, from.id) : [];
      const kept = new Set(toAcceptances.filter((a) => a.carriedOver).map((a) => a.itemId));
      return {
        from: from ? toSnapshotSummary(from) : null,
        to: toSnapshotSummary(to),
        diff: from ? diff : diffRoadmaps(empty, empty),
        keptAcceptances: [...kept],
        droppedAcceptances: fromAcceptances.map((a) => a.itemId).filter((id) => !kept.has(id)),
      };
    });
  }

  async detailOf(
    scope: AccessScope,
    manager: EntityManager,
    application: Application,
  ): Promise<ApplicationDetailResponse> {
    const rows = await this.repository.detail(manager, application);
    const stage = stageOfStatus(application.status) ?? application.currentStage;
    const actor = { kind: 'user' as const, ...scope };
    const context = {
      municipality: {
        id: rows.municipality.id,
        kind: rows.municipality.kind,
        parentId: rows.municipality.parentId,
      },
      currentStage: application.currentStage,
      stageReviewerIds: rows.reviewers.filter((r) => r.stage === stage).map((r) => r.userId),
    };
    const available = APPLICATION_TRANSITIONS.filter((t) => mayTake(t, application.status, actor, context));
    return toDetailResponse(rows, available);
  }

  async summaryOf(manager: EntityManager, application: Application): Promise<ApplicationSummaryResponse> {
    const [row] = await this.repository.rows(manager, [application]);
    return toSummaryResponse(row);
  }

  async require(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    applicationId: string,
    permission:
      | 'applications.read'
      | 'applications.submit'
      | 'applications.review'
      | 'applications.manage' = 'applications.read',
    lock = false,
  ): Promise<Application> {
    const application = await this.repository.find(scope, manager, orgId, applicationId, permission, lock);
    if (!application) throw AppException.notFound('Application');
    return application;
  }

  /** The application locked for a write, if still at `revision`; 409 with its current state otherwise. */
  async requireForWrite(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    applicationId: string,
    revision: number,
    permission:
      | 'applications.read'
      | 'applications.submit'
      | 'applications.review'
      | 'applications.manage' = 'applications.read',
  ): Promise<Application> {
    const application = await this.require(scope, manager, orgId, applicationId, permission, true);
    if (application.revision !== revision) {
      throw staleWrite('This application', await this.summaryOf(manager, application));
    }
    return application;
  }
}
