import { Injectable } from '@nestjs/common';
import {
  CONFIGURABLE_NOTIFICATION_KINDS,
  type NotificationPreferenceDto,
  type NotificationPreferencesResponse,
} from '@smartcity/contracts';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import type { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

function toResponse(rows: readonly NotificationPreference[]): NotificationPreferencesResponse {
  const enabled = (kind: string, channel: string) =>
    rows.find((r) => r.kind === kind && r.channel === channel)?.enabled ?? true;
  return {
    items: CONFIGURABLE_NOTIFICATION_KINDS.map((kind) => ({
      kind,
      inApp: enabled(kind, 'in_app'),
      email: enabled(kind, 'email'),
    })),
  };
}

/** The caller's own notification settings (per kind × channel); everything is on until switched off. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<NotificationPreferencesResponse> {
    return toResponse(await this.preferences.listForUser(null, userId));
  }

  /** Replaces the settings of the listed kinds (each at most once) and records the change. */
  async update(
    userId: string,
    items: readonly NotificationPreferenceDto[],
  ): Promise<NotificationPreferencesResponse> {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.kind)) {
        throw AppException.validation([
          { field: `items.${index}.kind`, reason: `kind ${item.kind} is listed more than once` },
        ]);
      }
      seen.add(item.kind);
    });
    return this.tx.run(async (manager) => {
      const before = toResponse(await this.preferences.listForUser(manager, userId));
      await this.preferences.upsert(
        manager,
        userId,
        items.flatMap((item) => [
          { kind: item.kind, channel: 'in_app' as const, enabled: item.inApp },
          { kind: item.kind, channel: 'email' as const, enabled: item.email },
        ]),
      );
      const after = toResponse(await this.preferences.listForUser(manager, userId));
      await this.audit.record(manager, {
        actorUserId: userId,
        organizationId: null,
        action: 'notifications.preferences-updated',
        entityType: 'user',
        entityId: userId,
        before: { items: before.items },
        after: { items: after.items },
      });
      return after;
    });
  }
}
