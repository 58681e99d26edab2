import { Injectable } from '@nestjs/common';
import type {
  CreateDraftDto,
  FrameworkResponse,
  PublishFrameworkDto,
  RetireFrameworkDto,
  UpdateFrameworkDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import { frameworkTransitionRefusal, nextFrameworkStatus } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { documentOf } from './catalogue-content';
import { CatalogueDraftWriter, changesOf, requireTitle } from './catalogue-draft-writer';
import { countsOf, toFrameworkResponse } from './catalogue.mapper';
import { CatalogueRepository } from './catalogue.repository';
import type { Framework } from './framework.entity';

/**
 * Versions: a draft as a new edition of a published version, its header, publishing, retiring, deleting a draft.
 * Published versions are immutable; a new edition is a new version.
 */
@Injectable()
export class CatalogueDraftsService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly writer: CatalogueDraftWriter,
    private readonly outbox: OutboxPublisher,
  ) {}

  createDraft(scope: AccessScope, baseId: string, dto: CreateDraftDto): Promise<FrameworkResponse> {
    return this.writer.write(async (m) => {
      const base = await this.catalogue.findFramework(scope, baseId, m, true);
      if (!base) throw AppException.notFound('Framework version');
      if (base.status === 'draft') {
        throw new AppException(
          'catalogue.invalid-transition',
          'A new edition starts from a published version; this one is still a draft',
        );
      }
      await this.refuseSecondDraft(scope, m, base.code);
      const content = await this.catalogue.loadContent(scope, base, m);
      const document = documentOf(base, content);
      const draft = await this.catalogue.insertDraft(scope, m, {
        header: { ...document.framework, edition: dto.edition ?? base.edition },
        basedOnId: base.id,
      });
      await this.catalogue.writeContent(scope, m, draft, document);
      await this.writer.record(m, scope, 'draft-created', 'framework', draft.id, null, {
        code: draft.code,
        version: draft.version,
        edition: draft.edition,
        basedOn: { id: base.id, version: base.version },
      });
      return toFrameworkResponse(draft, countsOf(content));
    });
  }

  updateFramework(scope: AccessScope, id: string, dto: UpdateFrameworkDto): Promise<FrameworkResponse> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, id, dto.expectedRevision);
      const patch: Partial<Framework> = {
        edition: dto.edition,
        titleRu: dto.titleRu,
        titleEn: dto.titleEn,
        descriptionRu: dto.descriptionRu,
        descriptionEn: dto.descriptionEn,
        provenance: dto.provenance
          ? {
              status: dto.provenance.status,
              note: dto.provenance.note ?? null,
              sources: dto.provenance.sources ?? [],
            }
          : undefined,
      };
      requireTitle(
        patch.titleRu === undefined ? draft.titleRu : patch.titleRu,
        patch.titleEn === undefined ? draft.titleEn : patch.titleEn,
      );
      const changes = changesOf(draft, patch);
      const updated = await this.catalogue.touch(scope, m, draft, changes.after);
      await this.writer.record(
        m,
        scope,
        'draft-updated',
        'framework',
        draft.id,
        changes.before,
        changes.after,
      );
      return this.respond(scope, m, updated);
    });
  }

  deleteDraft(scope: AccessScope, id: string): Promise<void> {
    return this.writer.write(async (m) => {
      const draft = await this.writer.lockDraft(scope, m, id);
      await this.catalogue.deleteDraft(scope, m, draft);
      await this.writer.record(m, scope, 'draft-deleted', 'framework', draft.id, {
        code: draft.code,
        version: draft.version,
        edition: draft.edition,
      });
    });
  }

  publish(scope: AccessScope, id: string, dto: PublishFrameworkDto): Promise<FrameworkResponse> {
    return this.writer.write(async (m) => {
      const framework = await this.writer.lockVersion(scope, m, id);
      if (nextFrameworkStatus(framework.status, 'publish') === null) {
        throw new AppException(
          'catalogue.invalid-transition',
          frameworkTransitionRefusal(framework.status, 'publish'),
        );
      }
      this.writer.checkRevision(framework, dto.expectedRevision);
      const content = await this.catalogue.loadContent(scope, framework, m);
      if (content.directions.length === 0) {
        throw new AppException(
          'catalogue.draft-invalid',
          'A version needs at least one direction to be published',
          {
            errors: [
              {
                field: 'directions',
                reason: 'at least one direction is required',
                constraint: 'directions-required',
              },
            ],
          },
        );
      }
      const published = await this.catalogue.setStatus(scope, m, framework, 'published');
      // Roadmaps pinned to this version get their compliance reports recomputed (issue #5), with the publish.
      if (published.kind === 'measures') {
        await this.outbox.publish(m, 'compliance.recompute-framework', { v: 1, frameworkId: published.id });
      }
      await this.writer.record(
        m,
        scope,
        'published',
        'framework',
        id,
        { status: 'draft' },
        {
          status: 'published',
          code: framework.code,
          version: framework.version,
          counts: countsOf(content),
        },
      );
      return toFrameworkResponse(published, countsOf(content));
    });
  }

  retire(scope: AccessScope, id: string, dto: RetireFrameworkDto): Promise<FrameworkResponse> {
    return this.writer.write(async (m) => {
      const framework = await this.writer.lockVersion(scope, m, id);
      if (nextFrameworkStatus(framework.status, 'retire') === null) {
        throw new AppException(
          'catalogue.invalid-transition',
          frameworkTransitionRefusal(framework.status, 'retire'),
        );
      }
      const retired = await this.catalogue.setStatus(scope, m, framework, 'retired');
      await this.writer.record(
        m,
        scope,
        'retired',
        'framework',
        id,
        { status: 'published' },
        {
          status: 'retired',
          reason: dto.reason ?? null,
        },
      );
      return this.respond(scope, m, retired);
    });
  }

  // ------------------------------------------------------------------------------------------- helpers

  private async refuseSecondDraft(scope: AccessScope, m: EntityManager, code: string): Promise<void> {
    const existing = await this.catalogue.findDraft(scope, code, m);
    if (existing) {
      throw new AppException(
        'catalogue.draft-exists',
        `${code} already has a draft (version ${existing.version}); edit, publish or delete it first`,
        { draftId: existing.id },
      );
    }
  }

  private async respond(
    scope: AccessScope,
    m: EntityManager,
    framework: Framework,
  ): Promise<FrameworkResponse> {
    const counts = await this.catalogue.counts(scope, [framework.id], m);
    return toFrameworkResponse(
      framework,
      counts.get(framework.id) ?? { directions: 0, measures: 0, kpis: 0 },
    );
  }
}
