import type { CatalogueDocument } from '@smartcity/domain';
import { catalogueTablesFromJson, catalogueToJson, validateCatalogueTables } from '@smartcity/domain';
import type { DataSource } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { headerColumns, insertContent } from '../catalogue-content';
import { Framework } from '../framework.entity';
import { BUNDLED_DATA_DIR, bundledCatalogue } from './bundled-catalogue';

export type CatalogueSeedReport = { created: string[]; skipped: string[] };

const audit = new AuditService();

/**
 * Checks a bundled document with the import validator, as if it had been uploaded: the seed can never write
 * what an import would refuse.
 */
export function assertImportable(document: CatalogueDocument): CatalogueDocument {
  const result = validateCatalogueTables(catalogueTablesFromJson(catalogueToJson(document)));
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.section} row ${e.row} ${e.column}: ${e.reason}`);
    throw new Error(`Bundled catalogue ${document.framework.code} is invalid: ${first.join('; ')}`);
  }
  return result.document;
}

/**
 * Seeds the bundled frameworks as published version 1. Idempotent by framework code: a framework with any
 * version (seeded earlier, imported, or replaced by the official text) is left alone.
 */
export async function seedCatalogue(
  dataSource: DataSource,
  dataDir = BUNDLED_DATA_DIR,
): Promise<CatalogueSeedReport> {
  const report: CatalogueSeedReport = { created: [], skipped: [] };
  for (const bundled of bundledCatalogue(dataDir)) {
    const document = assertImportable(bundled);
    const { code, kind } = document.framework;
    await dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Framework);
      if (await repo.existsBy({ code })) {
        report.skipped.push(code);
        return;
      }
      const framework = await repo.save(
        repo.create({ ...headerColumns(document.framework), code, kind, version: 1, status: 'draft' }),
      );
      await insertContent(manager, framework, document);
      await repo.update({ id: framework.id }, { status: 'published', publishedAt: new Date() });
      await audit.record(manager, {
        actorUserId: null,
        organizationId: null,
        action: 'catalogue.seeded',
        entityType: 'framework',
        entityId: framework.id,
        after: {
          code,
          version: 1,
          edition: document.framework.edition,
          provenance: document.framework.provenance.status,
          directions: document.directions.length,
          items: kind === 'measures' ? document.measures.length : document.kpis.length,
        },
      });
      report.created.push(code);
    });
  }
  return report;
}
