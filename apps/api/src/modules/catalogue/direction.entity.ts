import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A section of a framework version (search vectors are generated columns, not mapped). */
@Entity({ name: 'directions' })
export class Direction {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'title_ru', type: 'text', nullable: true }) titleRu!: string | null;
  @Column({ name: 'title_en', type: 'text', nullable: true }) titleEn!: string | null;
  @Column({ type: 'integer' }) position!: number;
}
