import { Injectable } from '@nestjs/common';
import type { DashboardResponse, DashboardStageTime } from '@smartcity/contracts';
import { APPLICATION_STATUSES, checkEligibility, type AccessScope } from '@smartcity/domain';

import { DashboardRepository, type DashboardApplicationRow } from './dashboard.repository';

const DAY_SECONDS = 24 * 3600;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

type Eligibility = { eligible: boolean; failed: string[] } | null;

/**
 * Whether an application meets its campaign's rules: the checks frozen in its latest snapshot once submitted;
 * for a draft, the rules applied now to its roadmap's latest compliance report (null without one).
 */
export function eligibilityOf(row: DashboardApplicationRow): Eligibility {
  if (row.snapshotChecks) {
    const failed = row.snapshotChecks.filter((c) => !c.passed).map((c) => c.rule);
    return { eligible: failed.length === 0, failed };
  }
  if (!row.reportErrors) return null;
  const result = checkEligibility(row.rules, {
    municipality: { population: row.population, isRegionalCapital: row.isRegionalCapital },
    compliance: {
      errors: row.reportErrors.map((e) => ({ rule: e.rule, itemIds: [], measureIds: [], message: e.rule })),
      coverageRatio: row.reportCoverage,
    },
  });
  return { eligible: result.eligible, failed: result.checks.filter((c) => !c.passed).map((c) => c.rule) };
}

/** The ministry dashboard: counts by status and region, eligibility, and time spent per status. */
@Injectable()
export class DashboardService {
  constructor(private readonly dashboard: DashboardRepository) {}

  async get(scope: AccessScope, campaignId: string | null): Promise<DashboardResponse> {
    const [rows, times] = await Promise.all([
      this.dashboard.applications(scope, campaignId),
      this.dashboard.stageTimes(scope, campaignId),
    ]);

    const byStatus = new Map<string, number>();
    const regions = new Map<string, DashboardResponse['byRegion'][number]>();
    const reasons = new Map<string, number>();
    const eligibility = { eligible: 0, notEligible: 0, unknown: 0 };
    for (const row of rows) {
      byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
      if (row.regionId) {
        const region = regions.get(row.regionId) ?? {
          regionId: row.regionId,
          regionRu: row.regionRu ?? '',
          regionEn: row.regionEn ?? '',
          total: 0,
          byStatus: {},
        };
        region.total += 1;
        region.byStatus[row.status] = (region.byStatus[row.status] ?? 0) + 1;
        regions.set(row.regionId, region);
      }
      const verdict = eligibilityOf(row);
      if (!verdict) eligibility.unknown += 1;
      else if (verdict.eligible) eligibility.eligible += 1;
      else {
        eligibility.notEligible += 1;
        for (const rule of verdict.failed) reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
      }
    }

    const stageTimes: DashboardStageTime[] = APPLICATION_STATUSES.flatMap((status) => {
      const time = times.find((t) => t.status === status);
      return time
        ? [
            {
              status,
              spells: time.spells,
              meanDays: oneDecimal(time.meanSeconds / DAY_SECONDS),
              medianDays: oneDecimal(time.medianSeconds / DAY_SECONDS),
            },
          ]
        : [];
    });

    return {
      campaignId,
      total: rows.length,
      byStatus: APPLICATION_STATUSES.filter((s) => byStatus.has(s)).map((status) => ({
        status,
        count: byStatus.get(status)!,
      })),
      byRegion: [...regions.values()].sort(
        (a, b) => b.total - a.total || a.regionRu.localeCompare(b.regionRu),
      ),
      eligibility: {
        ...eligibility,
        topReasons: [...reasons.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([rule, count]) => ({ rule, count })),
      },
      stageTimes,
    };
  }
}
