import type { RoadmapImportStatus } from '@smartcity/contracts';
import type { ImportOperation, ImportPreviewRow, ImportRowAction } from '@smartcity/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded roadmap workbook: its preview and what applying it writes. */
@Entity({ name: 'roadmap_imports' })
export class RoadmapImport {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ type: 'text', default: 'previewed' }) status!: RoadmapImportStatus;
  @Column({ name: 'base_revision', type: 'integer' }) baseRevision!: number;
  @Column({ name: 'is_valid', type: 'boolean' }) isValid!: boolean;
  @Column({ type: 'jsonb' }) summary!: Record<ImportRowAction, number>;
  @Column({ type: 'jsonb' }) rows!: ImportPreviewRow[];
  @Column({ type: 'jsonb' }) operations!: ImportOperation[];
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true }) appliedAt!: Date | null;
  @Column({ name: 'applied_revision', type: 'integer', nullable: true }) appliedRevision!: number | null;
}
