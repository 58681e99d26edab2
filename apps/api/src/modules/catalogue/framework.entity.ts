import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FrameworkKind, FrameworkProvenance, FrameworkStatus } from '@smartcity/domain';

/** One version of a framework. Triggers refuse every change once it is published, except retiring it. */
@Entity({ name: 'frameworks' })
export class Framework {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) edition!: string;
  @Column({ type: 'text' }) kind!: FrameworkKind;
  @Column({ type: 'text', default: 'draft' }) status!: FrameworkStatus;
  @Column({ name: 'title_ru', type: 'text', nullable: true }) titleRu!: string | null;
  @Column({ name: 'title_en', type: 'text', nullable: true }) titleEn!: string | null;
  @Column({ name: 'description_ru', type: 'text', nullable: true }) descriptionRu!: string | null;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn!: string | null;
  @Column({ type: 'jsonb' }) provenance!: FrameworkProvenance;
  @Column({ name: 'based_on_id', type: 'uuid', nullable: true }) basedOnId!: string | null;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt!: Date | null;
}
