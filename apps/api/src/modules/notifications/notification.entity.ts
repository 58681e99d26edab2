import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind, NotificationParams } from '@smartcity/contracts';

@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) kind!: NotificationKind;
  @Column({ type: 'jsonb', default: () => `'{}'` }) params!: NotificationParams[NotificationKind];
  @Column({ type: 'text', nullable: true }) link!: string | null;
  /** Unique per (event, recipient, kind): a redelivered job cannot notify twice. */
  @Column({ name: 'delivery_key', type: 'text', unique: true }) deliveryKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
