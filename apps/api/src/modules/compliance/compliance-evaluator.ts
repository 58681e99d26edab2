import { Injectable, Logger } from '@nestjs/common';
import { evaluate } from '@smartcity/domain';
import { DataSource } from 'typeorm';

import { ComplianceInputsLoader } from './compliance-inputs.loader';
import { ComplianceRepository, type ReportToStore, type StoredReport } from './compliance.repository';

export type EvaluationBatchResult = {
  stored: StoredReport[];
  /** Roadmaps whose evaluation threw (corrupt data no form can produce); logged, not stored. */
  failed: { roadmapId: string; error: string }[];
};

/**
 * Loads roadmaps, evaluates them with the domain's `evaluate` and stores one report per (roadmap, revision,
 * ruleset version). The API (one roadmap, on demand) and every worker job (one roadmap or a batch) go through here.
 */
@Injectable()
export class ComplianceEvaluator {
  private readonly logger = new Logger(ComplianceEvaluator.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly loader: ComplianceInputsLoader,
    private readonly reports: ComplianceRepository,
  ) {}

  async evaluateAndStore(roadmapIds: readonly string[], asOf: string): Promise<EvaluationBatchResult> {
    // Read in REPEATABLE READ so each document is one committed revision and the stored revision is the one
    // evaluated; write afterwards in its own statement, so an upsert racing another worker's (or the API's) for
    // the same revision updates the row instead of failing with a serialization error.
    const { toStore, failed } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const loaded = await this.loader.load(manager, roadmapIds);
      const reports: ReportToStore[] = [];
      const failures: EvaluationBatchResult['failed'] = [];
      for (const { roadmap, input } of loaded) {
        try {
          reports.push({
            roadmapId: roadmap.id,
            revision: roadmap.revision,
            frameworkId: roadmap.frameworkId,
            report: evaluate(input.roadmap, input.framework, input.municipality, asOf),
          });
        } catch (err) {
          const error = (err as Error).message;
          this.logger.warn(
            { roadmapId: roadmap.id, revision: roadmap.revision, err: error },
            'Evaluation failed',
          );
          failures.push({ roadmapId: roadmap.id, error });
        }
      }
      return { toStore: reports, failed: failures };
    });
    return { stored: await this.reports.saveReports(this.dataSource.manager, toStore), failed };
  }
}
