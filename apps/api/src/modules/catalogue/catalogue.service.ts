import { Injectable } from '@nestjs/common';
import type {
  CatalogueDiffResponse,
  FrameworkListResponse,
  FrameworkTreeResponse,
  KpiSearchResponse,
  ListFrameworksQueryDto,
  MeasureSearchResponse,
  SearchKpisQueryDto,
  SearchMeasuresQueryDto,
} from '@smartcity/contracts';
import type { AccessScope, CatalogueFileFormat } from '@smartcity/domain';
import { diffCatalogues } from '@smartcity/domain';

import { AppException } from '../../common/app.exception';
import { documentOf } from './catalogue-content';
import { CatalogueFileCodec, type EncodedFile } from './catalogue-file-codec';
import { CatalogueSearchRepository } from './catalogue-search.repository';
import {
  toDiffResponse,
  toFrameworkResponse,
  toKpiResponse,
  toMeasureResponse,
  toTreeResponse,
} from './catalogue.mapper';
import { CatalogueRepository } from './catalogue.repository';
import type { Framework } from './framework.entity';

const NO_COUNTS = { directions: 0, measures: 0, kpis: 0 };
const DEFAULT_PAGE = 50;

/** Reading the catalogue: lists, version trees, comparisons, exports and search. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly search: CatalogueSearchRepository,
    private readonly files: CatalogueFileCodec,
  ) {}

  async list(scope: AccessScope, query: ListFrameworksQueryDto): Promise<FrameworkListResponse> {
    const frameworks = await this.catalogue.listFrameworks(scope, query);
    const counts = await this.catalogue.counts(
      scope,
      frameworks.map((f) => f.id),
    );
    return { items: frameworks.map((f) => toFrameworkResponse(f, counts.get(f.id) ?? NO_COUNTS)) };
  }

  async tree(scope: AccessScope, id: string): Promise<FrameworkTreeResponse> {
    const framework = await this.require(scope, id);
    return toTreeResponse(framework, await this.catalogue.loadContent(scope, framework));
  }

  /** What changed from version `fromId` to version `toId` (any two versions of the same kind). */
  async diff(scope: AccessScope, fromId: string, toId: string): Promise<CatalogueDiffResponse> {
    const from = await this.require(scope, fromId);
    const to = await this.require(scope, toId);
    if (from.kind !== to.kind) {
      throw new AppException(
        'catalogue.kind-mismatch',
        `${from.code} v${from.version} holds ${from.kind} and ${to.code} v${to.version} holds ${to.kind}; ` +
          'only versions of the same kind can be compared',
      );
    }
    const [before, after] = [
      documentOf(from, await this.catalogue.loadContent(scope, from)),
      documentOf(to, await this.catalogue.loadContent(scope, to)),
    ];
    return toDiffResponse(diffCatalogues(before, after), from, to);
  }

  async export(
    scope: AccessScope,
    id: string,
    format: CatalogueFileFormat,
  ): Promise<EncodedFile & { fileName: string }> {
    const framework = await this.require(scope, id);
    const document = documentOf(framework, await this.catalogue.loadContent(scope, framework));
    const file = await this.files.write(format, document);
    const base = `${framework.code}-v${framework.version}`.replace(/[^A-Za-z0-9._-]+/g, '-');
    return { ...file, fileName: `${base}.${file.extension}` };
  }

  async searchMeasures(scope: AccessScope, query: SearchMeasuresQueryDto): Promise<MeasureSearchResponse> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const page = await this.search.searchMeasures(scope, { ...query, limit, offset });
    return {
      items: page.hits.map(({ item, context }) => ({
        ...toMeasureResponse(item, context.directionCode),
        ...context,
      })),
      total: page.total,
      limit,
      offset,
    };
  }

  async searchKpis(scope: AccessScope, query: SearchKpisQueryDto): Promise<KpiSearchResponse> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const page = await this.search.searchKpis(scope, { ...query, limit, offset });
    return {
      items: page.hits.map(({ item, context }) => ({
        ...toKpiResponse(item, context.directionCode),
        ...context,
      })),
      total: page.total,
      limit,
      offset,
    };
  }

  private async require(scope: AccessScope, id: string): Promise<Framework> {
    const framework = await this.catalogue.findFramework(scope, id);
    if (!framework) throw AppException.notFound('Framework version');
    return framework;
  }
}
