import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';
import { DataSource } from 'typeorm';

import { HandlesJob, type JobHandler } from '../../queue/job-handler';
import { RoadmapEvidence } from './roadmap-evidence.entity';
import { FileStorage } from './storage/file-storage';

/**
 * Deletes a stored evidence file after its row was deleted (the evidence itself, or its item or problem). Runs
 * after commit via the outbox, so a rolled-back delete never loses a file. Idempotent: deleting a missing file
 * succeeds, and a key that a row still uses (cannot happen: keys are unique and never reused) is left alone.
 */
@Injectable()
@HandlesJob('roadmaps.delete-evidence-file')
export class DeleteEvidenceFileHandler implements JobHandler<'roadmaps.delete-evidence-file'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async handle({ storageKey }: JobPayloads['roadmaps.delete-evidence-file']): Promise<void> {
    if (await this.dataSource.getRepository(RoadmapEvidence).existsBy({ storageKey })) return;
    await this.storage.delete(storageKey);
  }
}
