import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@smartcity/domain';
import { canManageCatalogue } from '@smartcity/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { CatalogueImport } from './catalogue-import.entity';

/**
 * Catalogue imports. Uploading, reading and applying take the caller's scope (catalogue admins only). The worker
 * methods take the import id alone: the job is the authorization, published only by an admin's upload.
 */
@Injectable()
export class CatalogueImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private assertManage(scope: AccessScope): void {
    if (!canManageCatalogue(scope)) throw AppException.forbidden('Only catalogue admins may import');
  }

  async insert(
    scope: AccessScope,
    manager: EntityManager,
    values: Pick<CatalogueImport, 'fileName' | 'format' | 'content' | 'size' | 'sha256'>,
  ): Promise<CatalogueImport> {
    this.assertManage(scope);
    const repo = manager.getRepository(CatalogueImport);
    const { identifiers } = await repo.insert(repo.create({ ...values, createdBy: scope.userId }));
    return repo.findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async find(
    scope: AccessScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    options: { lock?: boolean; withDocument?: boolean } = {},
  ): Promise<CatalogueImport | null> {
    this.assertManage(scope);
    if (!isUuid(id)) return null;
    const query = manager.getRepository(CatalogueImport).createQueryBuilder('i').where('i.id = :id', { id });
    if (options.withDocument) query.addSelect('i.document');
    if (options.lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  list(scope: AccessScope, limit: number): Promise<CatalogueImport[]> {
    this.assertManage(scope);
    return this.dataSource.getRepository(CatalogueImport).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  async markApplied(
    scope: AccessScope,
    manager: EntityManager,
    id: string,
    frameworkId: string,
  ): Promise<void> {
    this.assertManage(scope);
    await manager
      .getRepository(CatalogueImport)
      .update({ id }, { status: 'applied', appliedFrameworkId: frameworkId, appliedAt: new Date() });
  }

  // ------------------------------------------------------------------------------------------- worker

  /** The import with its uploaded file. */
  loadForProcessing(id: string): Promise<CatalogueImport | null> {
    return this.dataSource
      .getRepository(CatalogueImport)
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :id', { id })
      .getOne();
  }

  /** Locks the import for writing its outcome; null when it no longer exists. */
  lockForOutcome(manager: EntityManager, id: string): Promise<CatalogueImport | null> {
    return manager
      .getRepository(CatalogueImport)
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Progress is written outside the outcome transaction so pollers see it while the job runs. */
  async saveProgress(id: string, values: Partial<CatalogueImport>): Promise<void> {
    await this.dataSource
      .getRepository(CatalogueImport)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id', { id })
      .andWhere(`status IN ('queued', 'running')`)
      .execute();
  }

  async update(manager: EntityManager, id: string, values: Partial<CatalogueImport>): Promise<void> {
    await manager.getRepository(CatalogueImport).update({ id }, values);
  }
}
