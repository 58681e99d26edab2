import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { currentRequestId } from '../../common/request-context';
import { insertRows } from '../../database/batches';
import { AuditEvent } from './audit-event.entity';

export type AuditRecord = {
  actorUserId: string | null;
  organizationId: string | null;
  /** `<domain>.<past-tense verb>`, e.g. `members.invited`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
};

/** Writes audit events. Always called with the transaction's manager, so the event commits with the change. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await this.recordMany(manager, [event]);
  }

  /**
   * Several events in one multi-row INSERT (split only to stay under PostgreSQL's parameter limit); ids follow
   * the order of `events`, so the activity feed reads them in the order they were recorded.
   */
  async recordMany(manager: EntityManager, events: readonly AuditRecord[]): Promise<void> {
    if (events.length === 0) return;
    const requestId = currentRequestId() ?? null;
    const rows = events.map((event) => ({
      actorUserId: event.actorUserId,
      organizationId: event.organizationId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: (event.before ?? null) as Record<string, unknown> | null,
      after: (event.after ?? null) as Record<string, unknown> | null,
      requestId,
    }));
    await insertRows(manager, AuditEvent, rows as never);
  }
}
