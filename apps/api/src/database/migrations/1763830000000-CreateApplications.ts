import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pilot applications (issue 6): campaigns, applications, their frozen snapshots, the append-only transition log,
 * reviewers, checklist answers, item-anchored comments, per-item acceptances, uploaded files and agreements.
 * Snapshots and transitions are immutable in the database (like published catalogue versions and the audit log).
 */
export class CreateApplications1763830000000 implements MigrationInterface {
  name = 'CreateApplications1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text CHECK (length(description) <= 5000),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        eligibility jsonb NOT NULL,
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array'),
        stages jsonb NOT NULL CHECK (jsonb_typeof(stages) = 'array'),
        revision integer NOT NULL DEFAULT 1,
        published_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_window CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX campaigns_status_idx ON campaigns (status, opens_at DESC)`);

    await q.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        municipality_id uuid NOT NULL REFERENCES organizations(id),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'regional_review',
          'ministry_review', 'changes_requested', 'resubmitted', 'approved', 'rejected', 'withdrawn',
          'agreement_signed')),
        current_stage text CHECK (current_stage IN ('regional', 'ministry')),
        revision integer NOT NULL DEFAULT 1,
        prefill jsonb NOT NULL,
        submitted_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One active application per municipality per campaign; rejected and withdrawn ones do not count.
    await q.query(`
      CREATE UNIQUE INDEX applications_one_active_uq ON applications (campaign_id, municipality_id)
      WHERE status NOT IN ('rejected', 'withdrawn')`);
    await q.query(
      `CREATE INDEX applications_municipality_idx ON applications (municipality_id, created_at DESC)`,
    );
    await q.query(`CREATE INDEX applications_campaign_status_idx ON applications (campaign_id, status)`);
    await q.query(`CREATE INDEX applications_roadmap_idx ON applications (roadmap_id)`);

    await q.query(`
      CREATE TABLE application_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id),
        sequence integer NOT NULL CHECK (sequence >= 1),
        roadmap_revision integer NOT NULL,
        content jsonb NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        compliance_score integer NOT NULL,
        error_count integer NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_snapshots_sequence_uq UNIQUE (application_id, sequence)
      )`);
    // What was submitted stays what was submitted: no UPDATE, DELETE or TRUNCATE, whoever asks.
    await q.query(`
      CREATE FUNCTION application_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'APP01';
      END $$`);
    for (const table of ['application_snapshots', 'application_transitions']) {
      if (table === 'application_transitions') {
        await q.query(`
          CREATE TABLE application_transitions (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            application_id uuid NOT NULL REFERENCES applications(id),
            transition text NOT NULL,
            from_status text NOT NULL,
            to_status text NOT NULL,
            stage text CHECK (stage IN ('regional', 'ministry')),
            actor_user_id uuid REFERENCES users(id),
            reasons jsonb NOT NULL DEFAULT '[]',
            effects jsonb NOT NULL DEFAULT '[]',
            snapshot_id uuid REFERENCES application_snapshots(id),
            application_revision integer NOT NULL,
            occurred_at timestamptz NOT NULL DEFAULT now()
          )`);
        await q.query(
          `CREATE INDEX application_transitions_application_idx ON application_transitions (application_id, occurred_at)`,
        );
      }
      await q.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION application_refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION application_refuse_change()`);
    }

    await q.query(`
      CREATE TABLE application_reviewers (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('regional', 'ministry')),
        user_id uuid NOT NULL REFERENCES users(id),
        assignment text NOT NULL CHECK (assignment IN ('auto', 'manual')),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, stage, user_id)
      )`);
    await q.query(`CREATE INDEX application_reviewers_user_idx ON application_reviewers (user_id)`);

    await q.query(`
      CREATE TABLE application_checklist_answers (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('regional', 'ministry')),
        criterion_code text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('met', 'not_met', 'comment')),
        comment text CHECK (length(comment) <= 2000),
        answered_by uuid NOT NULL REFERENCES users(id),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, stage, criterion_code)
      )`);

    await q.query(`
      CREATE TABLE application_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        snapshot_id uuid NOT NULL REFERENCES application_snapshots(id),
        stage text CHECK (stage IN ('regional', 'ministry')),
        item_id uuid,
        item_title text,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX application_comments_application_idx ON application_comments (application_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE application_item_acceptances (
        snapshot_id uuid NOT NULL REFERENCES application_snapshots(id),
        item_id uuid NOT NULL,
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        content_hash text NOT NULL,
        accepted_by uuid NOT NULL REFERENCES users(id),
        accepted_at timestamptz NOT NULL,
        carried_over boolean NOT NULL DEFAULT false,
        PRIMARY KEY (snapshot_id, item_id)
      )`);

    await q.query(`
      CREATE TABLE application_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE application_agreements (
        application_id uuid PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
        signed_on date NOT NULL,
        signatories jsonb NOT NULL,
        file_id uuid NOT NULL REFERENCES application_files(id),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX application_agreements_number_uq ON application_agreements (number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'application_agreements',
      'application_files',
      'application_item_acceptances',
      'application_comments',
      'application_checklist_answers',
      'application_reviewers',
      'application_transitions',
      'application_snapshots',
      'applications',
      'campaigns',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS application_refuse_change()`);
  }
}
