import { COMPLIANCE_RULESET_VERSION } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

/**
 * Asks the worker (through the outbox) for the report of every roadmap's current revision that has none yet and
 * no evaluation pending — for roadmaps written by seeds and data migrations rather than through `RoadmapWrites`.
 * Idempotent: a second call while the first batch is pending, or after it ran, adds nothing. Returns how many.
 */
export async function requestMissingComplianceReports(manager: EntityManager): Promise<number> {
  const rows = await manager.query<{ id: string }[]>(
    `INSERT INTO outbox_events (job_name, payload)
     SELECT 'compliance.evaluate-roadmap', jsonb_build_object('v', 1, 'roadmapId', r.id, 'revision', r.revision)
     FROM roadmaps r
     WHERE NOT EXISTS (SELECT 1 FROM compliance_reports c
                       WHERE c.roadmap_id = r.id AND c.revision = r.revision AND c.ruleset_version = $1)
       AND NOT EXISTS (SELECT 1 FROM outbox_events o
                       WHERE o.job_name = 'compliance.evaluate-roadmap' AND o.status = 'pending'
                         AND o.payload->>'roadmapId' = r.id::text AND (o.payload->>'revision')::int = r.revision)
     RETURNING id`,
    [COMPLIANCE_RULESET_VERSION],
  );
  return rows.length;
}
