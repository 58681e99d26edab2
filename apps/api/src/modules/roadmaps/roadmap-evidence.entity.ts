import type { EvidenceKind } from '@smartcity/contracts';
import type { EvidenceFileType } from '@smartcity/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A link or a stored file supporting an item or a problem of a roadmap. */
@Entity({ name: 'roadmap_evidence' })
export class RoadmapEvidence {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadmap_id', type: 'uuid' }) roadmapId!: string;
  @Column({ name: 'item_id', type: 'uuid', nullable: true }) itemId!: string | null;
  @Column({ name: 'problem_id', type: 'uuid', nullable: true }) problemId!: string | null;
  @Column({ type: 'text' }) kind!: EvidenceKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) url!: string | null;
  /** Server-made key in FileStorage (never derived from the upload). */
  @Column({ name: 'storage_key', type: 'text', nullable: true }) storageKey!: string | null;
  @Column({ name: 'file_name', type: 'text', nullable: true }) fileName!: string | null;
  @Column({ name: 'file_type', type: 'text', nullable: true }) fileType!: EvidenceFileType | null;
  /** bigint: node-postgres returns a string. */
  @Column({ name: 'size_bytes', type: 'bigint', nullable: true }) sizeBytes!: string | null;
  @Column({ type: 'text', nullable: true }) sha256!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
