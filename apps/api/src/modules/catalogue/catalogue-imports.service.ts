import { Injectable, Logger } from '@nestjs/common';
import type {
  ApplyImportDto,
  CatalogueImportListResponse,
  CatalogueImportResponse,
  FrameworkResponse,
} from '@smartcity/contracts';
import type {
  AccessScope,
  CatalogueDocument,
  CatalogueRowError,
  CatalogueValidationResult,
} from '@smartcity/domain';
import {
  canManageCatalogue,
  catalogueItemsOf,
  catalogueProblem,
  countCatalogueRows,
  diffCatalogues,
  validateCatalogueInSteps,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { documentOf } from './catalogue-content';
import { mapCatalogueDatabaseError } from './catalogue-errors';
import { CatalogueFileCodec } from './catalogue-file-codec';
import type { CatalogueImport } from './catalogue-import.entity';
import { CatalogueImportsRepository } from './catalogue-imports.repository';
import { MAX_REPORTED_IMPORT_ERRORS, toFrameworkResponse, toImportResponse } from './catalogue.mapper';
import { CatalogueRepository } from './catalogue.repository';
import type { Framework } from './framework.entity';

/** What multer hands over for the uploaded file (memory storage). */
export type UploadedCatalogueFile = { originalname: string; size: number; buffer: Buffer };

const PROGRESS_CHUNK = 500;

const NOT_READY: Record<string, string> = {
  queued: 'The file is still waiting to be checked; try again when its status is ready',
  running: 'The file is still being checked; try again when its status is ready',
  invalid: 'The file has errors and was not applied; fix the rows listed and upload it again',
  failed: 'The file could not be processed; upload it again',
  applied: 'This import was applied already',
};

/**
 * Importing a catalogue file: upload (stored, then checked by the worker), row-level validation with progress,
 * a preview against the current published version, and apply, which writes a draft version in one transaction
 * from exactly the rows that were previewed. A file with any invalid row writes nothing.
 */
@Injectable()
export class CatalogueImportsService {
  private readonly logger = new Logger(CatalogueImportsService.name);

  constructor(
    private readonly imports: CatalogueImportsRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly files: CatalogueFileCodec,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxPublisher,
  ) {}

  async upload(
    scope: AccessScope,
    file: UploadedCatalogueFile | undefined,
  ): Promise<CatalogueImportResponse> {
    if (!canManageCatalogue(scope)) throw AppException.forbidden();
    if (!file) {
      throw AppException.validation([
        { field: 'file', reason: 'attach the file as the multipart field "file"' },
      ]);
    }
    if (file.size === 0) throw new AppException('catalogue.unsupported-file', 'The uploaded file is empty');
    const format = this.files.detectFormat(file.originalname, file.buffer);
    if (typeof format !== 'string') throw new AppException('catalogue.unsupported-file', format.refused);
    const fileName = file.originalname.slice(0, 255) || `upload.${format}`;
    return this.tx.run(async (m) => {
      const row = await this.imports.insert(scope, m, {
        fileName,
        format,
        content: file.buffer,
        size: file.size,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
      });
      await this.outbox.publish(m, 'catalogue.run-import', { v: 1, importId: row.id });
      await this.audit.record(m, {
        actorUserId: scope.userId,
        organizationId: null,
        action: 'catalogue.import-uploaded',
        entityType: 'catalogue-import',
        entityId: row.id,
        after: { fileName, format, size: file.size, sha256: row.sha256 },
      });
      return toImportResponse(row, { base: null, existingDraftId: null });
    });
  }

  async get(scope: AccessScope, id: string): Promise<CatalogueImportResponse> {
    const row = await this.imports.find(scope, id);
    if (!row) throw AppException.notFound('Import');
    const base = row.baseFrameworkId ? await this.catalogue.findFramework(scope, row.baseFrameworkId) : null;
    const draft =
      row.status === 'ready' && row.summary
        ? await this.catalogue.findDraft(scope, row.summary.frameworkCode)
        : null;
    return toImportResponse(row, { base, existingDraftId: draft?.id ?? null });
  }

  /** The latest imports, without their errors and previews (fetch one import for those). */
  async list(scope: AccessScope): Promise<CatalogueImportListResponse> {
    const rows = await this.imports.list(scope, 50);
    return {
      items: rows.map((row) => toImportResponse(row, { base: null, existingDraftId: null, brief: true })),
    };
  }

  /**
   * Writes the validated file as a draft: a new version of its framework (based on the current published one),
   * or, with `replaceDraft`, over the framework's existing draft. All or nothing.
   */
  async apply(scope: AccessScope, id: string, dto: ApplyImportDto): Promise<FrameworkResponse> {
    try {
      return await this.tx.run(async (m) => {
        const row = await this.imports.find(scope, id, m, { lock: true, withDocument: true });
        if (!row) throw AppException.notFound('Import');
        if (row.status !== 'ready' || !row.document) {
          throw new AppException(
            'catalogue.import-not-ready',
            NOT_READY[row.status] ?? 'The import is not ready',
            {
              status: row.status,
            },
          );
        }
        const document = row.document;
        const { code, kind } = document.framework;
        const existingKind = await this.catalogue.kindOf(scope, code, m);
        if (existingKind && existingKind !== kind) {
          throw new AppException(
            'catalogue.kind-mismatch',
            `${code} holds ${existingKind}; a file of ${kind} cannot become one of its versions`,
          );
        }
        const draft = await this.catalogue.findDraft(scope, code, m, true);
        if (draft && !dto.replaceDraft) {
          throw new AppException(
            'catalogue.draft-exists',
            `${code} already has a draft (version ${draft.version}); apply with replaceDraft to overwrite it, ` +
              'or publish or delete it first',
            { draftId: draft.id },
          );
        }
        let target: Framework;
        if (draft) {
          target = await this.catalogue.touch(scope, m, draft, {
            edition: document.framework.edition,
            titleRu: document.framework.titleRu,
            titleEn: document.framework.titleEn,
            descriptionRu: document.framework.descriptionRu,
            descriptionEn: document.framework.descriptionEn,
            provenance: document.framework.provenance,
          });
          await this.catalogue.writeContent(scope, m, target, document, true);
        } else {
          const base = await this.catalogue.currentPublished(scope, code, m);
          target = await this.catalogue.insertDraft(scope, m, {
            header: document.framework,
            basedOnId: base?.id ?? null,
          });
          await this.catalogue.writeContent(scope, m, target, document);
        }
        await this.imports.markApplied(scope, m, row.id, target.id);
        const counts = {
          directions: document.directions.length,
          measures: document.measures.length,
          kpis: document.kpis.length,
        };
        await this.audit.record(m, {
          actorUserId: scope.userId,
          organizationId: null,
          action: 'catalogue.import-applied',
          entityType: 'catalogue-import',
          entityId: row.id,
          after: {
            frameworkId: target.id,
            code,
            version: target.version,
            replacedDraft: Boolean(draft),
            counts,
          },
        });
        return toFrameworkResponse(target, counts);
      });
    } catch (error) {
      return mapCatalogueDatabaseError(error);
    }
  }

  // ------------------------------------------------------------------------------------------- worker

  /**
   * Checks an uploaded file (the `catalogue.run-import` job). Idempotent: an import already decided is left
   * alone, and a redelivered job simply checks the file again. Progress is saved after each chunk of rows.
   */
  async run(importId: string, { finalAttempt }: { finalAttempt: boolean }): Promise<'done' | 'missing'> {
    const row = await this.imports.loadForProcessing(importId);
    if (!row) return 'missing';
    if (row.status !== 'queued' && row.status !== 'running') return 'done';
    try {
      await this.imports.saveProgress(row.id, { status: 'running', startedAt: new Date(), processed: 0 });
      const tables = await this.files.read(row.format, row.content);
      const total = countCatalogueRows(tables);
      await this.imports.saveProgress(row.id, { total });
      const steps = validateCatalogueInSteps(tables, PROGRESS_CHUNK);
      let result: CatalogueValidationResult;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          result = step.value;
          break;
        }
        await this.imports.saveProgress(row.id, { processed: step.value.processed, total: step.value.total });
      }
      const frameworkRow = tables.sections.framework?.[0]?.row ?? null;
      await this.tx.run((m) =>
        result.ok
          ? this.finishValid(m, row, result.document, frameworkRow, total)
          : this.finishInvalid(m, row, result.errors, total),
      );
      return 'done';
    } catch (error) {
      if (finalAttempt) {
        this.logger.error({ importId, err: (error as Error).message }, 'Catalogue import failed');
        await this.tx.run(async (m) => {
          await this.imports.update(m, row.id, {
            status: 'failed',
            failureMessage: 'The file could not be processed; upload it again or contact support',
            finishedAt: new Date(),
          });
          await this.recordOutcome(m, row, {
            status: 'failed',
            error: (error as Error).message.slice(0, 500),
          });
        });
      }
      throw error;
    }
  }

  private async finishValid(
    m: EntityManager,
    row: CatalogueImport,
    document: CatalogueDocument,
    frameworkRow: number | null,
    total: number,
  ): Promise<void> {
    const current = await this.imports.lockForOutcome(m, row.id);
    if (!current || (current.status !== 'queued' && current.status !== 'running')) return;
    const { code, kind } = document.framework;
    // Reads as the system: the worker compares against what is published, which every reader may see.
    const system = { userId: row.createdBy, memberships: [] };
    const existingKind = await this.catalogue.kindOf(system, code, m);
    if (existingKind && existingKind !== kind) {
      return this.finishInvalid(
        m,
        row,
        [
          {
            section: 'framework',
            row: frameworkRow,
            column: 'kind',
            ...catalogueProblem('framework-kind-mismatch', { code, existingKind, kind }),
          },
        ],
        total,
      );
    }
    const base = await this.catalogue.currentPublished(system, code, m);
    const before = base ? documentOf(base, await this.catalogue.loadContent(system, base, m)) : null;
    const preview = diffCatalogues(before, document);
    await this.imports.update(m, row.id, {
      status: 'ready',
      processed: total,
      total,
      document,
      preview,
      baseFrameworkId: base?.id ?? null,
      summary: {
        frameworkCode: code,
        edition: document.framework.edition,
        kind,
        directions: document.directions.length,
        items: catalogueItemsOf(document).length,
      },
      finishedAt: new Date(),
    });
    await this.recordOutcome(m, row, { status: 'ready', code, summary: preview.summary });
  }

  private async finishInvalid(
    m: EntityManager,
    row: CatalogueImport,
    errors: CatalogueRowError[],
    total: number,
  ): Promise<void> {
    const current = await this.imports.lockForOutcome(m, row.id);
    if (!current || (current.status !== 'queued' && current.status !== 'running')) return;
    const invalidRows = new Set(errors.map((e) => `${e.section}:${e.row}`)).size;
    await this.imports.update(m, row.id, {
      status: 'invalid',
      processed: total,
      total,
      errors: errors.slice(0, MAX_REPORTED_IMPORT_ERRORS),
      errorCount: errors.length,
      invalidRows,
      finishedAt: new Date(),
    });
    await this.recordOutcome(m, row, { status: 'invalid', errorCount: errors.length, invalidRows });
  }

  private recordOutcome(m: EntityManager, row: CatalogueImport, after: object): Promise<void> {
    return this.audit.record(m, {
      actorUserId: null,
      organizationId: null,
      action: 'catalogue.import-checked',
      entityType: 'catalogue-import',
      entityId: row.id,
      before: { status: row.status },
      after,
    });
  }
}
