import type {
  AgreementParty,
  ApplicationStatus,
  ApplicationTransition as TransitionName,
  CampaignStatus,
  ChecklistVerdict,
  EligibilityRules,
  ReviewStage,
  TransitionEffect,
} from '@smartcity/domain';
import type { ApplicationPrefillResponse, ApplicationSnapshotContentResponse } from '@smartcity/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type CampaignCriterion = { code: string; title: string; guidance: string | null };
export type CampaignStage = { stage: ReviewStage; slaDays: number };

/** A call for pilot applications (issue 6). */
@Entity({ name: 'campaigns' })
export class Campaign {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', default: 'draft' }) status!: CampaignStatus;
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt!: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  @Column({ type: 'jsonb' }) eligibility!: EligibilityRules;
  @Column({ type: 'jsonb' }) criteria!: CampaignCriterion[];
  @Column({ type: 'jsonb' }) stages!: CampaignStage[];
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** A municipality's application to a campaign with one of its roadmaps. */
@Entity({ name: 'applications' })
export class Application {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'text', default: 'draft' }) status!: ApplicationStatus;
  /** The stage under review, or the stage that requested changes (it resumes there). */
  @Column({ name: 'current_stage', type: 'text', nullable: true }) currentStage!: ReviewStage | null;
  /** Bumped by every change (optimistic locking of transitions and review writes). */
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ type: 'jsonb' }) prefill!: ApplicationPrefillResponse;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** An immutable copy of the roadmap and its compliance report frozen at (re)submission. The database refuses changes. */
@Entity({ name: 'application_snapshots' })
export class ApplicationSnapshot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'roadmap_revision', type: 'integer' }) roadmapRevision!: number;
  @Column({ type: 'jsonb' }) content!: ApplicationSnapshotContentResponse;
  /** SHA-256 (hex) of canonicalJson(content). */
  @Column({ name: 'content_hash', type: 'text' }) contentHash!: string;
  @Column({ name: 'compliance_score', type: 'integer' }) complianceScore!: number;
  @Column({ name: 'error_count', type: 'integer' }) errorCount!: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One move of the workflow: append-only; the outbox job `applications.transition-recorded` names its id. */
@Entity({ name: 'application_transitions' })
export class ApplicationTransitionRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ type: 'text' }) transition!: TransitionName;
  @Column({ name: 'from_status', type: 'text' }) fromStatus!: ApplicationStatus;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) stage!: ReviewStage | null;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) reasons!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) effects!: TransitionEffect[];
  @Column({ name: 'snapshot_id', type: 'uuid', nullable: true }) snapshotId!: string | null;
  /** The application's revision after this transition. */
  @Column({ name: 'application_revision', type: 'integer' }) applicationRevision!: number;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
}

@Entity({ name: 'application_reviewers' })
export class ApplicationReviewer {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) stage!: ReviewStage;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) assignment!: 'auto' | 'manual';
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' }) assignedAt!: Date;
}

@Entity({ name: 'application_checklist_answers' })
export class ApplicationChecklistAnswer {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @PrimaryColumn({ type: 'text' }) stage!: ReviewStage;
  @PrimaryColumn({ name: 'criterion_code', type: 'text' }) criterionCode!: string;
  @Column({ type: 'text' }) verdict!: ChecklistVerdict;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'answered_by', type: 'uuid' }) answeredBy!: string;
  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' }) answeredAt!: Date;
}

@Entity({ name: 'application_comments' })
export class ApplicationComment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'snapshot_id', type: 'uuid' }) snapshotId!: string;
  @Column({ type: 'text', nullable: true }) stage!: ReviewStage | null;
  @Column({ name: 'item_id', type: 'uuid', nullable: true }) itemId!: string | null;
  @Column({ name: 'item_title', type: 'text', nullable: true }) itemTitle!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'application_item_acceptances' })
export class ApplicationItemAcceptance {
  @PrimaryColumn({ name: 'snapshot_id', type: 'uuid' }) snapshotId!: string;
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'content_hash', type: 'text' }) contentHash!: string;
  @Column({ name: 'accepted_by', type: 'uuid' }) acceptedBy!: string;
  @Column({ name: 'accepted_at', type: 'timestamptz' }) acceptedAt!: Date;
  @Column({ name: 'carried_over', type: 'boolean', default: false }) carriedOver!: boolean;
}

/** An uploaded file of an application (the signed agreement); bytes live in FileStorage under `storageKey`. */
@Entity({ name: 'application_files' })
export class ApplicationFile {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'storage_key', type: 'text' }) storageKey!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'content_type', type: 'text' }) contentType!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}

export type AgreementSignatory = { party: AgreementParty; name: string; position: string | null };

@Entity({ name: 'application_agreements' })
export class ApplicationAgreement {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'signed_on', type: 'date' }) signedOn!: string;
  @Column({ type: 'jsonb' }) signatories!: AgreementSignatory[];
  @Column({ name: 'file_id', type: 'uuid' }) fileId!: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

export const APPLICATION_ENTITIES = [
  Campaign,
  Application,
  ApplicationSnapshot,
  ApplicationTransitionRecord,
  ApplicationReviewer,
  ApplicationChecklistAnswer,
  ApplicationComment,
  ApplicationItemAcceptance,
  ApplicationFile,
  ApplicationAgreement,
];
