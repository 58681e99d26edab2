import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';

// Durable: stored in notifications.kind. Never rename a value.
export const NOTIFICATION_KINDS = ['invitation-accepted'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * An in-app notification. The web renders the text from `kind` and `params` through its i18n layer, so the
 * same notification reads in Russian or English.
 */
export class NotificationResponse {
  @IsUUID() id!: string;
  @IsString() kind!: NotificationKind;
  @IsObject() params!: Record<string, string>;
  @IsOptional() @IsString() link!: string | null;
  @IsDateString() createdAt!: string;
  @IsOptional() @IsDateString() readAt!: string | null;
}

export class NotificationsPageResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => NotificationResponse) items!: NotificationResponse[];
  @IsInt() unread!: number;
}

/** A message in the development mailbox (MAIL_TRANSPORT=mailbox), shown to platform admins. */
export class MailMessageResponse {
  @IsUUID() id!: string;
  @IsString() to!: string;
  @IsString() subject!: string;
  @IsString() text!: string;
  @IsString() status!: string;
  @IsDateString() createdAt!: string;
}

export class MailboxResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MailMessageResponse) items!: MailMessageResponse[];
}
