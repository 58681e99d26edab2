import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';

import { HandlesJob, type JobContext, type JobHandler } from '../../../queue/job-handler';
import { ComplianceJobsService } from '../compliance-jobs.service';

/**
 * Stores the compliance report of one roadmap revision. Published through the outbox by every roadmap write;
 * BullMQ keeps one job per (roadmap, revision) and the unique key keeps one report, so duplicates are harmless.
 */
@Injectable()
@HandlesJob('compliance.evaluate-roadmap')
export class EvaluateRoadmapHandler implements JobHandler<'compliance.evaluate-roadmap'> {
  private readonly logger = new Logger(EvaluateRoadmapHandler.name);

  constructor(private readonly compliance: ComplianceJobsService) {}

  async handle(
    { roadmapId, revision }: JobPayloads['compliance.evaluate-roadmap'],
    context: JobContext,
  ): Promise<void> {
    const outcome = await this.compliance.evaluateRevision(roadmapId, revision);
    this.logger.log({ jobId: context.jobId, roadmapId, revision, outcome }, 'Compliance revision job');
  }
}
