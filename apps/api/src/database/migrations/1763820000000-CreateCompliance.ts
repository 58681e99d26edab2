import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Compliance results (issue #5): the authoritative report per roadmap revision and ruleset version, one score
 * snapshot per roadmap and day for the trend, and bulk recompute runs with their progress.
 */
export class CreateCompliance1763820000000 implements MigrationInterface {
  name = 'CreateCompliance1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compliance_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision >= 1),
        ruleset_version integer NOT NULL CHECK (ruleset_version >= 1),
        framework_id uuid NOT NULL REFERENCES frameworks(id),
        as_of date NOT NULL,
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        coverage_ratio double precision,
        quality_ratio double precision,
        basic_measures_mandatory boolean NOT NULL,
        -- Per direction: DirectionCompliance[] in framework order (score, ratios, tallies).
        direction_scores jsonb NOT NULL,
        -- HorizonCoverage[] for 2020, 2024, 2030.
        horizon_coverage jsonb NOT NULL,
        basic_measures jsonb NOT NULL,
        -- Data-only findings {rule, severity, refs, params}; clients format them (formatFinding).
        findings jsonb NOT NULL,
        error_count integer NOT NULL,
        warning_count integer NOT NULL,
        info_count integer NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT compliance_reports_revision_uq UNIQUE (roadmap_id, revision, ruleset_version)
      )`);

    await q.query(`
      CREATE TABLE compliance_daily_scores (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        day date NOT NULL,
        revision integer NOT NULL,
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        -- directionCode → score (null: nothing to assess).
        direction_scores jsonb NOT NULL,
        error_count integer NOT NULL,
        warning_count integer NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT compliance_daily_scores_day_uq UNIQUE (roadmap_id, day)
      )`);

    await q.query(`
      CREATE TABLE compliance_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        trigger text NOT NULL CHECK (trigger IN ('manual', 'framework-published')),
        framework_id uuid REFERENCES frameworks(id),
        total integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
        failed integer NOT NULL DEFAULT 0 CHECK (failed >= 0),
        failure_message text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT compliance_runs_framework_trigger CHECK (trigger <> 'framework-published' OR framework_id IS NOT NULL)
      )`);
    // A version is published once: its recompute run is created once, however often the event is delivered.
    await q.query(
      `CREATE UNIQUE INDEX compliance_runs_published_framework_uq ON compliance_runs (framework_id)
       WHERE trigger = 'framework-published'`,
    );
    await q.query(`CREATE INDEX compliance_runs_created_idx ON compliance_runs (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compliance_runs`);
    await q.query(`DROP TABLE compliance_daily_scores`);
    await q.query(`DROP TABLE compliance_reports`);
  }
}
