import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';

import { HandlesJob, type JobHandler } from '../../../queue/job-handler';
import { ComplianceJobsService } from '../compliance-jobs.service';

/** Daily, from the worker's scheduler: today's score of every roadmap for the trend (idempotent per day). */
@Injectable()
@HandlesJob('compliance.snapshot-daily-scores')
export class SnapshotDailyScoresHandler implements JobHandler<'compliance.snapshot-daily-scores'> {
  constructor(private readonly compliance: ComplianceJobsService) {}

  async handle(_payload: JobPayloads['compliance.snapshot-daily-scores']): Promise<void> {
    await this.compliance.snapshotDailyScores();
  }
}
