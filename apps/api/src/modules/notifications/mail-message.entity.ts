import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every outgoing e-mail, keyed by a delivery key so a redelivered job sends it once. With MAIL_TRANSPORT=mailbox
 * this table is the development mailbox (status `stored`).
 */
@Entity({ name: 'mail_messages' })
export class MailMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'delivery_key', type: 'text', unique: true }) deliveryKey!: string;
  @Column({ name: 'to_address', type: 'text' }) toAddress!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ name: 'text_body', type: 'text' }) textBody!: string;
  @Column({ type: 'text', default: 'pending' }) status!: 'pending' | 'sent' | 'stored';
  @Column({ type: 'text' }) transport!: string;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
