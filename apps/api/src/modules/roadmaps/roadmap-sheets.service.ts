import { Injectable } from '@nestjs/common';
import type { RoadmapImportResponse } from '@smartcity/contracts';
import {
  kopecksToMoneyText,
  moneyTextToKopecks,
  planRoadmapSheetImport,
  type AccessScope,
  type ImportOperation,
  type ImportPreviewRow,
  type SheetBudgetLine,
  type SheetItem,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { CatalogueReferences } from './catalogue-references';
import { RoadmapEvidenceRepository } from './roadmap-evidence.repository';
import { RoadmapEvidenceService } from './roadmap-evidence.service';
import { RoadmapImportsRepository } from './roadmap-imports.repository';
import type { RoadmapBudgetLine } from './roadmap-parts.entity';
import { RoadmapWorkbook } from './roadmap-workbook';
import { RoadmapWrites, staleWrite, type WriteAudit } from './roadmap-writes';
import type { Roadmap } from './roadmap.entity';
import { toImportResponse, toRoadmapResponse } from './roadmaps.mapper';
import { RoadmapsRepository, type ItemRow } from './roadmaps.repository';

/** What multer hands over (memory storage). */
export type UploadedWorkbook = { originalname: string; buffer: Buffer; size: number };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function toSheetItem(item: ItemRow): SheetItem {
  return {
    id: item.id,
    revision: item.revision,
    kind: item.kind,
    measureId: item.measureId,
    directionId: item.directionId,
    title: item.title,
    responsibleUnit: item.responsibleUnit,
    responsiblePerson: item.responsiblePerson,
    startMonth: item.startMonth,
    endMonth: item.endMonth,
    status: item.status,
    progress: item.progress,
    problemIds: item.problemIds,
    dependsOn: item.dependsOn,
    budgetLines: item.budgetLines.map((l) => ({
      year: l.year,
      source: l.source,
      planned: kopecksToMoneyText(l.plannedKopecks),
      actual: l.actualKopecks === null ? null : kopecksToMoneyText(l.actualKopecks),
    })),
    kpiTargets: item.kpiTargets,
  };
}

const toBudgetRows = (lines: SheetBudgetLine[]) =>
  lines.map((l) => ({
    year: l.year,
    source: l.source,
    plannedKopecks: moneyTextToKopecks(l.planned),
    actualKopecks: l.actual === null ? null : moneyTextToKopecks(l.actual),
  })) as RoadmapBudgetLine[];

/** The preview's changes of each changed item as audit before/after maps. */
function changesByItem(rows: ImportPreviewRow[]) {
  const byItem = new Map<string, { before: Record<string, unknown>; after: Record<string, unknown> }>();
  for (const row of rows) {
    // The first preview row of an item is the one describing it, as the row-by-row apply read it.
    if (row.itemId === null || byItem.has(row.itemId)) continue;
    byItem.set(row.itemId, {
      before: Object.fromEntries(row.changes.map((c) => [c.field, c.from])),
      after: Object.fromEntries(row.changes.map((c) => [c.field, c.to])),
    });
  }
  return byItem;
}

/**
 * The roadmap as an XLSX workbook and back (docs/roadmaps.md, "Excel round-trip"; ADR 0004). Export writes the
 * current document; an upload is parsed and compared synchronously and stored as a preview with the roadmap
 * revision it was based on; applying writes every change in one transaction, only if the roadmap is still at
 * that revision and no row is invalid.
 */
@Injectable()
export class RoadmapSheetsService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly imports: RoadmapImportsRepository,
    private readonly evidence: RoadmapEvidenceRepository,
    private readonly evidenceFiles: RoadmapEvidenceService,
    private readonly catalogue: CatalogueReferences,
    private readonly workbook: RoadmapWorkbook,
    private readonly tx: TransactionRunner,
    private readonly writes: RoadmapWrites,
  ) {}

  async export(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
  ): Promise<{ content: Buffer; fileName: string }> {
    const { roadmap, items, lists } = await this.tx.run(async (manager) => {
      await this.repeatableRead(manager);
      const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.read');
      const rows = await this.roadmaps.loadDocument(scope, manager, roadmap);
      const lists = await this.catalogue.sheetCatalogue(manager, roadmap.frameworkId);
      return { roadmap, items: rows.items.map(toSheetItem), lists };
    });
    const content = await this.workbook.write({ roadmap, items, ...lists });
    const safeTitle = roadmap.title.replace(/[^\p{L}\p{N} ._-]/gu, '').trim() || 'roadmap';
    return { content, fileName: `${safeTitle} (ред. ${roadmap.revision}).xlsx` };
  }

  async preview(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    file: UploadedWorkbook | undefined,
  ): Promise<RoadmapImportResponse> {
    if (!file || file.size === 0) {
      throw AppException.validation([
        { field: 'file', reason: 'attach the edited workbook as field "file"' },
      ]);
    }
    if (!file.buffer.subarray(0, 4).equals(ZIP) || !/\.xlsx$/i.test(file.originalname)) {
      throw new AppException('roadmaps.unsupported-file', 'Upload the roadmap workbook as an .xlsx file', {
        fields: [{ field: 'file', reason: 'not an .xlsx workbook' }],
      });
    }
    // Reach first: nobody gets a file parsed for a roadmap they may not edit.
    await this.requireRoadmap(scope, this.roadmaps.manager, orgId, roadmapId, 'roadmaps.edit');
    const sheet = await this.workbook.read(file.buffer);
    const saved = await this.tx.run(async (manager) => {
      // One consistent view of the roadmap: the preview must describe exactly the revision it records.
      await this.repeatableRead(manager);
      const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
      if (sheet.roadmapId && sheet.roadmapId !== roadmap.id) {
        throw AppException.validation([
          { field: 'file', reason: 'this workbook was downloaded from another roadmap' },
        ]);
      }
      const rows = await this.roadmaps.loadDocument(scope, manager, roadmap);
      const lists = await this.catalogue.sheetCatalogue(manager, roadmap.frameworkId);
      const plan = planRoadmapSheetImport({
        items: sheet.items,
        budget: sheet.budget,
        current: rows.items.map(toSheetItem),
        measures: lists.measures,
        directions: lists.directions,
        firstYear: roadmap.periodStartYear,
        lastYear: roadmap.outlookYear ?? roadmap.periodEndYear,
      });
      const row = await this.imports.insert(scope, manager, roadmap, {
        fileName: file.originalname.slice(0, 200),
        baseRevision: roadmap.revision,
        isValid: plan.isValid,
        summary: plan.summary,
        rows: plan.rows,
        operations: plan.operations,
        createdBy: scope.userId,
      });
      await this.writes.record(manager, scope, roadmap, {
        action: 'roadmaps.import-previewed',
        entityType: 'roadmap_import',
        entityId: row.id,
        after: { fileName: row.fileName, baseRevision: row.baseRevision, summary: plan.summary },
      });
      return row;
    });
    return toImportResponse(saved);
  }

  async get(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    importId: string,
  ): Promise<RoadmapImportResponse> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
    const row = await this.imports.find(scope, manager, roadmap, importId);
    if (!row) throw AppException.notFound('Import');
    return toImportResponse(row);
  }

  /** All or nothing: 409 when the roadmap moved on since the preview, 400 when any row is invalid. */
  async apply(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    importId: string,
    shownBaseRevision?: number,
  ): Promise<RoadmapImportResponse> {
    const { result } = await this.writes.write(scope, orgId, roadmapId, async (manager, roadmap) => {
      const row = await this.imports.find(scope, manager, roadmap, importId);
      if (!row) throw AppException.notFound('Import');
      if (row.status === 'applied') {
        throw new AppException('roadmaps.import-applied', 'This import was applied already');
      }
      if (!row.isValid) {
        throw new AppException(
          'roadmaps.import-invalid',
          `${row.summary.invalid} row(s) of the file are invalid; nothing was changed`,
          { invalidRows: row.rows.filter((r) => r.action === 'invalid').slice(0, 100) },
        );
      }
      // beginWrite bumped the revision under the roadmap's row lock: it was at base iff it is base + 1 now.
      const shownIsStale = shownBaseRevision !== undefined && shownBaseRevision !== row.baseRevision;
      if (roadmap.revision !== row.baseRevision + 1 || shownIsStale) {
        throw staleWrite('This roadmap', { ...toRoadmapResponse(roadmap), revision: roadmap.revision - 1 });
      }
      await this.applyOperations(scope, manager, roadmap, row.id, row.operations, row.rows);
      const applied = await this.imports.markApplied(scope, manager, roadmap, row.id, roadmap.revision);
      return {
        result: applied,
        audit: {
          action: 'roadmaps.import-applied',
          entityType: 'roadmap_import',
          entityId: row.id,
          after: { fileName: row.fileName, baseRevision: row.baseRevision, summary: row.summary },
        },
      };
    });
    return toImportResponse(result);
  }

  /**
   * Writes the preview's operations set-based: removals, then updates, then additions, each as a few statements
   * for all items at once, and one audit event per item in a single multi-row insert (in the same order the
   * operations are listed). Runs inside the apply's transaction, so any failure leaves nothing written.
   */
  private async applyOperations(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    importId: string,
    operations: ImportOperation[],
    rows: ImportPreviewRow[],
  ): Promise<void> {
    const removes = operations.filter((op) => op.op === 'remove');
    const updates = operations.filter((op) => op.op === 'update');
    const adds = operations.filter((op) => op.op === 'add');
    const audits: WriteAudit[] = [];

    if (removes.length > 0) {
      const itemIds = removes.map((op) => op.itemId);
      // Evidence rows go with the items (cascade); their files are deleted after commit.
      const keys = await this.evidence.storageKeysOf(scope, manager, roadmap, { itemIds });
      await this.roadmaps.deleteItems(scope, manager, roadmap, itemIds);
      await this.evidenceFiles.enqueueFileDeletion(manager, keys);
      for (const op of removes) {
        audits.push({
          action: 'roadmaps.item-deleted',
          entityType: 'roadmap_item',
          entityId: op.itemId,
          before: { importId },
        });
      }
    }

    if (updates.length > 0) {
      const written = await this.roadmaps.updateItems(
        scope,
        manager,
        roadmap,
        updates.map((op) => ({ itemId: op.itemId, basedOn: op.revision, changes: op.fields })),
      );
      // The roadmap is at the preview's revision, so no item can have moved; the check stays as a guard, and one
      // item that did fails the whole apply.
      if (written.length !== updates.length) throw staleWrite('An item of this roadmap', null);
      await this.roadmaps.replaceChildrenOfItems(
        scope,
        manager,
        roadmap,
        updates.flatMap((op) =>
          op.budgetLines
            ? [{ itemId: op.itemId, children: { budgetLines: toBudgetRows(op.budgetLines) } }]
            : [],
        ),
      );
      const changes = changesByItem(rows);
      for (const op of updates) {
        const { before, after } = changes.get(op.itemId) ?? { before: {}, after: {} };
        audits.push({
          action: 'roadmaps.item-updated',
          entityType: 'roadmap_item',
          entityId: op.itemId,
          before,
          after: { ...after, importId },
        });
      }
    }

    if (adds.length > 0) {
      const items = await this.roadmaps.insertItems(
        scope,
        manager,
        roadmap,
        adds.map((op) => ({ ...op.fields, description: null })),
      );
      await this.roadmaps.replaceChildrenOfItems(
        scope,
        manager,
        roadmap,
        adds.flatMap((op, i) =>
          op.budgetLines.length > 0
            ? [{ itemId: items[i].id, children: { budgetLines: toBudgetRows(op.budgetLines) } }]
            : [],
        ),
      );
      adds.forEach((op, i) =>
        audits.push({
          action: 'roadmaps.item-created',
          entityType: 'roadmap_item',
          entityId: items[i].id,
          after: { ...op.fields, importId, row: op.row },
        }),
      );
    }

    await this.writes.recordMany(manager, scope, roadmap, audits);
  }

  /** Must be the transaction's first statement. */
  private async repeatableRead(manager: EntityManager): Promise<void> {
    await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  }

  private async requireRoadmap(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    roadmapId: string,
    permission: 'roadmaps.read' | 'roadmaps.edit',
  ): Promise<Roadmap> {
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId, permission);
    if (!roadmap) throw AppException.notFound('Roadmap');
    return roadmap;
  }
}
