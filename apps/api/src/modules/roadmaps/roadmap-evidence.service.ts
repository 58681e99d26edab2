import { Injectable, Logger } from '@nestjs/common';
import type {
  CreateEvidenceDto,
  EvidenceListResponse,
  EvidenceWriteResponse,
  RoadmapRevisionResponse,
} from '@smartcity/contracts';
import {
  checkEvidenceFile,
  EVIDENCE_CONTENT_TYPES,
  EVIDENCE_FILE_EXTENSIONS,
  EVIDENCE_FILE_TYPES,
  sanitizeFileName,
  type AccessScope,
  type EvidenceFileType,
} from '@smartcity/domain';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { EnvConfig } from '../../config/env.config';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { RoadmapEvidenceRepository, type EvidenceTarget } from './roadmap-evidence.repository';
import { RoadmapWrites } from './roadmap-writes';
import type { Roadmap } from './roadmap.entity';
import { toEvidenceResponse } from './roadmaps.mapper';
import { RoadmapsRepository } from './roadmaps.repository';
import { FileStorage, newStorageKey, StoredFileMissing } from './storage/file-storage';

/** What multer hands over (memory storage). */
export type UploadedEvidenceFile = { originalname: string; buffer: Buffer; size: number };

export type EvidenceDownload = {
  stream: Readable;
  fileName: string;
  contentType: string;
  sizeBytes: number;
};

/**
 * Evidence for items and problems: links, and files kept in FileStorage. A file is checked (allowed extension AND
 * matching content), stored under a fresh server-made key, and only then recorded with its audit event; if the
 * record fails the stored bytes are removed again. Deleting evidence deletes its row and enqueues the file's
 * deletion through the outbox, in the same transaction.
 */
