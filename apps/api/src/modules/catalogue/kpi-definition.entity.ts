import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemProvenance, KpiPolarity, KpiTier } from '@smartcity/domain';

/** A KPI of a `kpis` framework version. */
@Entity({ name: 'kpi_definitions' })
export class KpiDefinition {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ name: 'direction_id', type: 'uuid' }) directionId!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'sub_dimension', type: 'text', nullable: true }) subDimension!: string | null;
  @Column({ type: 'text', nullable: true }) category!: string | null;
  @Column({ name: 'title_ru', type: 'text', nullable: true }) titleRu!: string | null;
  @Column({ name: 'title_en', type: 'text', nullable: true }) titleEn!: string | null;
  @Column({ name: 'description_ru', type: 'text', nullable: true }) descriptionRu!: string | null;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn!: string | null;
  @Column({ type: 'text', nullable: true }) unit!: string | null;
  @Column({ type: 'text', nullable: true }) tier!: KpiTier | null;
  @Column({ type: 'text', nullable: true }) better!: KpiPolarity | null;
  @Column({ type: 'text' }) provenance!: ItemProvenance;
  @Column({ name: 'provenance_note', type: 'text', nullable: true }) provenanceNote!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) sources!: string[];
  @Column({ type: 'integer' }) position!: number;
}
