import { Injectable } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobPayloads } from '@smartcity/contracts';

import { HandlesJob, PermanentJobError, type JobContext, type JobHandler } from '../../../queue/job-handler';
import { ComplianceJobsService } from '../compliance-jobs.service';

/** A bulk recompute started by a person: every roadmap (or those of one framework version), with progress. */
@Injectable()
@HandlesJob('compliance.run-recompute')
export class RunComplianceRecomputeHandler implements JobHandler<'compliance.run-recompute'> {
  constructor(private readonly compliance: ComplianceJobsService) {}

  async handle({ runId }: JobPayloads['compliance.run-recompute'], context: JobContext): Promise<void> {
    const isLastAttempt = context.attemptsMade + 1 >= JOB_DEFINITIONS['compliance.run-recompute'].attempts;
    const run = await this.compliance.processRun(runId, isLastAttempt);
    if (!run) throw new PermanentJobError(`Compliance run ${runId} does not exist`);
  }
}