@Injectable()
export class RoadmapEvidenceService {
  private readonly logger = new Logger(RoadmapEvidenceService.name);

  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly evidence: RoadmapEvidenceRepository,
    private readonly writes: RoadmapWrites,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxPublisher,
    private readonly config: EnvConfig,
  ) {}

  async list(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    target: EvidenceTarget,
  ): Promise<EvidenceListResponse> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId);
    await this.requireTarget(scope, manager, roadmap, target);
    const rows = await this.evidence.list(scope, manager, roadmap, target);
    return {
      items: rows.map(toEvidenceResponse),
      limits: {
        maxBytes: this.config.EVIDENCE_MAX_BYTES,
        fileTypes: [...EVIDENCE_FILE_TYPES],
        extensions: EVIDENCE_FILE_TYPES.flatMap((type) => EVIDENCE_FILE_EXTENSIONS[type]),
      },
    };
  }

  async add(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    target: EvidenceTarget,
    dto: CreateEvidenceDto,
    file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceWriteResponse> {
    if (file && dto.url) {
      throw AppException.validation([{ field: 'url', reason: 'send either a file or a url, not both' }]);
    }
    if (!file && !dto.url) {
      throw AppException.validation([{ field: 'url', reason: 'send a file (field "file") or a url' }]);
    }
    // Check reach and the target before any bytes are stored.
    const manager = this.roadmaps.manager;
    const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
    await this.requireTarget(scope, manager, roadmap, target);

    const stored = file ? await this.store(file) : null;
    try {
      const { result, roadmapRevision } = await this.writes.write(
        scope,
        orgId,
        roadmapId,
        async (tx, locked) => {
          // The target may have been deleted while the file was being stored.
          await this.requireTarget(scope, tx, locked, target);
          const row = await this.evidence.insert(scope, tx, locked, {
            ...('itemId' in target ? { itemId: target.itemId } : { problemId: target.problemId }),
            kind: stored ? 'file' : 'link',
            title: (dto.title ?? stored?.fileName ?? dto.url!).trim().slice(0, 300),
            url: stored ? null : dto.url!,
            storageKey: stored?.key ?? null,
            fileName: stored?.fileName ?? null,
            fileType: stored?.type ?? null,
            sizeBytes: stored ? String(stored.size) : null,
            sha256: stored?.sha256 ?? null,
            createdBy: scope.userId,
          });
          const response = toEvidenceResponse(row);
          return {
            result: response,
            audit: {
              action: 'roadmaps.evidence-added',
              entityType: 'roadmap_evidence',
              entityId: row.id,
              after: response,
            },
          };
        },
      );
      return { roadmapRevision, evidence: result };
    } catch (error) {
      if (stored) await this.discard(stored.key);
      throw error;
    }
  }

  async download(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    evidenceId: string,
  ): Promise<EvidenceDownload> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId);
    const row = await this.evidence.find(scope, manager, roadmap, evidenceId);
    if (!row) throw AppException.notFound('Evidence');
    if (row.kind !== 'file' || !row.storageKey || !row.fileType) {
      throw AppException.notFound('Evidence file (this evidence is a link)');
    }
    try {
      return {
        stream: await this.storage.get(row.storageKey),
        fileName: row.fileName ?? 'file',
        contentType: EVIDENCE_CONTENT_TYPES[row.fileType],
        sizeBytes: Number(row.sizeBytes),
      };
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        this.logger.error({ evidenceId, storageKey: row.storageKey }, 'Evidence file missing from storage');
        throw AppException.notFound('Evidence file');
      }
      throw error;
    }
  }

  async remove(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    evidenceId: string,
  ): Promise<RoadmapRevisionResponse> {
    const { roadmapRevision } = await this.writes.write(scope, orgId, roadmapId, async (manager, roadmap) => {
      const row = await this.evidence.find(scope, manager, roadmap, evidenceId);
      if (!row) throw AppException.notFound('Evidence');
      await this.evidence.delete(scope, manager, roadmap, evidenceId);
      if (row.storageKey) await this.enqueueFileDeletion(manager, [row.storageKey]);
      return {
        result: null,
        audit: {
          action: 'roadmaps.evidence-deleted',
          entityType: 'roadmap_evidence',
          entityId: row.id,
          before: toEvidenceResponse(row),
        },
      };
    });
    return { roadmapRevision };
  }

  /** For writers that delete items or problems: the files of their evidence are deleted after commit. */
  async enqueueFileDeletion(manager: EntityManager, storageKeys: string[]): Promise<void> {
    await this.outbox.publishMany(
      manager,
      'roadmaps.delete-evidence-file',
      storageKeys.map((storageKey) => ({ v: 1 as const, storageKey })),
    );
  }

  private async store(file: UploadedEvidenceFile) {
    const check = checkEvidenceFile(file.originalname, file.buffer);
    if (!check.ok) {
      throw new AppException('roadmaps.unsupported-file', check.reason, {
        fields: [{ field: 'file', reason: check.reason }],
      });
    }
    const type: EvidenceFileType = check.type;
    const key = newStorageKey('evidence');
    await this.storage.put(key, file.buffer, EVIDENCE_CONTENT_TYPES[type]);
    return {
      key,
      type,
      fileName: sanitizeFileName(file.originalname),
      size: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
  }

  private async discard(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, storageKey: key },
        'Could not remove an unrecorded file',
      );
    }
  }

  private async requireRoadmap(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    roadmapId: string,
    permission: 'roadmaps.read' | 'roadmaps.edit' = 'roadmaps.read',
  ): Promise<Roadmap> {
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId, permission);
    if (!roadmap) throw AppException.notFound('Roadmap');
    return roadmap;
  }

  private async requireTarget(
    scope: AccessScope,
    manager: EntityManager,
    roadmap: Roadmap,
    target: EvidenceTarget,
  ): Promise<void> {
    if ('itemId' in target) {
      if (!(await this.roadmaps.findItem(scope, manager, roadmap, target.itemId))) {
        throw AppException.notFound('Item');
      }
    } else if (!(await this.roadmaps.findProblem(scope, manager, roadmap, target.problemId))) {
      throw AppException.notFound('Problem');
    }
  }
}
