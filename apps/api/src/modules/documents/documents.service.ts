import { Injectable, Logger } from '@nestjs/common';
import type { ApplicationDocumentResponse, ApplicationDocumentsResponse } from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import { can } from '@smartcity/domain';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { Application } from '../applications/application.entities';
import { Organization } from '../organizations/organization.entity';
import { FileStorage, StoredFileMissing } from '../roadmaps/storage/file-storage';
import type { ApplicationDocument } from './document.entity';
import { DocumentsRepository } from './documents.repository';

export type DocumentDownload = { stream: Readable; fileName: string; sizeBytes: number };

const FILE_NAMES = { application: 'zayavka', decision_letter: 'reshenie' } as const;

/** Lists and downloads an application's documents, for whoever may read the application. */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsRepository,
    private readonly storage: FileStorage,
  ) {}

  async list(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<ApplicationDocumentsResponse> {
    await this.requireApplication(scope, orgId, applicationId);
    const rows = await this.documents.listForApplication(applicationId);
    return { items: rows.map((row) => this.toResponse(orgId, row)) };
  }

  async download(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    documentId: string,
  ): Promise<DocumentDownload> {
    await this.requireApplication(scope, orgId, applicationId);
    const row = isUuid(documentId) ? await this.documents.findById(documentId) : null;
    if (!row || row.applicationId !== applicationId) throw AppException.notFound('Document');
    if (row.status !== 'ready' || !row.storageKey) {
      throw new AppException('documents.not-ready', `The document is ${row.status}; try again shortly`, {
        status: row.status,
      });
    }
    try {
      return {
        stream: await this.storage.get(row.storageKey),
        fileName: `${FILE_NAMES[row.kind]}-${row.snapshotHash.slice(0, 12)}.pdf`,
        sizeBytes: row.sizeBytes ?? 0,
      };
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        this.logger.error({ documentId, storageKey: row.storageKey }, 'Document file missing from storage');
        throw AppException.notFound('Document file');
      }
      throw error;
    }
  }

  /** The application, when it belongs to the addressed municipality and the caller may read it there. */
  private async requireApplication(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<Application> {
    const application = isUuid(applicationId)
      ? await this.dataSource
          .getRepository(Application)
          .findOneBy({ id: applicationId, municipalityId: orgId })
      : null;
    const municipality = application
      ? await this.dataSource.getRepository(Organization).findOneBy({ id: application.municipalityId })
      : null;
    if (!application || !municipality || !can(scope, 'applications.read', municipality)) {
      throw AppException.notFound('Application');
    }
    return application;
  }

  private toResponse(orgId: string, row: ApplicationDocument): ApplicationDocumentResponse {
    return {
      id: row.id,
      applicationId: row.applicationId,
      kind: row.kind,
      status: row.status,
      snapshotHash: row.snapshotHash,
      transitionId: row.transitionId,
      sizeBytes: row.sizeBytes,
      createdAt: row.createdAt.toISOString(),
      renderedAt: row.renderedAt?.toISOString() ?? null,
      downloadUrl:
        row.status === 'ready'
          ? `/api/v1/organizations/${orgId}/applications/${row.applicationId}/documents/${row.id}/file`
          : null,
    };
  }
}
