import type {
  AgreementResponse,
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  ApplicationSnapshotSummaryResponse,
  ApplicationSummaryResponse,
  CampaignResponse,
  ReviewResponse,
  TransitionResponse,
} from '@smartcity/contracts';
import { REVIEW_STAGES, type ApplicationTransition, type ReviewDecision } from '@smartcity/domain';

import type {
  ApplicationComment,
  ApplicationSnapshot,
  ApplicationTransitionRecord,
  Campaign,
} from './application.entities';
import type { ApplicationDetailRows, ApplicationRow } from './applications.repository';

export function acceptsApplications(campaign: Campaign, now: Date): boolean {
  return campaign.status === 'open' && now >= campaign.opensAt && now <= campaign.closesAt;
}

export function toCampaignResponse(campaign: Campaign, now = new Date()): CampaignResponse {
  return {
    id: campaign.id,
    title: campaign.title,
    description: campaign.description,
    status: campaign.status,
    opensAt: campaign.opensAt.toISOString(),
    closesAt: campaign.closesAt.toISOString(),
    acceptingApplications: acceptsApplications(campaign, now),
    eligibility: campaign.eligibility,
    criteria: campaign.criteria,
    stages: campaign.stages,
    revision: campaign.revision,
    publishedAt: campaign.publishedAt?.toISOString() ?? null,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

export function toSnapshotSummary(snapshot: ApplicationSnapshot): ApplicationSnapshotSummaryResponse {
  return {
    id: snapshot.id,
    sequence: snapshot.sequence,
    roadmapRevision: snapshot.roadmapRevision,
    contentHash: snapshot.contentHash,
    complianceScore: snapshot.complianceScore,
    errorCount: snapshot.errorCount,
    createdAt: snapshot.createdAt.toISOString(),
  };
}

export function toSummaryResponse(row: ApplicationRow): ApplicationSummaryResponse {
  const { application, campaign, municipality, region, roadmap, latestSnapshot } = row;
  return {
    id: application.id,
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    municipalityId: municipality.id,
    municipalityName: municipality.nameRu,
    regionId: region?.id ?? null,
    regionName: region?.nameRu ?? null,
    roadmapId: roadmap.id,
    roadmapTitle: roadmap.title,
    status: application.status,
    currentStage: application.currentStage,
    revision: application.revision,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    snapshotHash: latestSnapshot?.contentHash ?? null,
    complianceScore: latestSnapshot?.complianceScore ?? null,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

export function toTransitionResponse(
  t: ApplicationTransitionRecord,
  names: ReadonlyMap<string, string>,
): TransitionResponse {
  return {
    id: t.id,
    transition: t.transition,
    fromStatus: t.fromStatus,
    toStatus: t.toStatus,
    stage: t.stage,
    actorUserId: t.actorUserId,
    actorName: t.actorUserId ? (names.get(t.actorUserId) ?? null) : null,
    reasons: t.reasons,
    effects: t.effects,
    snapshotId: t.snapshotId,
    occurredAt: t.occurredAt.toISOString(),
  };
}

const DECISION_OF: Partial<Record<ApplicationTransition, ReviewDecision>> = {
  pass_regional_review: 'pass',
  approve: 'pass',
  request_changes: 'request_changes',
  reject: 'reject',
};

export function toReviews(rows: ApplicationDetailRows): ReviewResponse[] {
  return REVIEW_STAGES.map((stage) => ({
    stage,
    slaDays: rows.campaign.stages.find((s) => s.stage === stage)?.slaDays ?? 0,
    reviewers: rows.reviewers
      .filter((r) => r.stage === stage)
      .map((r) => ({
        userId: r.userId,
        displayName: rows.userNames.get(r.userId) ?? '',
        assignment: r.assignment,
      })),
    checklist: rows.answers
      .filter((a) => a.stage === stage)
      .map((a) => ({
        criterionCode: a.criterionCode,
        verdict: a.verdict,
        comment: a.comment,
        answeredBy: a.answeredBy,
        answeredByName: rows.userNames.get(a.answeredBy) ?? '',
        answeredAt: a.answeredAt.toISOString(),
      })),
    decisions: rows.transitions
      .filter((t) => t.stage === stage && DECISION_OF[t.transition] && t.actorUserId)
      .map((t) => ({
        decision: DECISION_OF[t.transition]!,
        reasons: t.reasons,
        decidedBy: t.actorUserId!,
        decidedAt: t.occurredAt.toISOString(),
      })),
  }));
}

export function toAgreementResponse(rows: ApplicationDetailRows): AgreementResponse | null {
  const { agreement, agreementFile } = rows;
  if (!agreement || !agreementFile) return null;
  return {
    number: agreement.number,
    signedOn: agreement.signedOn,
    signatories: agreement.signatories,
    file: {
      id: agreementFile.id,
      fileName: agreementFile.fileName,
      contentType: agreementFile.contentType,
      size: agreementFile.size,
      sha256: agreementFile.sha256,
      uploadedAt: agreementFile.uploadedAt.toISOString(),
    },
    recordedBy: agreement.recordedBy,
    recordedAt: agreement.recordedAt.toISOString(),
  };
}

export function toDetailResponse(
  rows: ApplicationDetailRows,
  availableTransitions: ApplicationTransition[],
): ApplicationDetailResponse {
  return {
    ...toSummaryResponse(rows),
    prefill: rows.application.prefill,
    snapshots: rows.snapshots.map(toSnapshotSummary),
    reviews: toReviews(rows),
    transitions: rows.transitions.map((t) => toTransitionResponse(t, rows.userNames)),
    agreement: toAgreementResponse(rows),
    availableTransitions,
  };
}

export function toCommentResponse(
  comment: ApplicationComment,
  authorName: string,
): ApplicationCommentResponse {
  return {
    id: comment.id,
    stage: comment.stage,
    snapshotId: comment.snapshotId,
    itemId: comment.itemId,
    itemTitle: comment.itemTitle,
    body: comment.body,
    authorId: comment.authorId,
    authorName,
    createdAt: comment.createdAt.toISOString(),
  };
}
