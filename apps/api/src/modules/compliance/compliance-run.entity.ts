import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplianceRunStatus, ComplianceRunTrigger } from '@smartcity/contracts';

/** A bulk recompute with its progress, which the web app polls. */
@Entity({ name: 'compliance_runs' })
export class ComplianceRun {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', default: 'queued' }) status!: ComplianceRunStatus;
  @Column({ type: 'text' }) trigger!: ComplianceRunTrigger;
  @Column({ name: 'framework_id', type: 'uuid', nullable: true }) frameworkId!: string | null;
  @Column({ type: 'integer', default: 0 }) total!: number;
  @Column({ type: 'integer', default: 0 }) done!: number;
  @Column({ type: 'integer', default: 0 }) failed!: number;
  @Column({ name: 'failure_message', type: 'text', nullable: true }) failureMessage!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
