import { Injectable } from '@nestjs/common';
import type { FrameworkTreeResponse, ReorderDirectionsDto, ReorderItemsDto } from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import { describeOrderProblem, orderProblem, reorderWithin } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { CatalogueDraftWriter } from './catalogue-draft-writer';
import { toTreeResponse } from './catalogue.mapper';
import { CatalogueRepository, type OrderedTable } from './catalogue.repository';
import type { Framework } from './framework.entity';

/**
 * The display order of a draft: its directions, and the measures (or KPIs) within one direction. The order is one
 * `position` sequence per version, renumbered 1…n on every change, which is also the row order of an export, so an
 * export → import round trip keeps it. Same write discipline as every other draft edit (locked draft, expected
 * revision, audit event, the freeze triggers behind it).
 */
@Injectable()
export class CatalogueOrderService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly writer: CatalogueDraftWriter,
  ) {}

  reorderDirections(
    scope: AccessScope,
    frameworkId: string,
    dto: ReorderDirectionsDto,
  ): Promise<FrameworkTreeResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      const current = (await this.catalogue.sequence(scope, m, 'directions', draft.id)).map((d) => d.id);
      this.requirePermutation('directionIds', current, dto.directionIds, 'directions of this version');
      return this.apply(scope, m, draft, {
        table: 'directions',
        before: current,
        after: dto.directionIds,
        group: { before: current, after: dto.directionIds },
        audit: { action: 'directions-reordered', entityType: 'framework', entityId: draft.id },
      });
    });
  }

  reorderItems(
    scope: AccessScope,
    frameworkId: string,
    directionId: string,
    dto: ReorderItemsDto,
  ): Promise<FrameworkTreeResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      const direction = await this.catalogue.findDirection(scope, m, draft.id, { id: directionId });
      if (!direction) throw AppException.notFound('Direction');
      const table: OrderedTable = draft.kind === 'measures' ? 'measures' : 'kpi_definitions';
      const sequence = await this.catalogue.sequence(scope, m, table, draft.id);
      const inDirection = sequence.filter((item) => item.directionId === direction.id).map((item) => item.id);
      const what = `${draft.kind === 'measures' ? 'measures' : 'KPIs'} of direction ${direction.code}`;
      this.requirePermutation('itemIds', inDirection, dto.itemIds, what);
      const current = sequence.map((item) => item.id);
      return this.apply(scope, m, draft, {
        table,
        before: current,
        after: reorderWithin(current, dto.itemIds),
        group: { before: inDirection, after: dto.itemIds },
        audit: {
          action: draft.kind === 'measures' ? 'measures-reordered' : 'kpis-reordered',
          entityType: 'direction',
          entityId: direction.id,
        },
      });
    });
  }

  private requirePermutation(field: string, current: string[], proposed: string[], what: string): void {
    const problem = orderProblem(current, proposed);
    if (problem) {
      throw AppException.validation([
        {
          field,
          reason: `${field} ${describeOrderProblem(problem, what)}`,
          constraint: 'not-a-permutation',
        },
      ]);
    }
  }

  /**
   * Writes the new order of the whole sequence (if it differs), bumps the revision and records the change with the
   * codes of the reordered group before and after; answers the new tree.
   */
  private async apply(
    scope: AccessScope,
    m: EntityManager,
    draft: Framework,
    change: {
      table: OrderedTable;
      before: string[];
      after: string[];
      group: { before: string[]; after: string[] };
      audit: { action: string; entityType: string; entityId: string };
    },
  ): Promise<FrameworkTreeResponse> {
    if (change.after.every((id, i) => id === change.before[i])) {
      return toTreeResponse(draft, await this.catalogue.loadContent(scope, draft, m));
    }
    await this.catalogue.renumber(scope, m, change.table, draft.id, change.after);
    const framework = await this.catalogue.touch(scope, m, draft);
    const content = await this.catalogue.loadContent(scope, framework, m);
    const codes = new Map(
      [...content.directions, ...content.measures, ...content.kpis].map((row) => [row.id, row.code]),
    );
    const codesOf = (ids: string[]) => ids.map((id) => codes.get(id));
    const { action, entityType, entityId } = change.audit;
    await this.writer.record(
      m,
      scope,
      action,
      entityType,
      entityId,
      { frameworkId: draft.id, order: codesOf(change.group.before) },
      { frameworkId: draft.id, order: codesOf(change.group.after) },
    );
    return toTreeResponse(framework, content);
  }
}
