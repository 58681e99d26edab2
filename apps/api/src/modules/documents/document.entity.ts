import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind, DocumentStatus, Locale } from '@smartcity/contracts';

/** A rendered PDF of an application: its bytes live in FileStorage under `storageKey`. */
@Entity({ name: 'documents' })
export class ApplicationDocument {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: DocumentKind;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  /** `application:<snapshot id>` or `decision_letter:<transition id>`; unique, so a source renders once. */
  @Column({ name: 'document_key', type: 'text', unique: true }) documentKey!: string;
  @Column({ name: 'snapshot_hash', type: 'text' }) snapshotHash!: string;
  @Column({ name: 'transition_id', type: 'uuid', nullable: true }) transitionId!: string | null;
  @Column({ type: 'text' }) locale!: Locale;
  @Column({ type: 'text', default: 'pending' }) status!: DocumentStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'storage_key', type: 'text', nullable: true, unique: true }) storageKey!: string | null;
  @Column({ name: 'size_bytes', type: 'integer', nullable: true }) sizeBytes!: number | null;
  @Column({ type: 'text', nullable: true }) sha256!: string | null;
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'rendered_at', type: 'timestamptz', nullable: true }) renderedAt!: Date | null;
}
