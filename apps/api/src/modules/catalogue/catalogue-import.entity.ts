import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type {
  CatalogueDiff,
  CatalogueDocument,
  CatalogueFileFormat,
  CatalogueImportStatus,
  CatalogueRowError,
  FrameworkKind,
} from '@smartcity/domain';

export type CatalogueImportSummary = {
  frameworkCode: string;
  edition: string;
  kind: FrameworkKind;
  directions: number;
  items: number;
};

/** An uploaded catalogue file and what the worker made of it. The file is kept so the job can be retried. */
@Entity({ name: 'catalogue_imports' })
export class CatalogueImport {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) format!: CatalogueFileFormat;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ type: 'text', default: 'queued' }) status!: CatalogueImportStatus;
  @Column({ type: 'integer', default: 0 }) processed!: number;
  @Column({ type: 'integer', default: 0 }) total!: number;
  @Column({ type: 'jsonb', default: () => `'[]'` }) errors!: CatalogueRowError[];
  @Column({ name: 'error_count', type: 'integer', default: 0 }) errorCount!: number;
  @Column({ name: 'invalid_rows', type: 'integer', default: 0 }) invalidRows!: number;
  @Column({ type: 'jsonb', nullable: true }) summary!: CatalogueImportSummary | null;
  /** The validated file as a catalogue document: what apply writes, exactly what was previewed. */
  @Column({ type: 'jsonb', nullable: true, select: false }) document!: CatalogueDocument | null;
  @Column({ type: 'jsonb', nullable: true }) preview!: CatalogueDiff | null;
  @Column({ name: 'base_framework_id', type: 'uuid', nullable: true }) baseFrameworkId!: string | null;
  @Column({ name: 'applied_framework_id', type: 'uuid', nullable: true }) appliedFrameworkId!: string | null;
  @Column({ name: 'failure_message', type: 'text', nullable: true }) failureMessage!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true }) appliedAt!: Date | null;
}
