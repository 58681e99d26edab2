import { Injectable } from '@nestjs/common';
import type {
  AccessScope,
  CatalogueDocument,
  FrameworkHeader,
  FrameworkKind,
  FrameworkStatus,
} from '@smartcity/domain';
import { canManageCatalogue, visibleFrameworkStatuses } from '@smartcity/domain';
import { Brackets, DataSource, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import {
  deleteContent,
  headerColumns,
  insertContent,
  loadContent,
  type VersionContent,
} from './catalogue-content';
import { likePattern } from './catalogue-search.repository';
import type { FrameworkCounts } from './catalogue.mapper';
import { Direction } from './direction.entity';
import { Framework } from './framework.entity';
import { KpiDefinition } from './kpi-definition.entity';
import { Measure } from './measure.entity';

/** Tables whose rows have a display `position` within their version. */
export type OrderedTable = 'directions' | 'measures' | 'kpi_definitions';

export type FrameworkFilter = { q?: string; kind?: FrameworkKind; status?: FrameworkStatus; code?: string };

/**
 * Frameworks, their directions, measures and KPIs. Reads are filtered by what the scope may see (drafts only for
 * catalogue admins); every write re-checks `catalogue.manage`, so a caller that skipped the guard still cannot
 * change the catalogue. Published content is additionally frozen by database triggers.
 */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly dataSource: DataSource) {}

  private assertManage(scope: AccessScope): void {
    if (!canManageCatalogue(scope))
      throw AppException.forbidden('Only catalogue admins may change the catalogue');
  }

  // ------------------------------------------------------------------------------------------- reads

  async listFrameworks(scope: AccessScope, filter: FrameworkFilter): Promise<Framework[]> {
    const query = this.dataSource
      .getRepository(Framework)
      .createQueryBuilder('f')
      .where('f.status IN (:...visible)', { visible: visibleFrameworkStatuses(scope) })
      .orderBy('f.code')
      .addOrderBy('f.version', 'DESC');
    if (filter.kind) query.andWhere('f.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('f.status = :status', { status: filter.status });
    if (filter.code) query.andWhere('f.code = :code', { code: filter.code });
    if (filter.q) {
      query.andWhere(
        new Brackets((w) => {
          for (const column of ['f.code', 'f.edition', 'f.title_ru', 'f.title_en']) {
            w.orWhere(`${column} ILIKE :like`, { like: likePattern(filter.q!) });
          }
          w.orWhere(':q <% f.title_ru', { q: filter.q }).orWhere(':q <% f.title_en', { q: filter.q });
        }),
      );
    }
    return query.getMany();
  }

  /** One version, if it exists and the scope may see it; optionally locked for a write. */
  async findFramework(
    scope: AccessScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Framework | null> {
    if (!isUuid(id)) return null;
    if (lock) this.assertManage(scope);
    const framework = await manager
      .getRepository(Framework)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return framework && visibleFrameworkStatuses(scope).includes(framework.status) ? framework : null;
  }

  async counts(
    scope: AccessScope,
    frameworkIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, FrameworkCounts>> {
    if (frameworkIds.length === 0) return new Map();
    const rows = await manager.query<({ id: string } & FrameworkCounts)[]>(
      `SELECT f.id,
              (SELECT count(*) FROM directions x WHERE x.framework_id = f.id)::int AS directions,
              (SELECT count(*) FROM measures x WHERE x.framework_id = f.id)::int AS measures,
              (SELECT count(*) FROM kpi_definitions x WHERE x.framework_id = f.id)::int AS kpis
         FROM frameworks f WHERE f.id = ANY($1) AND f.status = ANY($2)`,
      [frameworkIds, visibleFrameworkStatuses(scope)],
    );
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }

  /** The content of a version the scope may see (the caller found it with findFramework). */
  loadContent(
    scope: AccessScope,
    framework: Framework,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VersionContent> {
    if (!visibleFrameworkStatuses(scope).includes(framework.status)) {
      throw AppException.notFound('Framework version');
    }
    return loadContent(manager, framework.id);
  }

  /** The latest published version of a framework: what "current" means for previews and search. */
  currentPublished(
    _scope: AccessScope,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Framework | null> {
    return manager
      .getRepository(Framework)
      .findOne({ where: { code, status: 'published' }, order: { version: 'DESC' } });
  }

  /** The draft of a framework, if any (catalogue admins only). */
  findDraft(
    scope: AccessScope,
    code: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Framework | null> {
    if (!canManageCatalogue(scope)) return Promise.resolve(null);
    return manager.getRepository(Framework).findOne({
      where: { code, status: 'draft' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The kind every version of a framework shares, or null for a new framework. */
  async kindOf(_scope: AccessScope, code: string, manager: EntityManager): Promise<FrameworkKind | null> {
    const any = await manager.getRepository(Framework).findOne({ where: { code }, select: { kind: true } });
    return any?.kind ?? null;
  }

  // ------------------------------------------------------------------------------------------- versions

  /** A new draft version of `code` (the next version number) with the given header; content comes separately. */
  async insertDraft(
    scope: AccessScope,
    manager: EntityManager,
    draft: { header: FrameworkHeader; basedOnId: string | null },
  ): Promise<Framework> {
    this.assertManage(scope);
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM frameworks WHERE code = $1`,
      [draft.header.code],
    );
    const repo = manager.getRepository(Framework);
    return repo.save(
      repo.create({
        ...headerColumns(draft.header),
        code: draft.header.code,
        kind: draft.header.kind,
        version: next,
        status: 'draft',
        basedOnId: draft.basedOnId,
        createdBy: scope.userId,
      }),
    );
  }

  async writeContent(
    scope: AccessScope,
    manager: EntityManager,
    framework: Framework,
    document: CatalogueDocument,
    replace = false,
  ): Promise<void> {
    this.assertManage(scope);
    if (replace) await deleteContent(manager, framework.id);
    await insertContent(manager, framework, document);
  }

  /** Records a change of a draft: bumps its revision (the trigger refuses this for a published version). */
  async touch(
    scope: AccessScope,
    manager: EntityManager,
    framework: Framework,
    changes: Partial<Framework> = {},
  ): Promise<Framework> {
    this.assertManage(scope);
    await manager
      .getRepository(Framework)
      .update({ id: framework.id }, { ...changes, revision: framework.revision + 1 });
    return manager.getRepository(Framework).findOneByOrFail({ id: framework.id });
  }

  async setStatus(
    scope: AccessScope,
    manager: EntityManager,
    framework: Framework,
    status: 'published' | 'retired',
  ): Promise<Framework> {
    this.assertManage(scope);
    const now = new Date();
    await manager
      .getRepository(Framework)
      .update(
        { id: framework.id },
        status === 'published'
          ? { status, publishedAt: now, revision: framework.revision + 1 }
          : { status, retiredAt: now },
      );
    return manager.getRepository(Framework).findOneByOrFail({ id: framework.id });
  }

  async deleteDraft(scope: AccessScope, manager: EntityManager, framework: Framework): Promise<void> {
    this.assertManage(scope);
    await manager.getRepository(Framework).delete({ id: framework.id, status: 'draft' });
  }

  // ------------------------------------------------------------------------------------------- content

  async findDirection(
    scope: AccessScope,
    manager: EntityManager,
    frameworkId: string,
    by: { id: string } | { code: string },
  ): Promise<Direction | null> {
    this.assertManage(scope);
    if ('id' in by && !isUuid(by.id)) return null;
    return manager.getRepository(Direction).findOneBy({ frameworkId, ...by });
  }

  async directionCodes(
    scope: AccessScope,
    manager: EntityManager,
    frameworkId: string,
  ): Promise<Map<string, string>> {
    this.assertManage(scope);
    const rows = await manager
      .getRepository(Direction)
      .find({ where: { frameworkId }, select: { id: true, code: true } });
    return new Map(rows.map((d) => [d.id, d.code]));
  }

  async countInDirection(scope: AccessScope, manager: EntityManager, direction: Direction): Promise<number> {
    this.assertManage(scope);
    const [measures, kpis] = [
      await manager.getRepository(Measure).countBy({ directionId: direction.id }),
      await manager.getRepository(KpiDefinition).countBy({ directionId: direction.id }),
    ];
    return measures + kpis;
  }

  private async nextPosition(manager: EntityManager, table: string, frameworkId: string): Promise<number> {
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM ${table} WHERE framework_id = $1`,
      [frameworkId],
    );
    return next;
  }

  async insertDirection(
    scope: AccessScope,
    manager: EntityManager,
    framework: Framework,
    values: Pick<Direction, 'code' | 'titleRu' | 'titleEn'>,
  ): Promise<Direction> {
    this.assertManage(scope);
    const repo = manager.getRepository(Direction);
    const position = await this.nextPosition(manager, 'directions', framework.id);
    return repo.save(repo.create({ ...values, frameworkId: framework.id, position }));
  }

  async updateDirection(
    scope: AccessScope,
    manager: EntityManager,
    direction: Direction,
    values: Partial<Pick<Direction, 'titleRu' | 'titleEn'>>,
  ): Promise<Direction> {
    this.assertManage(scope);
    await manager.getRepository(Direction).update({ id: direction.id }, values);
    return manager.getRepository(Direction).findOneByOrFail({ id: direction.id });
  }

  async deleteDirection(scope: AccessScope, manager: EntityManager, direction: Direction): Promise<void> {
    this.assertManage(scope);
    await manager.getRepository(Direction).delete({ id: direction.id });
  }

  async findItem<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    manager: EntityManager,
    entity: new () => T,
    frameworkId: string,
    id: string,
  ): Promise<T | null> {
    this.assertManage(scope);
    if (!isUuid(id)) return null;
    return manager.getRepository(entity).findOneBy({ id, frameworkId } as never);
  }

  async codeTaken(
    scope: AccessScope,
    manager: EntityManager,
    entity: new () => Measure | KpiDefinition | Direction,
    frameworkId: string,
    code: string,
  ): Promise<boolean> {
    this.assertManage(scope);
    return manager.getRepository(entity).existsBy({ frameworkId, code });
  }

  async insertItem<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    manager: EntityManager,
    entity: new () => T,
    values: Partial<T> & { frameworkId: string },
  ): Promise<T> {
    this.assertManage(scope);
    const table = entity === (Measure as unknown) ? 'measures' : 'kpi_definitions';
    const position = await this.nextPosition(manager, table, values.frameworkId);
    const repo = manager.getRepository(entity);
    const saved: unknown = await repo.save(repo.create({ ...values, position } as never));
    return saved as T;
  }

  async updateItem<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    manager: EntityManager,
    entity: new () => T,
    item: T,
    values: Partial<T>,
  ): Promise<T> {
    this.assertManage(scope);
    await manager.getRepository(entity).update({ id: item.id } as never, values as never);
    return manager.getRepository(entity).findOneByOrFail({ id: item.id } as never);
  }

  /** The ids of a version's directions, measures or KPIs in display order, with each item's direction. */
  async sequence(
    scope: AccessScope,
    manager: EntityManager,
    table: OrderedTable,
    frameworkId: string,
  ): Promise<{ id: string; directionId: string | null }[]> {
    this.assertManage(scope);
    const direction = table === 'directions' ? 'NULL::uuid' : 'direction_id';
    return manager.query(
      `SELECT id, ${direction} AS "directionId" FROM ${table} WHERE framework_id = $1 ORDER BY position, code`,
      [frameworkId],
    );
  }

  /** Numbers a version's rows 1…n in the given order (rows already in their place are not written). */
  async renumber(
    scope: AccessScope,
    manager: EntityManager,
    table: OrderedTable,
    frameworkId: string,
    orderedIds: string[],
  ): Promise<void> {
    this.assertManage(scope);
    await manager.query(
      `UPDATE ${table} t SET position = o.n
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n)
        WHERE t.framework_id = $1 AND t.id = o.id AND t.position <> o.n`,
      [frameworkId, orderedIds],
    );
  }

  async deleteItem<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    manager: EntityManager,
    entity: new () => T,
    item: T,
  ): Promise<void> {
    this.assertManage(scope);
    await manager.getRepository(entity).delete({ id: item.id } as never);
  }
}
