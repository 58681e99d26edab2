import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Put,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AgreementFileResponse,
  ApplicationCommentListResponse,
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  CreateApplicationCommentDto,
  DecideApplicationDto,
  ItemAcceptanceListResponse,
  SetChecklistAnswersDto,
  SetItemAcceptanceDto,
  SignAgreementDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { attachment } from '../../common/attachment';
import { ApplicationAgreementsService, type UploadedAgreementFile } from './application-agreements.service';
import { ApplicationReviewsService } from './application-reviews.service';

const ORG = { organizationParam: 'orgId' };

/**
 * Reviewing an application and signing its agreement. The decision is a workflow move: it declares
 * `applications.read` and the domain workflow says who may take it at which stage (403 with the reason otherwise).
 */
@ApiTags('applications')
@Controller('organizations/:orgId/applications/:applicationId')
export class ApplicationReviewsController {
  constructor(
    private readonly reviews: ApplicationReviewsService,
    private readonly agreements: ApplicationAgreementsService,
  ) {}

  @Post('decision')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Decide the current stage: pass (approve at the ministry), request changes or reject',
    body: DecideApplicationDto,
    response: ApplicationDetailResponse,
  })
  decide(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: DecideApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    return this.reviews.decide(scope, orgId, applicationId, dto);
  }

  @Put('checklist')
  @RequirePermission('applications.review', ORG)
  @ApiContract({
    summary: "Answer the campaign's checklist for the current stage",
    body: SetChecklistAnswersDto,
    response: ApplicationDetailResponse,
  })
  checklist(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: SetChecklistAnswersDto,
  ): Promise<ApplicationDetailResponse> {
    return this.reviews.setChecklist(scope, orgId, applicationId, dto);
  }

  @Get('comments')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: "Reviewers' comments, oldest first (item-anchored ones carry itemId)",
    response: ApplicationCommentListResponse,
  })
  comments(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<ApplicationCommentListResponse> {
    return this.reviews.comments(scope, orgId, applicationId);
  }

  @Post('comments')
  @RequirePermission('applications.review', ORG)
  @ApiContract({
    summary: 'Comment on the application or on one roadmap item of the current snapshot',
    body: CreateApplicationCommentDto,
    response: ApplicationCommentResponse,
    status: 201,
  })
  comment(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: CreateApplicationCommentDto,
  ): Promise<ApplicationCommentResponse> {
    return this.reviews.comment(scope, orgId, applicationId, dto);
  }

  @Get('acceptances')
  @RequirePermission('applications.read', ORG)
  @ApiContract({ summary: 'Items accepted in the current snapshot', response: ItemAcceptanceListResponse })
  acceptances(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<ItemAcceptanceListResponse> {
    return this.reviews.acceptances(scope, orgId, applicationId);
  }

  @Put('acceptances')
  @RequirePermission('applications.review', ORG)
  @ApiContract({
    summary: 'Accept or un-accept items of the current snapshot',
    body: SetItemAcceptanceDto,
    response: ItemAcceptanceListResponse,
  })
  setAcceptance(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: SetItemAcceptanceDto,
  ): Promise<ItemAcceptanceListResponse> {
    return this.reviews.setAcceptance(scope, orgId, applicationId, dto);
  }

  @Post('agreement/file')
  @RequirePermission('applications.manage', ORG)
  @UseInterceptors(FileInterceptor('file', { defParamCharset: 'utf8' }))
  @ApiOperation({ summary: 'Upload the signed agreement of an approved application (multipart "file")' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 201, type: AgreementFileResponse })
  uploadAgreement(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @UploadedFile() file: UploadedAgreementFile | undefined,
  ): Promise<AgreementFileResponse> {
    return this.agreements.uploadFile(scope, orgId, applicationId, file);
  }

  @Post('agreement')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Record the signed agreement: status agreement_signed',
    body: SignAgreementDto,
    response: ApplicationDetailResponse,
  })
  sign(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: SignAgreementDto,
  ): Promise<ApplicationDetailResponse> {
    return this.agreements.sign(scope, orgId, applicationId, dto);
  }

  @Get('agreement/file')
  @RequirePermission('applications.read', ORG)
  @ApiOperation({ summary: 'Download the signed agreement' })
  @ApiProduces('application/octet-stream')
  async downloadAgreement(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<StreamableFile> {
    const file = await this.agreements.download(scope, orgId, applicationId);
    return attachment(file.stream, { type: file.contentType, length: file.size, fileName: file.fileName });
  }
}
