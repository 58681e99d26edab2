import { Injectable, Logger } from '@nestjs/common';
import type {
  AgreementFileResponse,
  ApplicationDetailResponse,
  SignAgreementDto,
} from '@smartcity/contracts';
import {
  checkEvidenceFile,
  EVIDENCE_CONTENT_TYPES,
  sanitizeFileName,
  type AccessScope,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

import { AppException } from '../../common/app.exception';
import { isUniqueViolation } from '../../database/postgres-errors';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { FileStorage, newStorageKey, StoredFileMissing } from '../roadmaps/storage/file-storage';
import { ApplicationAgreement, ApplicationFile } from './application.entities';
import { ApplicationTransitions } from './application-transitions';
import { ApplicationsService } from './applications.service';

/** The multer file of an upload. */
export type UploadedAgreementFile = { originalname: string; buffer: Buffer };

/** Agreements of approved applications: upload the signed file, record the agreement (→ agreement_signed). */
@Injectable()
export class ApplicationAgreementsService {
  private readonly logger = new Logger(ApplicationAgreementsService.name);

  constructor(
    private readonly applications: ApplicationsService,
    private readonly transitions: ApplicationTransitions,
    private readonly storage: FileStorage,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Stores the signed agreement (PDF, scan, DOCX…: the evidence file rules) for an approved application. */
  async uploadFile(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    file: UploadedAgreementFile | undefined,
  ): Promise<AgreementFileResponse> {
    if (!file)
      throw AppException.validation([{ field: 'file', reason: 'attach the signed agreement as "file"' }]);
    const check = checkEvidenceFile(file.originalname, file.buffer);
    if (!check.ok) {
      throw new AppException('roadmaps.unsupported-file', check.reason, {
        fields: [{ field: 'file', reason: check.reason }],
      });
    }
    // Check the application before storing anything, then again (locked) when recording the row.
    await this.tx.run((manager) =>
      this.applications.require(scope, manager, orgId, applicationId, 'applications.manage'),
    );
    const key = newStorageKey('agreements');
    await this.storage.put(key, file.buffer, EVIDENCE_CONTENT_TYPES[check.type]);
    try {
      return await this.tx.run(async (manager) => {
        const application = await this.applications.require(
          scope,
          manager,
          orgId,
          applicationId,
          'applications.manage',
          true,
        );
        if (application.status !== 'approved') {
          throw new AppException(
            'applications.invalid-transition',
            `An agreement file can be attached to an approved application; this one is ${application.status}`,
            { status: application.status },
          );
        }
        const repo = manager.getRepository(ApplicationFile);
        const row = await repo.save(
          repo.create({
            applicationId: application.id,
            storageKey: key,
            fileName: sanitizeFileName(file.originalname),
            contentType: EVIDENCE_CONTENT_TYPES[check.type],
            size: file.buffer.length,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            uploadedBy: scope.userId,
          }),
        );
        await this.audit.record(manager, {
          actorUserId: scope.userId,
          organizationId: orgId,
          action: 'applications.agreement-file-uploaded',
          entityType: 'application',
          entityId: application.id,
          after: { fileId: row.id, fileName: row.fileName, sha256: row.sha256 },
        });
        return {
          id: row.id,
          fileName: row.fileName,
          contentType: row.contentType,
          size: row.size,
          sha256: row.sha256,
          uploadedAt: row.uploadedAt.toISOString(),
        };
      });
    } catch (error) {
      await this.storage
        .delete(key)
        .catch((err: Error) =>
          this.logger.warn(
            { err: err.message, storageKey: key },
            'Could not remove an unrecorded agreement file',
          ),
        );
      throw error;
    }
  }

  async sign(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
    dto: SignAgreementDto,
  ): Promise<ApplicationDetailResponse> {
    const parties = dto.signatories.map((s) => s.party);
    const duplicate = parties.findIndex((p, i) => parties.indexOf(p) !== i);
    if (duplicate >= 0) {
      throw AppException.validation([
        {
          field: `signatories.${duplicate}.party`,
          reason: `${parties[duplicate]} is named twice; name each party once`,
        },
      ]);
    }
    try {
      return await this.signed(scope, orgId, applicationId, dto);
    } catch (error) {
      if (isUniqueViolation(error, 'application_agreements_number_uq')) {
        throw AppException.validation([
          { field: 'number', reason: `agreement ${dto.number.trim()} is recorded already` },
        ]);
      }
      throw error;
    }
  }

  private signed(scope: AccessScope, orgId: string, applicationId: string, dto: SignAgreementDto) {
    return this.tx.run(async (manager) => {
      const application = await this.applications.requireForWrite(
        scope,
        manager,
        orgId,
        applicationId,
        dto.revision,
        'applications.manage',
      );
      const file = await manager
        .getRepository(ApplicationFile)
        .findOneBy({ id: dto.fileId, applicationId: application.id });
      if (!file)
        throw AppException.validation([
          { field: 'fileId', reason: 'no such uploaded file of this application' },
        ]);
      const signatories = dto.signatories.map((s) => ({
        party: s.party,
        name: s.name.trim(),
        position: s.position?.trim() || null,
      }));
      const moved = await this.transitions.take(
        manager,
        { kind: 'user', ...scope },
        application,
        'sign_agreement',
        {
          agreement: { number: dto.number.trim(), signedOn: dto.signedOn, signatories, hasFile: true },
        },
      );
      await manager.getRepository(ApplicationAgreement).insert({
        applicationId: application.id,
        number: dto.number.trim(),
        signedOn: dto.signedOn,
        signatories,
        fileId: file.id,
        recordedBy: scope.userId,
      });
      return this.applications.detailOf(scope, manager, moved);
    });
  }

  async download(
    scope: AccessScope,
    orgId: string,
    applicationId: string,
  ): Promise<{ stream: Readable; fileName: string; contentType: string; size: number }> {
    const file = await this.tx.run(async (manager) => {
      const application = await this.applications.require(scope, manager, orgId, applicationId);
      const agreement = await manager
        .getRepository(ApplicationAgreement)
        .findOneBy({ applicationId: application.id });
      if (!agreement) throw AppException.notFound('Agreement');
      return manager.getRepository(ApplicationFile).findOneByOrFail({ id: agreement.fileId });
    });
    let stream: Readable;
    try {
      stream = await this.storage.get(file.storageKey);
    } catch (error) {
      // The row outlived its bytes (e.g. a demo seeded without storage): say so instead of failing.
      if (error instanceof StoredFileMissing) throw AppException.notFound('Agreement file');
      throw error;
    }
    return {
      stream,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
    };
  }
}
