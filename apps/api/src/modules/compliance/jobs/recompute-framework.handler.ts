import { Injectable } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobPayloads } from '@smartcity/contracts';

import { HandlesJob, type JobContext, type JobHandler } from '../../../queue/job-handler';
import { ComplianceJobsService } from '../compliance-jobs.service';

/**
 * A framework version was published: recompute every roadmap pinned to it, as a compliance run (one per version,
 * however often the event is delivered) whose progress shows in `GET /compliance/runs`.
 */
@Injectable()
@HandlesJob('compliance.recompute-framework')
export class RecomputeFrameworkHandler implements JobHandler<'compliance.recompute-framework'> {
  constructor(private readonly compliance: ComplianceJobsService) {}

  async handle(
    { frameworkId }: JobPayloads['compliance.recompute-framework'],
    context: JobContext,
  ): Promise<void> {
    const isLastAttempt =
      context.attemptsMade + 1 >= JOB_DEFINITIONS['compliance.recompute-framework'].attempts;
    await this.compliance.recomputeFramework(frameworkId, isLastAttempt);
  }
}
