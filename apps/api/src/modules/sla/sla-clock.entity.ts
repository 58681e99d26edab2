import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewStage } from '@smartcity/domain';

// Durable: stored in sla_clocks.status. Never rename a value.
export type SlaClockStatus = 'running' | 'paused' | 'stopped';

/**
 * The SLA clock of one review stage of one application. `elapsedMs` holds the time counted in earlier running
 * spells; while running, the time since `runningSince` adds to it. The due moment is derived, never stored, so
 * pausing and resuming cannot leave a stale due date behind.
 */
@Entity({ name: 'sla_clocks' })
export class SlaClock {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ type: 'text' }) stage!: ReviewStage;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId!: string;
  @Column({ name: 'region_id', type: 'uuid', nullable: true }) regionId!: string | null;
  @Column({ name: 'sla_days', type: 'integer' }) slaDays!: number;
  @Column({ type: 'text' }) status!: SlaClockStatus;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  /** bigint arrives as a string from pg; the repository converts. */
  @Column({ name: 'elapsed_ms', type: 'bigint', default: 0 }) elapsedMs!: string;
  @Column({ name: 'running_since', type: 'timestamptz', nullable: true }) runningSince!: Date | null;
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true }) pausedAt!: Date | null;
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true }) stoppedAt!: Date | null;
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true }) reminderSentAt!: Date | null;
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true }) overdueAt!: Date | null;
  @Column({ name: 'last_transition_id', type: 'uuid', nullable: true }) lastTransitionId!: string | null;
  /** The application revision of the last transition applied; older transitions arriving late are ignored. */
  @Column({ name: 'applied_revision', type: 'integer', default: 0 }) appliedRevision!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
