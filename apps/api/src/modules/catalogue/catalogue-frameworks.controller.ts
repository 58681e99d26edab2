import { Body, Controller, Delete, Get, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CatalogueDiffResponse,
  CreateDraftDto,
  ExportFrameworkQueryDto,
  FrameworkListResponse,
  FrameworkResponse,
  FrameworkTreeResponse,
  ListFrameworksQueryDto,
  PublishFrameworkDto,
  RetireFrameworkDto,
  UpdateFrameworkDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CatalogueDraftsService } from './catalogue-drafts.service';
import { CatalogueService } from './catalogue.service';

/**
 * Framework versions. The catalogue is ministry-wide reference data, not tenant data: reading needs
 * `catalogue.read` (drafts are visible to catalogue admins only), every change `catalogue.manage`.
 */
@ApiTags('catalogue')
@Controller('catalogue/frameworks')
export class CatalogueFrameworksController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly drafts: CatalogueDraftsService,
  ) {}

  @Get()
  @RequirePermission('catalogue.read')
  @ApiContract({ summary: 'List and search framework versions', response: FrameworkListResponse })
  list(@Scope() scope: AccessScope, @Query() query: ListFrameworksQueryDto): Promise<FrameworkListResponse> {
    return this.catalogue.list(scope, query);
  }

  @Get(':id')
  @RequirePermission('catalogue.read')
  @ApiContract({
    summary: 'A version with its directions and their measures or KPIs',
    response: FrameworkTreeResponse,
  })
  tree(@Scope() scope: AccessScope, @Param('id') id: string): Promise<FrameworkTreeResponse> {
    return this.catalogue.tree(scope, id);
  }

  @Get(':fromId/diff/:toId')
  @RequirePermission('catalogue.read')
  @ApiContract({
    summary: 'What changed from one version to another: added, removed, reworded, moved, re-kinded items',
    response: CatalogueDiffResponse,
  })
  diff(
    @Scope() scope: AccessScope,
    @Param('fromId') fromId: string,
    @Param('toId') toId: string,
  ): Promise<CatalogueDiffResponse> {
    return this.catalogue.diff(scope, fromId, toId);
  }

  @Get(':id/export')
  @RequirePermission('catalogue.read')
  @ApiOperation({
    summary: 'Download a version as JSON, CSV or XLSX (the import format: it imports back unchanged)',
  })
  @ApiProduces(
    'application/json',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async export(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Query() query: ExportFrameworkQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.catalogue.export(scope, id, query.format ?? 'json');
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.body.length,
    });
  }

  @Post(':id/drafts')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Start a new edition: a draft copying a published version',
    body: CreateDraftDto,
    response: FrameworkResponse,
    status: 201,
  })
  createDraft(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Body() dto: CreateDraftDto,
  ): Promise<FrameworkResponse> {
    return this.drafts.createDraft(scope, id, dto);
  }

  @Patch(':id')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: "Change a draft's edition, titles or provenance",
    body: UpdateFrameworkDto,
    response: FrameworkResponse,
  })
  update(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Body() dto: UpdateFrameworkDto,
  ): Promise<FrameworkResponse> {
    return this.drafts.updateFramework(scope, id, dto);
  }

  @Delete(':id')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: 'Delete a draft' })
  remove(@Scope() scope: AccessScope, @Param('id') id: string): Promise<void> {
    return this.drafts.deleteDraft(scope, id);
  }

  @Post(':id/publish')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Publish a draft; from then on it is immutable',
    body: PublishFrameworkDto,
    response: FrameworkResponse,
  })
  publish(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Body() dto: PublishFrameworkDto,
  ): Promise<FrameworkResponse> {
    return this.drafts.publish(scope, id, dto);
  }

  @Post(':id/retire')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Retire a published version',
    body: RetireFrameworkDto,
    response: FrameworkResponse,
  })
  retire(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Body() dto: RetireFrameworkDto,
  ): Promise<FrameworkResponse> {
    return this.drafts.retire(scope, id, dto);
  }
}
