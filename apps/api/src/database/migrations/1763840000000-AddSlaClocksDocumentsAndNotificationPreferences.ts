import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6, the worker side of pilot applications:
 * - notification_preferences: per user × kind × channel switches (a missing row means "on");
 * - sla_clocks: one clock per application × review stage. Elapsed time is stored, so pausing (the application is
 *   back with the municipality) and resuming are plain updates; the BullMQ delayed job only wakes the worker up to
 *   re-read this row, so a stale wake-up does nothing;
 * - documents: rendered PDFs (the submitted application, decision letters). `document_key` makes rendering
 *   idempotent (one row per snapshot or decision) and the lease lets a restarted worker take over a render that
 *   died half-way.
 */
export class AddSlaClocksDocumentsAndNotificationPreferences1763840000000 implements MigrationInterface {
  name = 'AddSlaClocksDocumentsAndNotificationPreferences1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('in_app', 'email')),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind, channel)
      )`);

    await q.query(`
      CREATE TABLE sla_clocks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('regional', 'ministry')),
        municipality_id uuid NOT NULL REFERENCES organizations(id),
        region_id uuid REFERENCES organizations(id),
        sla_days integer NOT NULL CHECK (sla_days BETWEEN 1 AND 365),
        status text NOT NULL CHECK (status IN ('running', 'paused', 'stopped')),
        started_at timestamptz NOT NULL,
        -- Time counted before running_since (previous running spells).
        elapsed_ms bigint NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
        running_since timestamptz,
        paused_at timestamptz,
        stopped_at timestamptz,
        reminder_sent_at timestamptz,
        overdue_at timestamptz,
        last_transition_id uuid,
        -- The application revision of the last transition applied: effects of an older transition that arrive
        -- late (jobs run in parallel) are ignored.
        applied_revision integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sla_clocks_running CHECK ((status = 'running') = (running_since IS NOT NULL)),
        CONSTRAINT sla_clocks_one_per_stage UNIQUE (application_id, stage)
      )`);
    await q.query(`CREATE INDEX sla_clocks_open_idx ON sla_clocks (status) WHERE status <> 'stopped'`);

    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('application', 'decision_letter')),
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES organizations(id),
        -- 'application:<snapshot id>' or 'decision_letter:<transition id>': one document per source, however
        -- often the render job runs.
        document_key text NOT NULL UNIQUE,
        snapshot_hash text NOT NULL CHECK (snapshot_hash ~ '^[0-9a-f]{64}$'),
        transition_id uuid,
        locale text NOT NULL CHECK (locale IN ('ru', 'en')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rendering', 'ready', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        storage_key text UNIQUE,
        size_bytes integer,
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        lease_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        rendered_at timestamptz,
        CONSTRAINT documents_ready CHECK (
          status <> 'ready' OR (storage_key IS NOT NULL AND size_bytes IS NOT NULL AND rendered_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX documents_application_idx ON documents (application_id, created_at)`);
    await q.query(
      `CREATE INDEX documents_unfinished_idx ON documents (status) WHERE status IN ('pending', 'rendering')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['documents', 'sla_clocks', 'notification_preferences']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
