import { Module } from '@nestjs/common';

import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { ComplianceClock } from './compliance-clock';
import { ComplianceEvaluator } from './compliance-evaluator';
import { ComplianceInputsLoader } from './compliance-inputs.loader';
import { ComplianceJobsService } from './compliance-jobs.service';
import { ComplianceController } from './compliance.controller';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';
import { RoadmapComplianceController } from './roadmap-compliance.controller';

/** Compliance reports per roadmap revision, trends, the cross-municipality view and recomputation. */
@Module({
  imports: [RoadmapsModule],
  controllers: [RoadmapComplianceController, ComplianceController],
  providers: [
    ComplianceClock,
    ComplianceInputsLoader,
    ComplianceRepository,
    ComplianceEvaluator,
    ComplianceService,
    ComplianceJobsService,
  ],
  exports: [ComplianceJobsService, ComplianceClock, ComplianceInputsLoader],
})
export class ComplianceModule {}
