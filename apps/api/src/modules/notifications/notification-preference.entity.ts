import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ConfigurableNotificationKind, NotificationChannel } from '@smartcity/contracts';

/** A user's switch for one kind on one channel; no row means the kind is delivered there. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'text' }) kind!: ConfigurableNotificationKind;
  @PrimaryColumn({ type: 'text' }) channel!: NotificationChannel;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
