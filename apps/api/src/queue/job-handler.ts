import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from '@smartcity/contracts';

export const JOB_HANDLER = 'smartcity:job-handler';

export type JobContext = { jobId: string; attemptsMade: number };

/** A worker-side handler for one job name. Handlers must be idempotent: a job can be delivered more than once. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<void>;
}

/** Tags a provider as the handler of `name`. The worker refuses to start unless each name has exactly one. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

/** A failure that retrying cannot fix (missing entity, invalid payload): the job fails without retries. */
export class PermanentJobError extends Error {}
