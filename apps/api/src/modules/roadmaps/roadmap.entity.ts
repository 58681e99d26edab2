import type { RoadmapStatus } from '@smartcity/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality's roadmap for one programme period, pinned to a framework version. */
@Entity({ name: 'roadmaps' })
export class Roadmap {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'period_start_year', type: 'integer' }) periodStartYear!: number;
  @Column({ name: 'period_end_year', type: 'integer' }) periodEndYear!: number;
  @Column({ name: 'outlook_year', type: 'integer', nullable: true }) outlookYear!: number | null;
  @Column({ type: 'text', default: 'draft' }) status!: RoadmapStatus;
  /** Bumped by every write anywhere in the roadmap (optimistic locking; see docs/roadmaps.md). */
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ name: 'cloned_from_id', type: 'uuid', nullable: true }) clonedFromId!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
