import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';

import type { Role } from '@smartcity/domain';

// Durable: stored in notifications.kind. Never rename a value.
export const NOTIFICATION_KINDS = [
  'invitation-accepted',
  'roadmap-mention',
  'application-action-required',
  'application-decision',
  'sla-reminder',
  'sla-overdue',
  'application-reviewer-assigned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The parameters each kind carries; the web renders the text from them in the reader's language. */
export type NotificationParams = {
  'invitation-accepted': {
    invitee: string;
    email: string;
    organizationRu: string;
    organizationEn: string;
    role: Role;
  };
  /** Someone mentioned the reader in a comment on a roadmap (or one of its items). */
  'roadmap-mention': {
    author: string;
    roadmapTitle: string;
    itemTitle: string | null;
    excerpt: string;
  };
  /** A pilot application moved to a status in which the reader must act (review it, revise it, sign). */
  'application-action-required': ApplicationNotificationParams;
  /** A decision on the reader's application: changes requested, approved, rejected, agreement signed. */
  'application-decision': ApplicationNotificationParams;
  /** A review stage's SLA due date is near (`daysLeft` whole days). */
  'sla-reminder': SlaNotificationParams & { daysLeft: number };
  /** A review stage missed its SLA due date (escalation to programme coordinators and the reviewers). */
  'sla-overdue': SlaNotificationParams & { daysOverdue: number };
  /** A programme coordinator assigned the reader to review a stage of an application (manual override). */
  'application-reviewer-assigned': ReviewerAssignedNotificationParams;
};

/** What every application notification names; the web renders the sentence in the reader's language. */
export type ApplicationNotificationParams = {
  applicationId: string;
  campaignTitle: string;
  municipalityRu: string;
  municipalityEn: string;
  fromStatus: string;
  toStatus: string;
  /** Who took the transition (display name); null for the system. */
  actor: string | null;
  /** The reviewer's reason (changes requested, rejection), when given. */
  reason: string | null;
};

/** Who was assigned to review which stage of which application, and by whom. */
export type ReviewerAssignedNotificationParams = {
  applicationId: string;
  campaignTitle: string;
  municipalityRu: string;
  municipalityEn: string;
  /** The review stage: `regional` | `ministry`. */
  stage: string;
  /** The programme coordinator who made the assignment (display name); null if unknown. */
  actor: string | null;
};

export type SlaNotificationParams = {
  applicationId: string;
  campaignTitle: string;
  municipalityRu: string;
  municipalityEn: string;
  /** The review stage: `regional` | `ministry`. */
  stage: string;
  dueAt: string;
};

/**
 * An in-app notification. The web renders the text from `kind` and `params` through its i18n layer, so the
 * same notification reads in Russian or English.
 */
export class NotificationResponse {
  @IsUUID() id!: string;
  @IsString() kind!: NotificationKind;
  @IsObject() params!: NotificationParams[NotificationKind];
  @IsOptional() @IsString() link!: string | null;
  @IsDateString() createdAt!: string;
  @IsOptional() @IsDateString() readAt!: string | null;
}

export class NotificationsPageResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => NotificationResponse) items!: NotificationResponse[];
  @IsInt() unread!: number;
}

export const MAIL_STATUSES = ['pending', 'sent', 'stored'] as const;
/** `pending`: composed, not yet delivered; `sent`: handed to SMTP; `stored`: kept in the development mailbox. */
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A message in the development mailbox (MAIL_TRANSPORT=mailbox), shown to platform admins. */
export class MailMessageResponse {
  @IsUUID() id!: string;
  @IsString() to!: string;
  @IsString() subject!: string;
  @IsString() text!: string;
  @IsIn(MAIL_STATUSES) status!: MailStatus;
  @IsDateString() createdAt!: string;
}

export class MailboxResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MailMessageResponse) items!: MailMessageResponse[];
}
