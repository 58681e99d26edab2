import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';

import { EnvConfig } from '../../config/env.config';

import { ComplianceModule } from '../compliance/compliance.module';
import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { ApplicationAgreementsService } from './application-agreements.service';
import { ApplicationReviewersController } from './application-reviewers.controller';
import { ApplicationReviewsController } from './application-reviews.controller';
import { ApplicationReviewsService } from './application-reviews.service';
import { ApplicationRoadmapLoader } from './application-roadmap.loader';
import { ApplicationTransitions } from './application-transitions';
import { ApplicationsController, ApplicationsListController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

/** Pilot campaigns and applications (issue 6): workflow, reviews, snapshots, agreements. See docs/applications.md. */
@Module({
  imports: [
    RoadmapsModule,
    ComplianceModule,
    // Signed agreement uploads: the evidence file limits.
    MulterModule.registerAsync({
      inject: [EnvConfig],
      useFactory: (config: EnvConfig) => ({
        limits: { fileSize: config.EVIDENCE_MAX_BYTES, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [
    CampaignsController,
    ApplicationsListController,
    ApplicationsController,
    ApplicationReviewsController,
    ApplicationReviewersController,
  ],
  providers: [
    ApplicationsRepository,
    ApplicationRoadmapLoader,
    ApplicationTransitions,
    ApplicationsService,
    ApplicationReviewsService,
    ApplicationAgreementsService,
    CampaignsService,
  ],
  exports: [ApplicationsRepository],
})
export class ApplicationsModule {}
