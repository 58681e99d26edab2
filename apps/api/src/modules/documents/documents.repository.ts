import { Injectable } from '@nestjs/common';
import type { DocumentKind, Locale } from '@smartcity/contracts';
import { DataSource, type EntityManager } from 'typeorm';

import { ApplicationDocument } from './document.entity';

/** A render gives up after this many attempts (status `failed`; see the runbook). */
export const MAX_RENDER_ATTEMPTS = 5;

export type DocumentRequest = {
  kind: DocumentKind;
  applicationId: string;
  municipalityId: string;
  documentKey: string;
  snapshotHash: string;
  transitionId: string | null;
  locale: Locale;
};

/**
 * Rendered documents. Worker methods implement the render lease: a worker claims a document (attempt + 1, a new
 * storage key, `lease_until`), renders, and completes only if it still holds the claim; a claim whose lease ran
 * out (the worker died) can be taken over. HTTP reads are keyed by the application, whose organization the access
 * guard has already checked.
 */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the document once per key; returns its id when new, null when it existed. */
  async requestOnce(manager: EntityManager, request: DocumentRequest): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ApplicationDocument)
      .values(request)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  findById(id: string): Promise<ApplicationDocument | null> {
    return this.dataSource.getRepository(ApplicationDocument).findOneBy({ id });
  }

  /**
   * Claims the document for rendering under `storageKey` until `leaseMs` from now: only when it is pending, or
   * rendering under a lease that has run out. Returns the claimed row (with the previous storage key, whose
   * half-written file the caller deletes) or null.
   */
  async claim(
    id: string,
    storageKey: string,
    leaseMs: number,
  ): Promise<{ document: ApplicationDocument; previousKey: string | null } | null> {
    // A SELECT around the UPDATE, so the driver hands back the returned rows (not a row count).
    const rows: { previous_key: string | null }[] = await this.dataSource.query(
      `WITH previous AS (SELECT id, storage_key FROM documents WHERE id = $1 FOR UPDATE),
       claimed AS (
         UPDATE documents d
            SET status = 'rendering', attempts = d.attempts + 1, storage_key = $2,
                lease_until = now() + make_interval(secs => $3::double precision / 1000), last_error = NULL
           FROM previous p
          WHERE d.id = p.id
            AND d.attempts < $4
            AND (d.status = 'pending' OR (d.status = 'rendering' AND d.lease_until < now()))
         RETURNING p.storage_key AS previous_key)
       SELECT previous_key FROM claimed`,
      [id, storageKey, leaseMs, MAX_RENDER_ATTEMPTS],
    );
    if (rows.length === 0) return null;
    const document = await this.dataSource.getRepository(ApplicationDocument).findOneByOrFail({ id });
    return { document, previousKey: rows[0].previous_key };
  }

  /** Completes a render if the caller still holds the claim (same storage key); false when it lost it. */
  async complete(id: string, storageKey: string, sizeBytes: number, sha256: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(ApplicationDocument)
      .createQueryBuilder()
      .update()
      .set({ status: 'ready', sizeBytes, sha256, renderedAt: () => 'now()', leaseUntil: null })
      .where(`id = :id AND storage_key = :storageKey AND status = 'rendering'`, { id, storageKey })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Records a failed attempt and releases the claim: pending again, or failed after the last attempt. The key
   * stays, so the next claim deletes whatever the failed attempt may have stored under it.
   */
  async release(id: string, storageKey: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE documents
          SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
              last_error = $4, lease_until = NULL
        WHERE id = $1 AND storage_key = $2 AND status = 'rendering'`,
      [id, storageKey, MAX_RENDER_ATTEMPTS, error.slice(0, 500)],
    );
  }

  /** Documents whose render should be (re)started: pending ones older than the lease, or abandoned claims. */
  async findStuck(leaseMs: number, limit = 100): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM documents
        WHERE attempts < $2
          AND ((status = 'rendering' AND lease_until < now())
            OR (status = 'pending' AND created_at < now() - make_interval(secs => $1::double precision / 1000)))
        ORDER BY created_at LIMIT $3`,
      [leaseMs, MAX_RENDER_ATTEMPTS, limit],
    );
    return rows.map((r) => r.id);
  }

  listForApplication(applicationId: string): Promise<ApplicationDocument[]> {
    return this.dataSource
      .getRepository(ApplicationDocument)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }
}
