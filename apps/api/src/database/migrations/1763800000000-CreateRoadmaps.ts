import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foreign keys to the standards catalogue (issue 3, migration 1763790000000), added when its tables exist. */
const CATALOGUE_REFERENCES: { table: string; column: string; target: string }[] = [
  { table: 'roadmaps', column: 'framework_id', target: 'frameworks' },
  { table: 'roadmap_problems', column: 'direction_id', target: 'directions' },
  { table: 'roadmap_items', column: 'measure_id', target: 'measures' },
  { table: 'roadmap_items', column: 'direction_id', target: 'directions' },
  { table: 'roadmap_kpi_targets', column: 'kpi_definition_id', target: 'kpi_definitions' },
  { table: 'roadmap_measure_coverages', column: 'measure_id', target: 'measures' },
];

/**
 * Roadmap drafting (issue 4): roadmaps, problems, items with budget lines, KPI targets and finish-to-start
 * dependencies, coverage marks for basic measures, comments and named snapshots.
 *
 * Optimistic locking: roadmaps, problems, items and coverage marks carry `revision`, bumped by every write with
 * `UPDATE … WHERE revision = $based_on` (docs/roadmaps.md). Money is integer kopecks in `bigint`.
 * The catalogue foreign keys are created only when the catalogue tables exist; the catalogue's migration is
 * older than this one, so on a fully migrated database they always do.
 */
export class CreateRoadmaps1763800000000 implements MigrationInterface {
  name = 'CreateRoadmaps1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roadmaps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES organizations(id),
        framework_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        period_start_year integer NOT NULL CHECK (period_start_year BETWEEN 2019 AND 2030),
        period_end_year integer NOT NULL CHECK (period_end_year BETWEEN 2019 AND 2030),
        outlook_year integer CHECK (outlook_year BETWEEN 2019 AND 2036),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'archived')),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        cloned_from_id uuid REFERENCES roadmaps(id) ON DELETE SET NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT roadmaps_period_order CHECK (period_start_year <= period_end_year),
        CONSTRAINT roadmaps_outlook_after_period CHECK (outlook_year IS NULL OR outlook_year >= period_end_year),
        -- One roadmap per municipality and programme period.
        CONSTRAINT roadmaps_period_uq UNIQUE (municipality_id, period_start_year, period_end_year)
      )`);

    await q.query(`
      CREATE TABLE roadmap_problems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text CHECK (length(description) <= 10000),
        evidence_links text[] NOT NULL DEFAULT '{}',
        severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
        direction_id uuid,
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadmap_problems_roadmap_idx ON roadmap_problems (roadmap_id, created_at)`);

    await q.query(`
      CREATE TABLE roadmap_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('standard', 'own')),
        measure_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text CHECK (length(description) <= 10000),
        direction_id uuid,
        responsible_unit text CHECK (length(responsible_unit) <= 300),
        responsible_person text CHECK (length(responsible_person) <= 300),
        start_month text CHECK (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        end_month text CHECK (end_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT roadmap_items_measure_by_kind CHECK ((kind = 'standard') = (measure_id IS NOT NULL)),
        CONSTRAINT roadmap_items_month_order CHECK (start_month IS NULL OR end_month IS NULL OR start_month <= end_month)
      )`);
    await q.query(`CREATE INDEX roadmap_items_roadmap_idx ON roadmap_items (roadmap_id, created_at)`);
    await q.query(`CREATE INDEX roadmap_items_measure_idx ON roadmap_items (measure_id)`);

    // An own measure cites the problems it answers; a cited problem cannot be deleted (RESTRICT).
    await q.query(`
      CREATE TABLE roadmap_item_problems (
        item_id uuid NOT NULL REFERENCES roadmap_items(id) ON DELETE CASCADE,
        problem_id uuid NOT NULL REFERENCES roadmap_problems(id) ON DELETE RESTRICT,
        PRIMARY KEY (item_id, problem_id)
      )`);
    await q.query(`CREATE INDEX roadmap_item_problems_problem_idx ON roadmap_item_problems (problem_id)`);

    await q.query(`
      CREATE TABLE roadmap_item_dependencies (
        item_id uuid NOT NULL REFERENCES roadmap_items(id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES roadmap_items(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, depends_on_id),
        CONSTRAINT roadmap_item_dependencies_not_self CHECK (item_id <> depends_on_id)
      )`);
    await q.query(
      `CREATE INDEX roadmap_item_dependencies_target_idx ON roadmap_item_dependencies (depends_on_id)`,
    );

    await q.query(`
      CREATE TABLE roadmap_budget_lines (
        item_id uuid NOT NULL REFERENCES roadmap_items(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        source text NOT NULL CHECK (source IN ('federal', 'regional', 'municipal', 'extra_budgetary')),
        planned_kopecks bigint NOT NULL CHECK (planned_kopecks >= 0),
        actual_kopecks bigint CHECK (actual_kopecks >= 0),
        PRIMARY KEY (item_id, year, source)
      )`);

    await q.query(`
      CREATE TABLE roadmap_kpi_targets (
        item_id uuid NOT NULL REFERENCES roadmap_items(id) ON DELETE CASCADE,
        kpi_definition_id uuid NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        baseline numeric,
        target numeric NOT NULL,
        PRIMARY KEY (item_id, kpi_definition_id, year)
      )`);

    await q.query(`
      CREATE TABLE roadmap_measure_coverages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        measure_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('implemented', 'not_applicable')),
        justification text CHECK (length(justification) <= 5000),
        evidence_links text[] NOT NULL DEFAULT '{}',
        review_status text CHECK (review_status IN ('pending', 'accepted', 'rejected')),
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT roadmap_measure_coverages_uq UNIQUE (roadmap_id, measure_id),
        CONSTRAINT roadmap_measure_coverages_evidence
          CHECK (status <> 'implemented' OR cardinality(evidence_links) > 0),
        CONSTRAINT roadmap_measure_coverages_justified
          CHECK (status <> 'not_applicable' OR (length(justification) > 0 AND review_status IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE roadmap_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        item_id uuid REFERENCES roadmap_items(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        mentioned_user_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadmap_comments_roadmap_idx ON roadmap_comments (roadmap_id, created_at)`);

    await q.query(`
      CREATE TABLE roadmap_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        roadmap_revision integer NOT NULL,
        content jsonb NOT NULL,
        content_hash text NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX roadmap_snapshots_roadmap_idx ON roadmap_snapshots (roadmap_id, created_at)`);

    // The activity feed reads a roadmap's audit events; every roadmap event records its roadmap id.
    await q.query(`
      CREATE INDEX audit_events_roadmap_idx ON audit_events
        ((coalesce(after->>'roadmapId', before->>'roadmapId')), occurred_at DESC)
        WHERE entity_type LIKE 'roadmap%'`);

    for (const ref of CATALOGUE_REFERENCES) {
      await q.query(`
        DO $$ BEGIN
          IF to_regclass('public.${ref.target}') IS NOT NULL THEN
            ALTER TABLE ${ref.table} ADD CONSTRAINT ${ref.table}_${ref.column}_fk
              FOREIGN KEY (${ref.column}) REFERENCES ${ref.target}(id);
          END IF;
        END $$`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS audit_events_roadmap_idx`);
    for (const table of [
      'roadmap_snapshots',
      'roadmap_comments',
      'roadmap_measure_coverages',
      'roadmap_kpi_targets',
      'roadmap_budget_lines',
      'roadmap_item_dependencies',
      'roadmap_item_problems',
      'roadmap_items',
      'roadmap_problems',
      'roadmaps',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
