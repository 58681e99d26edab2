import { Injectable } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobPayloads } from '@smartcity/contracts';

import { HandlesJob, PermanentJobError, type JobContext, type JobHandler } from '../../queue/job-handler';
import { CatalogueImportsService } from './catalogue-imports.service';

/**
 * Checks an uploaded catalogue file: parses it, validates every row with progress, and stores either the row
 * errors or a preview diff. Idempotent: an import that already has an outcome is left alone. On the last
 * attempt a failure marks the import failed, so the admin is never left polling a dead job.
 */
@Injectable()
@HandlesJob('catalogue.run-import')
export class RunCatalogueImportHandler implements JobHandler<'catalogue.run-import'> {
  constructor(private readonly imports: CatalogueImportsService) {}

  async handle({ importId }: JobPayloads['catalogue.run-import'], context: JobContext): Promise<void> {
    const finalAttempt = context.attemptsMade + 1 >= JOB_DEFINITIONS['catalogue.run-import'].attempts;
    const outcome = await this.imports.run(importId, { finalAttempt });
    if (outcome === 'missing') throw new PermanentJobError(`Catalogue import ${importId} does not exist`);
  }
}
