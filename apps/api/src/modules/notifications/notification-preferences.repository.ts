import { Injectable } from '@nestjs/common';
import {
  CONFIGURABLE_NOTIFICATION_KINDS,
  type ConfigurableNotificationKind,
  type NotificationChannel,
  type NotificationKind,
} from '@smartcity/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';

import { NotificationPreference } from './notification-preference.entity';

/** A user's switches; every read and write is keyed by that user's own id (the scope of this data). */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForUser(manager: EntityManager | null, userId: string): Promise<NotificationPreference[]> {
    return (manager ?? this.dataSource.manager).getRepository(NotificationPreference).findBy({ userId });
  }

  /** Inserts or replaces the user's switches for the given kind × channel pairs. */
  async upsert(
    manager: EntityManager,
    userId: string,
    rows: { kind: ConfigurableNotificationKind; channel: NotificationChannel; enabled: boolean }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationPreference)
      .values(rows.map((row) => ({ ...row, userId })))
      .orUpdate(['enabled', 'updated_at'], ['user_id', 'kind', 'channel'])
      .execute();
  }

  /**
   * Of the given users, those who receive `kind` on `channel`: everyone unless they switched it off. Kinds that
   * are not configurable always go out.
   */
  async recipientsWanting(
    manager: EntityManager,
    userIds: readonly string[],
    kind: NotificationKind,
    channel: NotificationChannel,
  ): Promise<string[]> {
    if (userIds.length === 0) return [];
    if (!(CONFIGURABLE_NOTIFICATION_KINDS as readonly string[]).includes(kind)) return [...userIds];
    const off = await manager.getRepository(NotificationPreference).findBy({
      userId: In([...userIds]),
      kind: kind as ConfigurableNotificationKind,
      channel,
      enabled: false,
    });
    const disabled = new Set(off.map((row) => row.userId));
    return userIds.filter((id) => !disabled.has(id));
  }
}
