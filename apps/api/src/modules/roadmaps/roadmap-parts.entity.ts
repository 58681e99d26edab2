import type {
  CoverageReviewStatus,
  FinancingSource,
  MeasureCoverageStatus,
  ProblemSeverity,
  RoadmapItemKind,
  RoadmapItemStatus,
} from '@smartcity/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'roadmap_problems' })
export class RoadmapProblem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'evidence_links', type: 'text', array: true, default: '{}' }) evidenceLinks!: string[];
  @Column({ type: 'text' }) severity!: ProblemSeverity;
  @Column({ name: 'direction_id', type: 'uuid', nullable: true }) directionId!: string | null;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'roadmap_items' })
export class RoadmapItem {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'text' }) kind!: RoadmapItemKind;
  @Column({ name: 'measure_id', type: 'uuid', nullable: true }) measureId!: string | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'direction_id', type: 'uuid', nullable: true }) directionId!: string | null;
  @Column({ name: 'responsible_unit', type: 'text', nullable: true }) responsibleUnit!: string | null;
  @Column({ name: 'responsible_person', type: 'text', nullable: true }) responsiblePerson!: string | null;
  @Column({ name: 'start_month', type: 'text', nullable: true }) startMonth!: string | null;
  @Column({ name: 'end_month', type: 'text', nullable: true }) endMonth!: string | null;
  @Column({ type: 'text', default: 'planned' }) status!: RoadmapItemStatus;
  @Column({ type: 'integer', default: 0 }) progress!: number;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'roadmap_item_problems' })
export class RoadmapItemProblem {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ name: 'problem_id', type: 'uuid' }) problemId!: string;
}

@Entity({ name: 'roadmap_item_dependencies' })
export class RoadmapItemDependency {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid' }) dependsOnId!: string;
}

/** Money of one item, year and financing source, in kopecks (bigint: node-postgres returns strings). */
@Entity({ name: 'roadmap_budget_lines' })
export class RoadmapBudgetLine {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @PrimaryColumn({ type: 'text' }) source!: FinancingSource;
  @Column({ name: 'planned_kopecks', type: 'bigint' }) plannedKopecks!: string;
  @Column({ name: 'actual_kopecks', type: 'bigint', nullable: true }) actualKopecks!: string | null;
}

@Entity({ name: 'roadmap_kpi_targets' })
export class RoadmapKpiTarget {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ name: 'kpi_definition_id', type: 'uuid' }) kpiDefinitionId!: string;
  @PrimaryColumn({ type: 'integer' }) year!: number;
  /** numeric: node-postgres returns strings. */
  @Column({ type: 'numeric', nullable: true }) baseline!: string | null;
  @Column({ type: 'numeric' }) target!: string;
}

@Entity({ name: 'roadmap_measure_coverages' })
export class RoadmapMeasureCoverage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ name: 'measure_id', type: 'uuid' }) measureId!: string;
  @Column({ type: 'text' }) status!: MeasureCoverageStatus;
  @Column({ type: 'text', nullable: true }) justification!: string | null;
  @Column({ name: 'evidence_links', type: 'text', array: true, default: '{}' }) evidenceLinks!: string[];
  @Column({ name: 'review_status', type: 'text', nullable: true }) reviewStatus!: CoverageReviewStatus | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'roadmap_comments' })
export class RoadmapComment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ name: 'item_id', type: 'uuid', nullable: true }) itemId!: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'mentioned_user_ids', type: 'uuid', array: true, default: '{}' })
  mentionedUserIds!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A named, immutable copy of the whole roadmap document at one revision. */
@Entity({ name: 'roadmap_snapshots' })
export class RoadmapSnapshot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'roadmap_revision', type: 'integer' }) roadmapRevision!: number;
  @Column({ type: 'jsonb' }) content!: Record<string, unknown>;
  @Column({ name: 'content_hash', type: 'text' }) contentHash!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export const ROADMAP_PART_ENTITIES = [
  RoadmapProblem,
  RoadmapItem,
  RoadmapItemProblem,
  RoadmapItemDependency,
  RoadmapBudgetLine,
  RoadmapKpiTarget,
  RoadmapMeasureCoverage,
  RoadmapComment,
  RoadmapSnapshot,
];
