import type { ComplianceReport } from '@smartcity/domain';

import type { ComplianceClock } from './compliance-clock';
import type { ComplianceEvaluator, EvaluationBatchResult } from './compliance-evaluator';
import { ComplianceJobsService, RECOMPUTE_BATCH_SIZE } from './compliance-jobs.service';
import type { ComplianceReportRow } from './compliance-report.entity';
import type { ComplianceRun } from './compliance-run.entity';
import type { ComplianceRepository, StoredReport } from './compliance.repository';

const TODAY = '2026-03-01';

/** Roadmaps, reports and runs in memory, with the repository methods the jobs use. */
class FakeRepository {
  readonly manager = {};
  readonly roadmaps = new Map<string, number>();
  readonly reports = new Map<string, { asOf: string }>();
  readonly runs = new Map<string, ComplianceRun>();
  readonly progress: { done: number; failed: number }[] = [];
  readonly dailyScores = new Map<string, StoredReport>();

  roadmapRevision(id: string): Promise<number | null> {
    return Promise.resolve(this.roadmaps.get(id) ?? null);
  }

  findReport(_manager: unknown, roadmapId: string, revision: number): Promise<ComplianceReportRow | null> {
    return Promise.resolve((this.reports.get(`${roadmapId}@${revision}`) as ComplianceReportRow) ?? null);
  }

  roadmapIds(frameworkId: string | null): Promise<string[]> {
    expect(frameworkId).toBeNull();
    return Promise.resolve([...this.roadmaps.keys()].sort());
  }

  roadmapIdsAfter(_frameworkId: string | null, afterId: string | null, limit: number): Promise<string[]> {
    const ids = [...this.roadmaps.keys()].sort().filter((id) => afterId === null || id > afterId);
    return Promise.resolve(ids.slice(0, limit));
  }

  findRun(id: string): Promise<ComplianceRun | null> {
    const run = this.runs.get(id);
    return Promise.resolve(run ? { ...run } : null);
  }

  startRun(id: string, total: number): Promise<void> {
    Object.assign(this.runs.get(id)!, { status: 'running', total, done: 0, failed: 0 });
    return Promise.resolve();
  }

  addProgress(id: string, done: number, failed: number): Promise<void> {
    const run = this.runs.get(id)!;
    run.done += done;
    run.failed += failed;
    this.progress.push({ done: run.done, failed: run.failed });
    return Promise.resolve();
  }

  finishRun(id: string, status: 'completed' | 'failed', failureMessage: string | null): Promise<void> {
    Object.assign(this.runs.get(id)!, { status, failureMessage });
    return Promise.resolve();
  }

  saveDailyScores(_manager: unknown, day: string, reports: readonly StoredReport[]): Promise<void> {
    for (const report of reports) this.dailyScores.set(`${report.roadmapId}@${day}`, report);
    return Promise.resolve();
  }
}

/** Evaluates by "storing" a report per id; ids listed in `broken` fail, `throwOnCall` makes a whole call throw. */
class FakeEvaluator {
  readonly calls: { ids: string[]; asOf: string }[] = [];
  broken = new Set<string>();
  throwOnCall: number | null = null;

  evaluateAndStore(ids: readonly string[], asOf: string): Promise<EvaluationBatchResult> {
    this.calls.push({ ids: [...ids], asOf });
    if (this.throwOnCall === this.calls.length) return Promise.reject(new Error('database went away'));
    const stored = ids
      .filter((id) => !this.broken.has(id))
      .map((roadmapId) => ({
        id: `report-${roadmapId}`,
        roadmapId,
        revision: 1,
        frameworkId: 'f',
        report: { score: 50 } as ComplianceReport,
        computedAt: new Date(),
      }));
    const failed = ids
      .filter((id) => this.broken.has(id))
      .map((roadmapId) => ({ roadmapId, error: 'corrupt' }));
    return Promise.resolve({ stored, failed });
  }
}

