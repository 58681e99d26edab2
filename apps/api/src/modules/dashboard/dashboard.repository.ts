import { Injectable } from '@nestjs/common';
import type { AccessScope, EligibilityRules } from '@smartcity/domain';
import { organizationFilter } from '@smartcity/domain';
import { DataSource } from 'typeorm';

export type DashboardApplicationRow = {
  id: string;
  status: string;
  regionId: string | null;
  regionRu: string | null;
  regionEn: string | null;
  population: number | null;
  isRegionalCapital: boolean;
  rules: EligibilityRules;
  /** Frozen eligibility checks of the latest snapshot, when the application was submitted. */
  snapshotChecks: { rule: string; passed: boolean }[] | null;
  /** The roadmap's latest compliance report (for drafts). */
  reportErrors: { rule: string; refs: unknown; params: unknown }[] | null;
  reportCoverage: number | null;
};

export type StageTimeRow = { status: string; spells: number; meanSeconds: number; medianSeconds: number };

/**
 * Read model of the ministry dashboard. Every query takes the caller's scope: `applications.monitor` reaches all
 * municipalities (ministry roles) or the caller's region's municipalities (regional coordinators).
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private scopeSql(scope: AccessScope, params: unknown[]): string | null {
    const filter = organizationFilter(scope, 'applications.monitor');
    if (filter.all) return 'TRUE';
    if (filter.organizationIds.length === 0 && filter.regionIds.length === 0) return null;
    params.push(filter.organizationIds, filter.regionIds);
    return `(m.id = ANY($${params.length - 1}::uuid[]) OR m.parent_id = ANY($${params.length}::uuid[]))`;
  }

  async applications(scope: AccessScope, campaignId: string | null): Promise<DashboardApplicationRow[]> {
    const params: unknown[] = [campaignId];
    const scoped = this.scopeSql(scope, params);
    if (!scoped) return [];
    const rows: {
      id: string;
      status: string;
      region_id: string | null;
      region_ru: string | null;
      region_en: string | null;
      population: number | null;
      is_regional_capital: boolean;
      eligibility: EligibilityRules;
      snapshot_checks: { rule: string; passed: boolean }[] | null;
      report_findings: { rule: string; severity: string; refs: unknown; params: unknown }[] | null;
      report_coverage: number | null;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.status, r.id AS region_id, r.name_ru AS region_ru, r.name_en AS region_en,
              m.population, m.is_regional_capital, k.eligibility,
              (SELECT s.content -> 'eligibility' FROM application_snapshots s
                WHERE s.application_id = a.id ORDER BY s.sequence DESC LIMIT 1) AS snapshot_checks,
              cr.findings AS report_findings, cr.coverage_ratio AS report_coverage
         FROM applications a
         JOIN campaigns k ON k.id = a.campaign_id
         JOIN organizations m ON m.id = a.municipality_id
         LEFT JOIN organizations r ON r.id = m.parent_id
         LEFT JOIN LATERAL (
           SELECT c.findings, c.coverage_ratio FROM compliance_reports c
            WHERE c.roadmap_id = a.roadmap_id ORDER BY c.revision DESC, c.computed_at DESC LIMIT 1
         ) cr ON TRUE
        WHERE ($1::uuid IS NULL OR a.campaign_id = $1::uuid) AND ${scoped}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      regionId: row.region_id,
      regionRu: row.region_ru,
      regionEn: row.region_en,
      population: row.population,
      isRegionalCapital: row.is_regional_capital,
      rules: row.eligibility,
      snapshotChecks: row.snapshot_checks,
      reportErrors: row.report_findings ? row.report_findings.filter((f) => f.severity === 'error') : null,
      reportCoverage: row.report_coverage,
    }));
  }

  /**
   * Time spent in each status: a spell starts with the transition entering the status and ends with the next
   * transition of the same application. Spells still open (the status now) are left out.
   */
  async stageTimes(scope: AccessScope, campaignId: string | null): Promise<StageTimeRow[]> {
    const params: unknown[] = [campaignId];
    const scoped = this.scopeSql(scope, params);
    if (!scoped) return [];
    const rows: { status: string; spells: string; mean_seconds: number; median_seconds: number }[] =
      await this.dataSource.query(
        `WITH spells AS (
           SELECT t.to_status AS status,
                  LEAD(t.occurred_at) OVER (PARTITION BY t.application_id
                                            ORDER BY t.application_revision) - t.occurred_at AS spent
             FROM application_transitions t
             JOIN applications a ON a.id = t.application_id
             JOIN organizations m ON m.id = a.municipality_id
            WHERE ($1::uuid IS NULL OR a.campaign_id = $1::uuid) AND ${scoped}
         )
         SELECT status, count(*) AS spells,
                avg(extract(epoch FROM spent))::float8 AS mean_seconds,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM spent))::float8 AS median_seconds
           FROM spells WHERE spent IS NOT NULL
          GROUP BY status`,
        params,
      );
    return rows.map((r) => ({
      status: r.status,
      spells: Number(r.spells),
      meanSeconds: r.mean_seconds,
      medianSeconds: r.median_seconds,
    }));
  }
}
