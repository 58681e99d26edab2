import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { currentRequestId } from '../../common/request-context';
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
    const repo = manager.getRepository(AuditEvent);
    await repo.insert(
      repo.create({
        actorUserId: event.actorUserId,
        organizationId: event.organizationId,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        before: (event.before ?? null) as Record<string, unknown> | null,
        after: (event.after ?? null) as Record<string, unknown> | null,
        requestId: currentRequestId() ?? null,
      }) as never,
    );
  }
}
