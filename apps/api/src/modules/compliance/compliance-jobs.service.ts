import { Injectable, Logger } from '@nestjs/common';
import { COMPLIANCE_RULESET_VERSION } from '@smartcity/domain';

import { ComplianceClock } from './compliance-clock';
import { ComplianceEvaluator } from './compliance-evaluator';
import type { ComplianceRun } from './compliance-run.entity';
import { ComplianceRepository } from './compliance.repository';

/** Roadmaps loaded, evaluated and stored per transaction in bulk work (about 5 000 items at 100 per roadmap). */
export const RECOMPUTE_BATCH_SIZE = 50;

/**
 * Batches in flight at once: one is evaluated in Node while PostgreSQL reads or writes the other (measured with
 * apps/api/bench/compliance-worker.bench.ts on 2 cores).
 */
export const RECOMPUTE_CONCURRENCY = 2;

export type RevisionOutcome = 'evaluated' | 'already-evaluated' | 'stale-revision' | 'roadmap-gone';

/**
 * The worker's compliance use cases. Each is idempotent: reports and daily scores are upserts on their natural
 * keys, a revision job for a roadmap that has moved on is skipped, and a run restarted by a retry starts over.
 */
@Injectable()
export class ComplianceJobsService {
  private readonly logger = new Logger('ComplianceJobs');

  constructor(
    private readonly repository: ComplianceRepository,
    private readonly evaluator: ComplianceEvaluator,
    private readonly clock: ComplianceClock,
  ) {}

  /** `compliance.evaluate-roadmap`: the report of one revision, unless it is stale or already stored today. */
  async evaluateRevision(roadmapId: string, revision: number): Promise<RevisionOutcome> {
    const current = await this.repository.roadmapRevision(roadmapId);
    if (current === null) return 'roadmap-gone';
    // A newer write published its own job (same transaction as its revision bump): that one will evaluate.
    if (current > revision) return 'stale-revision';
    const today = this.clock.today();
    const existing = await this.repository.findReport(
      this.repository.manager,
      roadmapId,
      current,
      COMPLIANCE_RULESET_VERSION,
    );
    if (existing && existing.asOf === today) return 'already-evaluated';
    const { stored, failed } = await this.evaluator.evaluateAndStore([roadmapId], today);
    if (failed.length > 0) throw new Error(`Evaluation of roadmap ${roadmapId} failed: ${failed[0].error}`);
    return stored.length > 0 ? 'evaluated' : 'roadmap-gone';
  }

  /**
   * `compliance.run-recompute` / `compliance.recompute-framework`: evaluates every roadmap in the run's scope in
   * batches, reporting progress after each. `isLastAttempt` marks the run failed when the job gives up.
   */
  async processRun(runId: string, isLastAttempt: boolean): Promise<ComplianceRun | null> {
    const run = await this.repository.findRun(runId);
    if (!run) return null;
    if (run.status === 'completed' || run.status === 'failed') return run;
    try {
      const today = this.clock.today();
      const ids = await this.repository.roadmapIds(run.frameworkId);
      await this.repository.startRun(run.id, ids.length);
      await inBatches(ids, RECOMPUTE_BATCH_SIZE, RECOMPUTE_CONCURRENCY, async (batch) => {
        const { stored, failed } = await this.evaluator.evaluateAndStore(batch, today);
        await this.repository.addProgress(run.id, stored.length, failed.length);
      });
      await this.repository.finishRun(run.id, 'completed', null);
    } catch (err) {
      if (isLastAttempt)
        await this.repository.finishRun(run.id, 'failed', (err as Error).message.slice(0, 500));
      throw err;
    }
    const finished = await this.repository.findRun(run.id);
    this.logger.log(
      { runId: run.id, total: finished?.total, done: finished?.done, failed: finished?.failed },
      'Compliance run finished',
    );
    return finished;
  }

  /** `compliance.recompute-framework`: the (single) run of a published version, then processing it. */
  async recomputeFramework(frameworkId: string, isLastAttempt: boolean): Promise<ComplianceRun | null> {
    const run = await this.repository.frameworkRun(this.repository.manager, frameworkId);
    return this.processRun(run.id, isLastAttempt);
  }

  /**
   * `compliance.snapshot-daily-scores`: evaluates every roadmap as of today and stores today's trend point (one
   * row per roadmap and day, overwritten by a second run the same day).
   */
  async snapshotDailyScores(): Promise<{ day: string; roadmaps: number; failed: number }> {
    const day = this.clock.today();
    let afterId: string | null = null;
    let roadmaps = 0;
    let failedTotal = 0;
    for (;;) {
      const ids = await this.repository.roadmapIdsAfter(null, afterId, RECOMPUTE_BATCH_SIZE);
      if (ids.length === 0) break;
      const { stored, failed } = await this.evaluator.evaluateAndStore(ids, day);
      await this.repository.saveDailyScores(this.repository.manager, day, stored);
      roadmaps += stored.length;
      failedTotal += failed.length;
      afterId = ids[ids.length - 1];
    }
    this.logger.log({ day, roadmaps, failed: failedTotal }, 'Daily compliance scores stored');
    return { day, roadmaps, failed: failedTotal };
  }
}

/** Runs `work` over consecutive slices of `ids`, at most `concurrency` at a time; rejects on the first failure. */
async function inBatches(
  ids: readonly string[],
  size: number,
  concurrency: number,
  work: (batch: string[]) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (next < ids.length && !failed) {
      const batch = ids.slice(next, next + size);
      next += size;
      try {
        await work(batch);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  // allSettled first, so no lane is still writing when the caller records the outcome.
  const results = await Promise.allSettled(Array.from({ length: concurrency }, lane));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}
