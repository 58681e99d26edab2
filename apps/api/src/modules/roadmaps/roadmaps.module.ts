import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { resolve } from 'node:path';

import { EnvConfig } from '../../config/env.config';

import { NotificationsModule } from '../notifications/notifications.module';
import { CatalogueReferences } from './catalogue-references';
import { RoadmapCollaborationController } from './roadmap-collaboration.controller';
import { RoadmapCollaborationRepository } from './roadmap-collaboration.repository';
import { RoadmapCollaborationService } from './roadmap-collaboration.service';
import { RoadmapEvidenceController } from './roadmap-evidence.controller';
import { RoadmapEvidenceRepository } from './roadmap-evidence.repository';
import { RoadmapEvidenceService } from './roadmap-evidence.service';
import { RoadmapImportsRepository } from './roadmap-imports.repository';
import { RoadmapItemsController } from './roadmap-items.controller';
import { RoadmapItemsService } from './roadmap-items.service';
import { RoadmapLiveService } from './roadmap-live.service';
import { RoadmapPartsController } from './roadmap-parts.controller';
import { RoadmapPartsService } from './roadmap-parts.service';
import { RoadmapSheetsController } from './roadmap-sheets.controller';
import { RoadmapSheetsService } from './roadmap-sheets.service';
import { RoadmapWorkbook } from './roadmap-workbook';
import { RoadmapWrites } from './roadmap-writes';
import { RoadmapsController } from './roadmaps.controller';
import { RoadmapsRepository } from './roadmaps.repository';
import { RoadmapsService } from './roadmaps.service';
import { FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { S3Storage } from './storage/s3.storage';

/** The configured storage driver (the config class has already refused an incomplete S3 setup at boot). */
export function createFileStorage(config: EnvConfig): FileStorage {
  if (config.STORAGE_DRIVER === 's3') {
    return new S3Storage({
      endpoint: config.S3_ENDPOINT!,
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage(resolve(config.STORAGE_DIR));
}

@Module({
  imports: [
    NotificationsModule,
    // Evidence uploads; the workbook upload sets its own limit.
    MulterModule.registerAsync({
      inject: [EnvConfig],
      useFactory: (config: EnvConfig) => ({
        limits: { fileSize: config.EVIDENCE_MAX_BYTES, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [
    RoadmapsController,
    RoadmapItemsController,
    RoadmapPartsController,
    RoadmapCollaborationController,
    RoadmapEvidenceController,
    RoadmapSheetsController,
  ],
  providers: [
    RoadmapsRepository,
    RoadmapCollaborationRepository,
    CatalogueReferences,
    RoadmapLiveService,
    RoadmapWrites,
    RoadmapsService,
    RoadmapItemsService,
    RoadmapPartsService,
    RoadmapCollaborationService,
    RoadmapEvidenceRepository,
    RoadmapEvidenceService,
    RoadmapImportsRepository,
    RoadmapWorkbook,
    RoadmapSheetsService,
    { provide: FileStorage, inject: [EnvConfig], useFactory: createFileStorage },
  ],
  exports: [RoadmapsRepository, RoadmapLiveService, RoadmapWrites, FileStorage],
})
export class RoadmapsModule {}