function run(id: string, overrides: Partial<ComplianceRun> = {}): ComplianceRun {
  return {
    id,
    status: 'queued',
    trigger: 'manual',
    frameworkId: null,
    total: 0,
    done: 0,
    failed: 0,
    failureMessage: null,
    createdBy: null,
    createdAt: new Date(),
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

describe(ComplianceJobsService.name, () => {
  let repository: FakeRepository;
  let evaluator: FakeEvaluator;
  let service: ComplianceJobsService;

  beforeEach(() => {
    repository = new FakeRepository();
    evaluator = new FakeEvaluator();
    const clock: ComplianceClock = { today: () => TODAY };
    service = new ComplianceJobsService(
      repository as unknown as ComplianceRepository,
      evaluator as unknown as ComplianceEvaluator,
      clock,
    );
  });

  const roadmaps = (count: number) => {
    for (let i = 0; i < count; i++) repository.roadmaps.set(`r-${String(i).padStart(4, '0')}`, 3);
  };

  describe('evaluateRevision', () => {
    it('evaluates the current revision as of today', async () => {
      repository.roadmaps.set('r-1', 3);

      const outcome = await service.evaluateRevision('r-1', 3);

      expect(outcome).toBe('evaluated');
      expect(evaluator.calls).toEqual([{ ids: ['r-1'], asOf: TODAY }]);
    });

    it('skips a revision the roadmap has moved past, a gone roadmap and a report already stored today', async () => {
      repository.roadmaps.set('r-1', 4);
      repository.roadmaps.set('r-2', 2);
      repository.reports.set('r-2@2', { asOf: TODAY });

      const outcomes = [
        await service.evaluateRevision('r-1', 3),
        await service.evaluateRevision('r-9', 1),
        await service.evaluateRevision('r-2', 2),
      ];

      expect(outcomes).toEqual(['stale-revision', 'roadmap-gone', 'already-evaluated']);
      expect(evaluator.calls).toEqual([]);
    });

    it('re-evaluates a report stored on an earlier day, and throws when the evaluation fails so BullMQ retries', async () => {
      repository.roadmaps.set('r-1', 2);
      repository.reports.set('r-1@2', { asOf: '2026-02-28' });
      evaluator.broken.add('r-1');

      await expect(service.evaluateRevision('r-1', 2)).rejects.toThrow(/corrupt/);
      expect(evaluator.calls).toHaveLength(1);
    });
  });

  describe('processRun', () => {
    it('evaluates every roadmap in batches and reports progress after each', async () => {
      roadmaps(2 * RECOMPUTE_BATCH_SIZE + 7);
      evaluator.broken.add('r-0003');
      repository.runs.set('run-1', run('run-1'));

      const finished = await service.processRun('run-1', false);

      expect(finished).toMatchObject({ status: 'completed', total: 107, done: 106, failed: 1 });
      expect(evaluator.calls.map((c) => c.ids.length).sort((a, b) => a - b)).toEqual([7, 50, 50]);
      expect(new Set(evaluator.calls.flatMap((c) => c.ids)).size).toBe(107);
      expect(repository.progress).toHaveLength(3);
      expect(repository.progress.at(-1)).toEqual({ done: 106, failed: 1 });
    });

    it('leaves a finished run alone and answers null for an unknown one', async () => {
      repository.runs.set('run-1', run('run-1', { status: 'completed', total: 5, done: 5 }));

      const finished = await service.processRun('run-1', false);
      const unknown = await service.processRun('run-9', false);

      expect(finished?.done).toBe(5);
      expect(unknown).toBeNull();
      expect(evaluator.calls).toEqual([]);
    });

    it('rethrows a failure for BullMQ to retry, and marks the run failed only on the last attempt', async () => {
      roadmaps(3 * RECOMPUTE_BATCH_SIZE);
      repository.runs.set('run-1', run('run-1'));
      evaluator.throwOnCall = 2;

      await expect(service.processRun('run-1', false)).rejects.toThrow('database went away');
      expect(repository.runs.get('run-1')!.status).toBe('running');

      evaluator.calls.length = 0;
      await expect(service.processRun('run-1', true)).rejects.toThrow('database went away');
      expect(repository.runs.get('run-1')).toMatchObject({
        status: 'failed',
        failureMessage: 'database went away',
      });
    });
  });

  describe('snapshotDailyScores', () => {
    it("stores today's score of every roadmap, once per roadmap however often it runs", async () => {
      roadmaps(RECOMPUTE_BATCH_SIZE + 1);

      const first = await service.snapshotDailyScores();
      const second = await service.snapshotDailyScores();

      expect(first).toEqual({ day: TODAY, roadmaps: 51, failed: 0 });
      expect(second).toEqual(first);
      expect(repository.dailyScores.size).toBe(51);
      expect(evaluator.calls.every((c) => c.asOf === TODAY)).toBe(true);
    });
  });
});
