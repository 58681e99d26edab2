import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@smartcity/domain';
import { ApplicationDocumentsResponse } from '@smartcity/contracts';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { attachment } from '../../common/attachment';
import { DocumentsService } from './documents.service';

const ORG = { organizationParam: 'orgId' };

@ApiTags('applications')
@Controller('organizations/:orgId/applications/:applicationId/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary:
      "The application's PDF documents (submitted application, decision letters) and their render status",
    response: ApplicationDocumentsResponse,
  })
  list(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<ApplicationDocumentsResponse> {
    return this.documents.list(scope, orgId, applicationId);
  }

  @Get(':documentId/file')
  @RequirePermission('applications.read', ORG)
  @ApiOperation({ summary: 'Download a rendered PDF (409 documents.not-ready while it renders)' })
  @ApiProduces('application/pdf')
  async download(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Param('documentId') documentId: string,
  ): Promise<StreamableFile> {
    const file = await this.documents.download(scope, orgId, applicationId, documentId);
    return attachment(file.stream, {
      type: 'application/pdf',
      length: file.sizeBytes,
      fileName: file.fileName,
    });
  }
}
