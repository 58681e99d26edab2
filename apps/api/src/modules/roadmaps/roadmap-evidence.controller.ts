import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateEvidenceDto,
  EVIDENCE_FILE_FIELD,
  EvidenceListResponse,
  EvidenceWriteResponse,
  RoadmapRevisionResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { attachment } from '../../common/attachment';
import { RoadmapEvidenceService, type UploadedEvidenceFile } from './roadmap-evidence.service';

const ORG = { organizationParam: 'orgId' };
// Size limit: the module's multer options (EVIDENCE_MAX_BYTES). Browsers send non-ASCII names as UTF-8.
const UPLOAD = FileInterceptor(EVIDENCE_FILE_FIELD, {
  defParamCharset: 'utf8',
});

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    properties: {
      [EVIDENCE_FILE_FIELD]: { type: 'string', format: 'binary' },
      url: { type: 'string' },
      title: { type: 'string' },
    },
  },
};

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps/:roadmapId')
export class RoadmapEvidenceController {
  constructor(private readonly evidence: RoadmapEvidenceService) {}

  @Post('items/:itemId/evidence')
  @RequirePermission('roadmaps.edit', ORG)
  @UseInterceptors(UPLOAD)
  @ApiOperation({ summary: 'Attach evidence to an item: a file (multipart "file") or a link ("url")' })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(UPLOAD_BODY)
  @ApiResponse({ status: 201, type: EvidenceWriteResponse })
  addToItem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('itemId') itemId: string,
    @Body() dto: CreateEvidenceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceWriteResponse> {
    return this.evidence.add(scope, orgId, roadmapId, { itemId }, dto, file);
  }

  @Get('items/:itemId/evidence')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: "An item's evidence", response: EvidenceListResponse })
  listForItem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('itemId') itemId: string,
  ): Promise<EvidenceListResponse> {
    return this.evidence.list(scope, orgId, roadmapId, { itemId });
  }

  @Post('problems/:problemId/evidence')
  @RequirePermission('roadmaps.edit', ORG)
  @UseInterceptors(UPLOAD)
  @ApiOperation({ summary: 'Attach evidence to a problem: a file (multipart "file") or a link ("url")' })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(UPLOAD_BODY)
  @ApiResponse({ status: 201, type: EvidenceWriteResponse })
  addToProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('problemId') problemId: string,
    @Body() dto: CreateEvidenceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceWriteResponse> {
    return this.evidence.add(scope, orgId, roadmapId, { problemId }, dto, file);
  }

  @Get('problems/:problemId/evidence')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: "A problem's evidence", response: EvidenceListResponse })
  listForProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('problemId') problemId: string,
  ): Promise<EvidenceListResponse> {
    return this.evidence.list(scope, orgId, roadmapId, { problemId });
  }

  @Get('evidence/:evidenceId/file')
  @RequirePermission('roadmaps.read', ORG)
  @ApiOperation({ summary: 'Download an evidence file (Content-Disposition: attachment)' })
  @ApiProduces('application/octet-stream')
  async download(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('evidenceId') evidenceId: string,
  ): Promise<StreamableFile> {
    const file = await this.evidence.download(scope, orgId, roadmapId, evidenceId);
    return attachment(file.stream, {
      type: file.contentType,
      length: file.sizeBytes,
      fileName: file.fileName,
    });
  }

  @Delete('evidence/:evidenceId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Delete evidence (a file is removed from storage after commit)',
    response: RoadmapRevisionResponse,
  })
  remove(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('evidenceId') evidenceId: string,
  ): Promise<RoadmapRevisionResponse> {
    return this.evidence.remove(scope, orgId, roadmapId, evidenceId);
  }
}
