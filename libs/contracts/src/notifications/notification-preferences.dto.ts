import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';

import type { NotificationKind } from './notifications.response';

/**
 * Kinds a user can switch on or off, per channel. Invitations and mentions are always delivered in the app.
 * Durable: stored in notification_preferences.kind. Never rename a value.
 */
export const CONFIGURABLE_NOTIFICATION_KINDS = [
  'application-action-required',
  'application-decision',
  'sla-reminder',
  'sla-overdue',
  'application-reviewer-assigned',
] as const satisfies readonly NotificationKind[];
export type ConfigurableNotificationKind = (typeof CONFIGURABLE_NOTIFICATION_KINDS)[number];

// Durable: stored in notification_preferences.channel. Never rename a value.
export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** One kind's setting: delivered in the app and/or by e-mail. Everything is on until the user turns it off. */
export class NotificationPreferenceDto {
  @IsIn(CONFIGURABLE_NOTIFICATION_KINDS, {
    message: `kind must be one of: ${CONFIGURABLE_NOTIFICATION_KINDS.join(', ')}`,
  })
  kind!: ConfigurableNotificationKind;

  @IsBoolean({ message: 'inApp must be true or false' })
  inApp!: boolean;

  @IsBoolean({ message: 'email must be true or false' })
  email!: boolean;
}

/** Replaces the settings of the kinds listed; kinds not listed keep theirs. Each kind at most once. */
export class UpdateNotificationPreferencesDto {
  @IsArray({ message: 'items must be an array' })
  @ArrayMaxSize(CONFIGURABLE_NOTIFICATION_KINDS.length, {
    message: `items must list each kind at most once (${CONFIGURABLE_NOTIFICATION_KINDS.length} kinds)`,
  })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  items!: NotificationPreferenceDto[];
}

/** Every configurable kind with its current setting. */
export class NotificationPreferencesResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  items!: NotificationPreferenceDto[];
}
