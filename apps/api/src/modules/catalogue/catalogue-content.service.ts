import { Injectable } from '@nestjs/common';
import type {
  CreateDirectionDto,
  CreateKpiDto,
  CreateMeasureDto,
  DirectionResponse,
  FieldError,
  KpiResponse,
  MeasureResponse,
  UpdateDirectionDto,
  UpdateKpiDto,
  UpdateMeasureDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { CatalogueDraftWriter, changesOf, requireTitle } from './catalogue-draft-writer';
import { toDirectionResponse, toKpiResponse, toMeasureResponse } from './catalogue.mapper';
import { CatalogueRepository } from './catalogue.repository';
import { Direction } from './direction.entity';
import type { Framework } from './framework.entity';
import { KpiDefinition } from './kpi-definition.entity';
import { Measure } from './measure.entity';

function checkApplicability(
  rule: { minPopulation: number | null; regionalCapitals: boolean } | null | undefined,
) {
  if (rule && rule.minPopulation === null && !rule.regionalCapitals) {
    throw AppException.validation([
      {
        field: 'applicability',
        reason:
          'a rule with no population bound and no regional capitals applies to nobody; send null instead',
        constraint: 'applies-to-nobody',
      },
    ]);
  }
}

/** A draft's directions, measures and KPIs: add, change (incl. move to another direction) and delete. */
@Injectable()
export class CatalogueContentService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly writer: CatalogueDraftWriter,
  ) {}

  // ------------------------------------------------------------------------------------------- directions

  addDirection(scope: AccessScope, frameworkId: string, dto: CreateDirectionDto): Promise<DirectionResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      requireTitle(dto.titleRu, dto.titleEn);
      await this.refuseTakenCode(scope, m, Direction, draft, dto.code);
      const direction = await this.catalogue.insertDirection(scope, m, draft, {
        code: dto.code,
        titleRu: dto.titleRu ?? null,
        titleEn: dto.titleEn ?? null,
      });
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(m, scope, 'direction-added', 'direction', direction.id, null, {
        frameworkId,
        code: direction.code,
        titleRu: direction.titleRu,
        titleEn: direction.titleEn,
      });
      return toDirectionResponse(direction);
    });
  }

  updateDirection(
    scope: AccessScope,
    frameworkId: string,
    directionId: string,
    dto: UpdateDirectionDto,
  ): Promise<DirectionResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      const direction = await this.requireDirection(scope, m, draft, directionId);
      const patch = { titleRu: dto.titleRu, titleEn: dto.titleEn };
      requireTitle(
        patch.titleRu === undefined ? direction.titleRu : patch.titleRu,
        patch.titleEn === undefined ? direction.titleEn : patch.titleEn,
      );
      const changes = changesOf(direction, patch);
      const updated = await this.catalogue.updateDirection(scope, m, direction, changes.after);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(
        m,
        scope,
        'direction-updated',
        'direction',
        direction.id,
        changes.before,
        changes.after,
      );
      return toDirectionResponse(updated);
    });
  }

  deleteDirection(scope: AccessScope, frameworkId: string, directionId: string): Promise<void> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId);
      const direction = await this.requireDirection(scope, m, draft, directionId);
      const items = await this.catalogue.countInDirection(scope, m, direction);
      if (items > 0) {
        throw new AppException(
          'catalogue.direction-not-empty',
          `Direction ${direction.code} still holds ${items} item(s); move or delete them first`,
        );
      }
      await this.catalogue.deleteDirection(scope, m, direction);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(m, scope, 'direction-removed', 'direction', direction.id, {
        frameworkId,
        code: direction.code,
      });
    });
  }

  // ------------------------------------------------------------------------------------------- measures

  addMeasure(scope: AccessScope, frameworkId: string, dto: CreateMeasureDto): Promise<MeasureResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      this.requireKind(draft, 'measures');
      requireTitle(dto.titleRu, dto.titleEn);
      checkApplicability(dto.applicability);
      const direction = await this.directionByCode(scope, m, draft, dto.directionCode);
      await this.refuseTakenCode(scope, m, Measure, draft, dto.code);
      const measure = await this.catalogue.insertItem(scope, m, Measure, {
        frameworkId: draft.id,
        directionId: direction.id,
        code: dto.code,
        officialNumber: dto.officialNumber ?? null,
        kind: dto.kind,
        titleRu: dto.titleRu ?? null,
        titleEn: dto.titleEn ?? null,
        descriptionRu: dto.descriptionRu ?? null,
        descriptionEn: dto.descriptionEn ?? null,
        deadlineYear: dto.deadlineYear ?? null,
        applicability: dto.applicability
          ? {
              minPopulation: dto.applicability.minPopulation ?? null,
              regionalCapitals: dto.applicability.regionalCapitals,
            }
          : null,
        provenance: dto.provenance,
        provenanceNote: dto.provenanceNote ?? null,
        sources: dto.sources ?? [],
      });
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(
        m,
        scope,
        'measure-added',
        'measure',
        measure.id,
        null,
        toMeasureResponse(measure, direction.code),
      );
      return toMeasureResponse(measure, direction.code);
    });
  }

  updateMeasure(
    scope: AccessScope,
    frameworkId: string,
    measureId: string,
    dto: UpdateMeasureDto,
  ): Promise<MeasureResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      const measure = await this.requireItem(scope, m, Measure, draft, measureId, 'Measure');
      const direction = dto.directionCode
        ? await this.directionByCode(scope, m, draft, dto.directionCode)
        : null;
      if (dto.code !== undefined && dto.code !== measure.code) {
        await this.refuseTakenCode(scope, m, Measure, draft, dto.code);
      }
      checkApplicability(dto.applicability);
      const patch: Partial<Measure> = {
        code: dto.code,
        officialNumber: dto.officialNumber,
        directionId: direction?.id,
        kind: dto.kind,
        titleRu: dto.titleRu,
        titleEn: dto.titleEn,
        descriptionRu: dto.descriptionRu,
        descriptionEn: dto.descriptionEn,
        deadlineYear: dto.deadlineYear,
        applicability:
          dto.applicability === undefined
            ? undefined
            : dto.applicability && {
                minPopulation: dto.applicability.minPopulation ?? null,
                regionalCapitals: dto.applicability.regionalCapitals,
              },
        provenance: dto.provenance,
        provenanceNote: dto.provenanceNote,
        sources: dto.sources,
      };
      requireTitle(
        patch.titleRu === undefined ? measure.titleRu : patch.titleRu,
        patch.titleEn === undefined ? measure.titleEn : patch.titleEn,
      );
      const changes = changesOf(measure, patch);
      const updated = await this.catalogue.updateItem(scope, m, Measure, measure, changes.after);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(
        m,
        scope,
        'measure-updated',
        'measure',
        measure.id,
        changes.before,
        changes.after,
      );
      const codes = await this.catalogue.directionCodes(scope, m, draft.id);
      return toMeasureResponse(updated, codes.get(updated.directionId)!);
    });
  }

  deleteMeasure(scope: AccessScope, frameworkId: string, measureId: string): Promise<void> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId);
      const measure = await this.requireItem(scope, m, Measure, draft, measureId, 'Measure');
      await this.catalogue.deleteItem(scope, m, Measure, measure);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(m, scope, 'measure-removed', 'measure', measure.id, {
        frameworkId,
        code: measure.code,
        titleRu: measure.titleRu,
        titleEn: measure.titleEn,
      });
    });
  }

  // ------------------------------------------------------------------------------------------- KPIs

  addKpi(scope: AccessScope, frameworkId: string, dto: CreateKpiDto): Promise<KpiResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      this.requireKind(draft, 'kpis');
      requireTitle(dto.titleRu, dto.titleEn);
      const direction = await this.directionByCode(scope, m, draft, dto.directionCode);
      await this.refuseTakenCode(scope, m, KpiDefinition, draft, dto.code);
      const kpi = await this.catalogue.insertItem(scope, m, KpiDefinition, {
        frameworkId: draft.id,
        directionId: direction.id,
        code: dto.code,
        subDimension: dto.subDimension ?? null,
        category: dto.category ?? null,
        titleRu: dto.titleRu ?? null,
        titleEn: dto.titleEn ?? null,
        descriptionRu: dto.descriptionRu ?? null,
        descriptionEn: dto.descriptionEn ?? null,
        unit: dto.unit ?? null,
        tier: dto.tier ?? null,
        better: dto.better ?? null,
        provenance: dto.provenance,
        provenanceNote: dto.provenanceNote ?? null,
        sources: dto.sources ?? [],
      });
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(
        m,
        scope,
        'kpi-added',
        'kpi',
        kpi.id,
        null,
        toKpiResponse(kpi, direction.code),
      );
      return toKpiResponse(kpi, direction.code);
    });
  }

  updateKpi(scope: AccessScope, frameworkId: string, kpiId: string, dto: UpdateKpiDto): Promise<KpiResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId, dto.expectedRevision);
      const kpi = await this.requireItem(scope, m, KpiDefinition, draft, kpiId, 'KPI');
      const direction = dto.directionCode
        ? await this.directionByCode(scope, m, draft, dto.directionCode)
        : null;
      if (dto.code !== undefined && dto.code !== kpi.code) {
        await this.refuseTakenCode(scope, m, KpiDefinition, draft, dto.code);
      }
      const patch: Partial<KpiDefinition> = {
        code: dto.code,
        directionId: direction?.id,
        subDimension: dto.subDimension,
        category: dto.category,
        titleRu: dto.titleRu,
        titleEn: dto.titleEn,
        descriptionRu: dto.descriptionRu,
        descriptionEn: dto.descriptionEn,
        unit: dto.unit,
        tier: dto.tier,
        better: dto.better,
        provenance: dto.provenance,
        provenanceNote: dto.provenanceNote,
        sources: dto.sources,
      };
      requireTitle(
        patch.titleRu === undefined ? kpi.titleRu : patch.titleRu,
        patch.titleEn === undefined ? kpi.titleEn : patch.titleEn,
      );
      const changes = changesOf(kpi, patch);
      const updated = await this.catalogue.updateItem(scope, m, KpiDefinition, kpi, changes.after);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(m, scope, 'kpi-updated', 'kpi', kpi.id, changes.before, changes.after);
      const codes = await this.catalogue.directionCodes(scope, m, draft.id);
      return toKpiResponse(updated, codes.get(updated.directionId)!);
    });
  }

  deleteKpi(scope: AccessScope, frameworkId: string, kpiId: string): Promise<void> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, frameworkId);
      const kpi = await this.requireItem(scope, m, KpiDefinition, draft, kpiId, 'KPI');
      await this.catalogue.deleteItem(scope, m, KpiDefinition, kpi);
      await this.catalogue.touch(scope, m, draft);
      await this.writer.record(m, scope, 'kpi-removed', 'kpi', kpi.id, {
        frameworkId,
        code: kpi.code,
        titleRu: kpi.titleRu,
        titleEn: kpi.titleEn,
      });
    });
  }

  // ------------------------------------------------------------------------------------------- helpers

  private requireKind(framework: Framework, kind: 'measures' | 'kpis'): void {
    if (framework.kind !== kind) {
      throw new AppException(
        'catalogue.kind-mismatch',
        framework.kind === 'kpis'
          ? `${framework.code} is a KPI framework: add KPIs, not measures`
          : `${framework.code} is a measures framework: add measures, not KPIs`,
      );
    }
  }

  private async refuseTakenCode(
    scope: AccessScope,
    m: EntityManager,
    entity: typeof Direction | typeof Measure | typeof KpiDefinition,
    draft: Framework,
    code: string,
  ): Promise<void> {
    if (await this.catalogue.codeTaken(scope, m, entity, draft.id, code)) {
      throw new AppException('catalogue.code-taken', `Code ${code} is already used in this version`, {
        fields: [
          { field: 'code', reason: `code ${code} is already used in this version`, constraint: 'code-taken' },
        ] satisfies FieldError[],
      });
    }
  }

  private async directionByCode(scope: AccessScope, m: EntityManager, draft: Framework, code: string) {
    const direction = await this.catalogue.findDirection(scope, m, draft.id, { code });
    if (!direction) {
      throw AppException.validation([
        {
          field: 'directionCode',
          reason: `this version has no direction ${code}`,
          constraint: 'unknown-direction',
          params: { direction: code },
        },
      ]);
    }
    return direction;
  }

  private async requireDirection(scope: AccessScope, m: EntityManager, draft: Framework, id: string) {
    const direction = await this.catalogue.findDirection(scope, m, draft.id, { id });
    if (!direction) throw AppException.notFound('Direction');
    return direction;
  }

  private async requireItem<T extends Measure | KpiDefinition>(
    scope: AccessScope,
    m: EntityManager,
    entity: new () => T,
    draft: Framework,
    id: string,
    what: string,
  ): Promise<T> {
    const item = await this.catalogue.findItem(scope, m, entity, draft.id, id);
    if (!item) throw AppException.notFound(what);
    return item;
  }
}
