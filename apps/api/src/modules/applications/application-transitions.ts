import { Injectable } from '@nestjs/common';
import {
  automaticTransition,
  canonicalJson,
  carryOverAcceptances,
  checkEligibility,
  decide,
  itemContentText,
  stageOfStatus,
  type AgreementDraft,
  type ApplicationTransition,
  type EligibilityResult,
  type ReviewStage,
  type RoadmapStatus,
  type TransitionEffect,
  type WorkflowActor,
  type WorkflowContext,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import { Roadmap } from '../roadmaps/roadmap.entity';
import { RoadmapWrites } from '../roadmaps/roadmap-writes';
import {
  Application,
  ApplicationChecklistAnswer,
  ApplicationItemAcceptance,
  ApplicationReviewer,
  ApplicationSnapshot,
  ApplicationTransitionRecord,
  Campaign,
} from './application.entities';
import {
  ApplicationRoadmapLoader,
  buildPrefill,
  complianceErrors,
  type LoadedApplicationRoadmap,
} from './application-roadmap.loader';
import { ApplicationsRepository } from './applications.repository';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a person adds to a transition: reasons for a decision, the agreement being signed. */
export type TransitionInput = { reasons?: readonly string[]; agreement?: AgreementDraft | null };

/** The roadmap loaded and judged against the campaign's rules (for submit, resubmit and the pre-check). */
export type RoadmapAssessment = {
  loaded: LoadedApplicationRoadmap;
  roadmap: Roadmap;
  eligibility: EligibilityResult;
};

const ROADMAP_STATUS_OF: Partial<Record<TransitionEffect['kind'], RoadmapStatus>> = {
  lock_roadmap: 'submitted',
  reopen_roadmap: 'draft',
  baseline_roadmap: 'approved',
};

/**
 * Moves applications through the domain workflow. `take` runs inside the caller's transaction on an application
 * row the caller has locked: it gathers the context, asks `decide()`, applies the in-transaction effects (snapshot,
 * reviewers, roadmap status), writes the application, one `application_transitions` row, an audit event and the
 * outbox job `applications.transition-recorded` — then takes the system's automatic follow-ups the same way.
 */
@Injectable()
export class ApplicationTransitions {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly loader: ApplicationRoadmapLoader,
    private readonly audit: AuditService,
    private readonly outbox: OutboxPublisher,
    private readonly roadmapWrites: RoadmapWrites,
  ) {}

  /** Loads the application's roadmap, evaluates it and checks the campaign's eligibility rules. */
  async assess(
    manager: EntityManager,
    application: Application,
    campaign: Campaign,
    municipality: Organization,
    lock = false,
  ): Promise<RoadmapAssessment> {
    // FOR SHARE when freezing: roadmap writers (which update the roadmap row first) wait until the snapshot commits,
    // so the frozen document is one revision.
    const roadmap = await manager.getRepository(Roadmap).findOneOrFail({
      where: { id: application.roadmapId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    const loaded = await this.loader.load(manager, roadmap);
    const eligibility = checkEligibility(campaign.eligibility, {
      municipality: {
        population: municipality.population,
        isRegionalCapital: municipality.isRegionalCapital,
      },
      compliance: { errors: complianceErrors(loaded.report), coverageRatio: loaded.report.coverageRatio },
    });
    return { loaded, roadmap, eligibility };
  }

  /** The context `decide()` reads, for the application as it is now. */
  async context(
    manager: EntityManager,
    application: Application,
    campaign: Campaign,
    municipality: Organization,
    now: Date,
    extra: Partial<Pick<WorkflowContext, 'eligibility' | 'reasons' | 'agreement'>> = {},
  ): Promise<WorkflowContext> {
    const stage = stageOfStatus(application.status) ?? application.currentStage;
    const answers = stage
      ? await manager
          .getRepository(ApplicationChecklistAnswer)
          .findBy({ applicationId: application.id, stage })
      : [];
    const codes = new Set(campaign.criteria.map((c) => c.code));
    const relevant = answers.filter((a) => codes.has(a.criterionCode));
    return {
      municipality: { id: municipality.id, kind: municipality.kind, parentId: municipality.parentId },
      now: now.toISOString(),
      campaign: {
        status: campaign.status,
        opensAt: campaign.opensAt.toISOString(),
        closesAt: campaign.closesAt.toISOString(),
      },
      currentStage: application.currentStage,
      stageReviewerIds: await this.repository.reviewerIds(manager, application.id, stage),
      checklist: {
        criteria: codes.size,
        answered: relevant.length,
        notMet: relevant.filter((a) => a.verdict === 'not_met').map((a) => a.criterionCode),
      },
      eligibility: extra.eligibility ?? null,
      reasons: extra.reasons ?? [],
      agreement: extra.agreement ?? null,
      roadmapUnderOtherReview: await this.repository.otherReviewOfRoadmap(manager, application),
    };
  }

  async take(
    manager: EntityManager,
    actor: WorkflowActor,
    application: Application,
    transition: ApplicationTransition,
    input: TransitionInput = {},
  ): Promise<Application> {
    const now = new Date();
    const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
    const municipality = await manager
      .getRepository(Organization)
      .findOneByOrFail({ id: application.municipalityId });
    const needsAssessment = transition === 'submit' || transition === 'resubmit';
    const assessment =
      needsAssessment && actor.kind === 'user'
        ? await this.assess(manager, application, campaign, municipality, true)
        : null;
    const context = await this.context(manager, application, campaign, municipality, now, {
      eligibility: assessment?.eligibility ?? null,
      reasons: (input.reasons ?? []).map((r) => r.trim()).filter((r) => r.length > 0),
      agreement: input.agreement ?? null,
    });
    const decision = decide(application.status, transition, actor, context);
    if (!decision.ok) throw new AppException(decision.code, decision.reason, decision.details);

    const actorUserId = actor.kind === 'user' ? actor.userId : null;
    let snapshotId: string | null = null;
    for (const effect of decision.effects) {
      switch (effect.kind) {
        case 'freeze_snapshot':
          snapshotId = await this.freezeSnapshot(manager, application, assessment!, actorUserId!);
          break;
        case 'assign_reviewers':
          await this.assignReviewers(manager, application, municipality, effect.stage);
          break;
        case 'lock_roadmap':
        case 'reopen_roadmap':
        case 'baseline_roadmap':
          await this.setRoadmapStatus(manager, application.roadmapId, ROADMAP_STATUS_OF[effect.kind]!);
          break;
        case 'notify':
        case 'start_sla':
        case 'pause_sla':
        case 'resume_sla':
        case 'stop_sla':
        case 'render_document':
          // After commit, in the worker (TransitionRecordedHandler and the registered effect handlers).
          break;
      }
    }

    const changes: Partial<Application> = {
      status: decision.next,
      currentStage: decision.nextStage,
      revision: application.revision + 1,
      updatedAt: now,
      ...(assessment ? { prefill: buildPrefill(assessment.loaded.document, assessment.loaded.tree) } : {}),
      ...(transition === 'submit' ? { submittedAt: now } : {}),
    };
    await manager.getRepository(Application).update({ id: application.id }, changes);
    const updated = Object.assign(application, changes);

    const record = await manager.getRepository(ApplicationTransitionRecord).save(
      manager.getRepository(ApplicationTransitionRecord).create({
        applicationId: application.id,
        transition,
        fromStatus: decision.from,
        toStatus: decision.next,
        stage: decision.stage,
        actorUserId,
        reasons: [...context.reasons],
        effects: decision.effects,
        snapshotId,
        applicationRevision: updated.revision,
        occurredAt: now,
      }),
    );
    await this.audit.record(manager, {
      actorUserId,
      organizationId: application.municipalityId,
      action: `applications.${transition}`,
      entityType: 'application',
      entityId: application.id,
      before: { status: decision.from, stage: decision.stage },
      after: {
        status: decision.next,
        stage: decision.nextStage,
        transitionId: record.id,
        reasons: context.reasons,
        ...(snapshotId ? { snapshotId } : {}),
      },
    });
    await this.outbox.publish(manager, 'applications.transition-recorded', { v: 1, transitionId: record.id });

    const follow = automaticTransition(
      updated.status,
      await this.context(manager, updated, campaign, municipality, now),
    );
    return follow ? this.take(manager, { kind: 'system' }, updated, follow) : updated;
  }

  /** Freezes the roadmap document, its compliance report and eligibility as an immutable, hashed snapshot. */
  private async freezeSnapshot(
    manager: EntityManager,
    application: Application,
    assessment: RoadmapAssessment,
    userId: string,
  ): Promise<string> {
    const { loaded, roadmap, eligibility } = assessment;
    const itemHashes = Object.fromEntries(
      loaded.document.items.map((item) => [item.id, sha256Hex(itemContentText(item))]),
    );
    // Round-trip through JSON so the stored jsonb and the hashed value are the same plain data.
    const content = JSON.parse(
      JSON.stringify({
        roadmap: loaded.document,
        compliance: loaded.report,
        eligibility: eligibility.checks,
        itemHashes,
      }),
    ) as ApplicationSnapshot['content'];
    const previous = await this.repository.latestSnapshot(manager, application.id);
    const repo = manager.getRepository(ApplicationSnapshot);
    const snapshot = await repo.save(
      repo.create({
        applicationId: application.id,
        sequence: (previous?.sequence ?? 0) + 1,
        roadmapRevision: roadmap.revision,
        content,
        contentHash: sha256Hex(canonicalJson(content)),
        complianceScore: loaded.report.score,
        errorCount: loaded.report.counts.error,
        createdBy: userId,
      }),
    );
    if (previous) await this.carryOver(manager, application, previous, snapshot);
    return snapshot.id;
  }

  /** Acceptances of items whose content hash did not change move to the new snapshot. */
  private async carryOver(
    manager: EntityManager,
    application: Application,
    previous: ApplicationSnapshot,
    next: ApplicationSnapshot,
  ): Promise<void> {
    const before = await this.repository.acceptances(manager, previous.id);
    const { kept } = carryOverAcceptances(
      before.map((a) => ({
        itemId: a.itemId,
        contentHash: a.contentHash,
        acceptedBy: a.acceptedBy,
        acceptedAt: a.acceptedAt.toISOString(),
      })),
      new Map(Object.entries(next.content.itemHashes)),
    );
    if (kept.length === 0) return;
    await manager.getRepository(ApplicationItemAcceptance).insert(
      kept.map((a) => ({
        snapshotId: next.id,
        itemId: a.itemId,
        applicationId: application.id,
        contentHash: a.contentHash,
        acceptedBy: a.acceptedBy,
        acceptedAt: new Date(a.acceptedAt),
        carriedOver: true,
      })),
    );
  }

  /**
   * Automatic assignment by region: every candidate of the stage (`stageCandidates`: the active regional
   * coordinators of the municipality's region, or the active ministry reviewers). A stage that already has
   * reviewers (assigned manually, or on an earlier round) keeps them.
   */
  private async assignReviewers(
    manager: EntityManager,
    application: Application,
    municipality: Organization,
    stage: ReviewStage,
  ): Promise<void> {
    if ((await this.repository.reviewerIds(manager, application.id, stage)).length > 0) return;
    const candidates = await this.repository.stageCandidates(manager, municipality, stage);
    if (candidates.length === 0) return;
    await manager.getRepository(ApplicationReviewer).insert(
      candidates.map(({ userId }) => ({
        applicationId: application.id,
        stage,
        userId,
        assignment: 'auto' as const,
      })),
    );
  }

  /** The workflow owns the roadmap's `submitted` / `approved` statuses and reopening it as a draft. */
  private async setRoadmapStatus(
    manager: EntityManager,
    roadmapId: string,
    status: RoadmapStatus,
  ): Promise<void> {
    const updated = await manager
      .createQueryBuilder()
      .update(Roadmap)
      .set({ status, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :roadmapId AND status <> :status', { roadmapId, status })
      .returning(['id', 'revision'])
      .execute();
    // A new roadmap revision gets its compliance report like any other write (same transaction, via the outbox).
    for (const row of updated.raw as { id: string; revision: number }[]) {
      await this.roadmapWrites.revisionChanged(manager, row);
    }
  }
}
