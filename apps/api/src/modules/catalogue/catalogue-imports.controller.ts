import { Body, Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ApplyImportDto,
  CATALOGUE_IMPORT_FILE_FIELD,
  CATALOGUE_IMPORT_MAX_BYTES,
  CatalogueImportListResponse,
  CatalogueImportResponse,
  FrameworkResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CatalogueImportsService, type UploadedCatalogueFile } from './catalogue-imports.service';

const UPLOAD: MulterOptions & { defParamCharset: string } = {
  limits: { fileSize: CATALOGUE_IMPORT_MAX_BYTES, files: 1, fields: 10 },
  // Browsers send non-ASCII file names as UTF-8 (multer assumes latin1 by default).
  defParamCharset: 'utf8',
};

@ApiTags('catalogue')
@Controller('catalogue/imports')
export class CatalogueImportsController {
  constructor(private readonly imports: CatalogueImportsService) {}

  @Post()
  @RequirePermission('catalogue.manage')
  @UseInterceptors(FileInterceptor(CATALOGUE_IMPORT_FILE_FIELD, UPLOAD))
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Upload a JSON, CSV or XLSX catalogue file (up to 5 MB); it is checked by a queued job — poll it',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [CATALOGUE_IMPORT_FILE_FIELD],
      properties: { [CATALOGUE_IMPORT_FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiResponse({ status: 202, schema: { $ref: '#/components/schemas/CatalogueImportResponse' } })
  @ApiResponse({ status: 'default', schema: { $ref: '#/components/schemas/ErrorResponse' } })
  upload(
    @Scope() scope: AccessScope,
    @UploadedFile() file: UploadedCatalogueFile | undefined,
  ): Promise<CatalogueImportResponse> {
    return this.imports.upload(scope, file);
  }

  @Get()
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'The latest imports (without errors and previews)',
    response: CatalogueImportListResponse,
  })
  list(@Scope() scope: AccessScope): Promise<CatalogueImportListResponse> {
    return this.imports.list(scope);
  }

  @Get(':id')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'An import: status and progress, row errors, or the preview of changes',
    response: CatalogueImportResponse,
  })
  get(@Scope() scope: AccessScope, @Param('id') id: string): Promise<CatalogueImportResponse> {
    return this.imports.get(scope, id);
  }

  @Post(':id/apply')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Write a validated import as a draft version (all or nothing)',
    body: ApplyImportDto,
    response: FrameworkResponse,
    status: 201,
  })
  apply(
    @Scope() scope: AccessScope,
    @Param('id') id: string,
    @Body() dto: ApplyImportDto,
  ): Promise<FrameworkResponse> {
    return this.imports.apply(scope, id, dto);
  }
}
