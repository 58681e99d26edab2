import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicabilityRule, ItemProvenance, MeasureKind } from '@smartcity/domain';

/** A measure of a `measures` framework version (the database keeps it out of KPI frameworks). */
@Entity({ name: 'measures' })
export class Measure {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ name: 'direction_id', type: 'uuid' }) directionId!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'official_number', type: 'text', nullable: true }) officialNumber!: string | null;
  @Column({ type: 'text' }) kind!: MeasureKind;
  @Column({ name: 'title_ru', type: 'text', nullable: true }) titleRu!: string | null;
  @Column({ name: 'title_en', type: 'text', nullable: true }) titleEn!: string | null;
  @Column({ name: 'description_ru', type: 'text', nullable: true }) descriptionRu!: string | null;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn!: string | null;
  @Column({ name: 'deadline_year', type: 'integer', nullable: true }) deadlineYear!: number | null;
  @Column({ type: 'jsonb', nullable: true }) applicability!: ApplicabilityRule | null;
  @Column({ type: 'text' }) provenance!: ItemProvenance;
  @Column({ name: 'provenance_note', type: 'text', nullable: true }) provenanceNote!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) sources!: string[];
  @Column({ type: 'integer' }) position!: number;
}
