import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ApplyRoadmapImportDto,
  ROADMAP_IMPORT_FILE_FIELD,
  ROADMAP_IMPORT_MAX_BYTES,
  RoadmapImportResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { attachment } from '../../common/attachment';
import { RoadmapSheetsService, type UploadedWorkbook } from './roadmap-sheets.service';

const ORG = { organizationParam: 'orgId' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UPLOAD = FileInterceptor(ROADMAP_IMPORT_FILE_FIELD, {
  limits: { fileSize: ROADMAP_IMPORT_MAX_BYTES, files: 1, fields: 5 },
  defParamCharset: 'utf8',
});

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps/:roadmapId')
export class RoadmapSheetsController {
  constructor(private readonly sheets: RoadmapSheetsService) {}

  @Get('export.xlsx')
  @RequirePermission('roadmaps.read', ORG)
  @ApiOperation({
    summary: 'The roadmap as an XLSX workbook (items, budget, measure list) to edit and re-upload',
  })
  @ApiProduces(XLSX)
  async export(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<StreamableFile> {
    const file = await this.sheets.export(scope, orgId, roadmapId);
    return attachment(file.content, { type: XLSX, length: file.content.length, fileName: file.fileName });
  }

  @Post('imports')
  @RequirePermission('roadmaps.edit', ORG)
  @UseInterceptors(UPLOAD)
  @HttpCode(201)
  @ApiOperation({ summary: 'Upload an edited workbook: a per-row preview (nothing is written until apply)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [ROADMAP_IMPORT_FILE_FIELD],
      properties: { [ROADMAP_IMPORT_FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiResponse({ status: 201, schema: { $ref: '#/components/schemas/RoadmapImportResponse' } })
  @ApiResponse({ status: 'default', schema: { $ref: '#/components/schemas/ErrorResponse' } })
  preview(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @UploadedFile() file: UploadedWorkbook | undefined,
  ): Promise<RoadmapImportResponse> {
    return this.sheets.preview(scope, orgId, roadmapId, file);
  }

  @Get('imports/:importId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({ summary: 'An uploaded workbook and its preview', response: RoadmapImportResponse })
  get(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('importId') importId: string,
  ): Promise<RoadmapImportResponse> {
    return this.sheets.get(scope, orgId, roadmapId, importId);
  }

  @Post('imports/:importId/apply')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary:
      'Apply every change at once (409 if the roadmap changed since the preview, 400 if a row is invalid)',
    body: ApplyRoadmapImportDto,
    response: RoadmapImportResponse,
  })
  apply(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('importId') importId: string,
    @Body() dto: ApplyRoadmapImportDto,
  ): Promise<RoadmapImportResponse> {
    return this.sheets.apply(scope, orgId, roadmapId, importId, dto.baseRevision);
  }
}
