import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  BasicMeasureCoverage,
  ComplianceFinding,
  DirectionCompliance,
  HorizonCoverage,
} from '@smartcity/domain';

/** The stored result of `evaluate` for one roadmap revision under one ruleset version. */
@Entity({ name: 'compliance_reports' })
export class ComplianceReportRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ name: 'ruleset_version', type: 'integer' }) rulesetVersion!: number;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  /** `YYYY-MM-DD` (a `date` column is read as text). */
  @Column({ name: 'as_of', type: 'date' }) asOf!: string;
  @Column({ type: 'integer' }) score!: number;
  @Column({ name: 'coverage_ratio', type: 'double precision', nullable: true }) coverageRatio!: number | null;
  @Column({ name: 'quality_ratio', type: 'double precision', nullable: true }) qualityRatio!: number | null;
  @Column({ name: 'basic_measures_mandatory', type: 'boolean' }) basicMeasuresMandatory!: boolean;
  @Column({ name: 'direction_scores', type: 'jsonb' }) directionScores!: DirectionCompliance[];
  @Column({ name: 'horizon_coverage', type: 'jsonb' }) horizonCoverage!: HorizonCoverage[];
  @Column({ name: 'basic_measures', type: 'jsonb' }) basicMeasures!: BasicMeasureCoverage[];
  @Column({ type: 'jsonb' }) findings!: ComplianceFinding[];
  @Column({ name: 'error_count', type: 'integer' }) errorCount!: number;
  @Column({ name: 'warning_count', type: 'integer' }) warningCount!: number;
  @Column({ name: 'info_count', type: 'integer' }) infoCount!: number;
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt!: Date;
}

/** One trend point: a roadmap's score on a day. */
@Entity({ name: 'compliance_daily_scores' })
export class ComplianceDailyScore {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ type: 'date' }) day!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'integer' }) score!: number;
  @Column({ name: 'direction_scores', type: 'jsonb' }) directionScores!: Record<string, number | null>;
  @Column({ name: 'error_count', type: 'integer' }) errorCount!: number;
  @Column({ name: 'warning_count', type: 'integer' }) warningCount!: number;
  @Column({ name: 'computed_at', type: 'timestamptz' }) computedAt!: Date;
}
