import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The standards catalogue: framework versions (the Smart City standard, KPI sets) with their directions,
 * measures and KPI definitions, and catalogue imports.
 *
 * Published versions are immutable, enforced here and not only in the API: triggers refuse any insert, update or
 * delete of a published or retired version's directions, measures and KPIs, and any change of the version row
 * except retiring it. They raise SQLSTATE CAT01, which the API answers with 409 `catalogue.version-published`.
 * Search: generated tsvector columns (russian and english configurations) with GIN indexes, plus trigram indexes
 * on titles for typo-tolerant matching (pg_trgm comes from the first migration).
 */
export class CreateCatalogue1763790000000 implements MigrationInterface {
  name = 'CreateCatalogue1763790000000';

  async up(q: QueryRunner): Promise<void> {
    const code = (column: string) => `${column} ~ '^[A-Za-z0-9][A-Za-z0-9._: -]{0,59}$'`;
    const titles = `CHECK (title_ru IS NOT NULL OR title_en IS NOT NULL)`;

    await q.query(`
      CREATE TABLE frameworks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (${code('code')}),
        version integer NOT NULL CHECK (version >= 1),
        edition text NOT NULL CHECK (length(edition) BETWEEN 1 AND 60),
        kind text NOT NULL CHECK (kind IN ('measures', 'kpis')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
        title_ru text CHECK (length(title_ru) <= 500),
        title_en text CHECK (length(title_en) <= 500),
        description_ru text,
        description_en text,
        provenance jsonb NOT NULL,
        based_on_id uuid REFERENCES frameworks(id),
        revision integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        retired_at timestamptz,
        CONSTRAINT frameworks_code_version_uq UNIQUE (code, version),
        -- Target of the (framework, kind) foreign keys that keep measures in measure frameworks only.
        CONSTRAINT frameworks_id_kind_uq UNIQUE (id, kind),
        CONSTRAINT frameworks_title ${titles},
        CONSTRAINT frameworks_provenance CHECK (provenance->>'status' IN ('official', 'partial', 'reconstruction')),
        CONSTRAINT frameworks_published_at CHECK ((status = 'draft') = (published_at IS NULL)),
        CONSTRAINT frameworks_retired_at CHECK ((status = 'retired') = (retired_at IS NOT NULL))
      )`);
    // At most one draft per framework: a new edition starts from a published version.
    await q.query(`CREATE UNIQUE INDEX frameworks_one_draft_uq ON frameworks (code) WHERE status = 'draft'`);
    await q.query(`CREATE INDEX frameworks_status_idx ON frameworks (status, code, version DESC)`);

    await q.query(`
      CREATE TABLE directions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        framework_id uuid NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (${code('code')}),
        title_ru text CHECK (length(title_ru) <= 1000),
        title_en text CHECK (length(title_en) <= 1000),
        position integer NOT NULL CHECK (position >= 1),
        search_ru tsvector GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, coalesce(title_ru, ''))) STORED,
        search_en tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title_en, ''))) STORED,
        CONSTRAINT directions_title ${titles},
        CONSTRAINT directions_code_uq UNIQUE (framework_id, code),
        CONSTRAINT directions_id_framework_uq UNIQUE (id, framework_id)
      )`);

    // Titles weigh more than descriptions in the ranking (A vs B).
    const search = (config: 'russian' | 'english', lang: 'ru' | 'en') => `
        search_${lang} tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('${config}'::regconfig, coalesce(title_${lang}, '')), 'A') ||
          setweight(to_tsvector('${config}'::regconfig, coalesce(description_${lang}, '')), 'B')
        ) STORED`;
    const itemColumns = (kind: 'measures' | 'kpis') => `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        framework_id uuid NOT NULL,
        framework_kind text NOT NULL DEFAULT '${kind}' CHECK (framework_kind = '${kind}'),
        direction_id uuid NOT NULL,
        code text NOT NULL CHECK (${code('code')}),
        title_ru text CHECK (length(title_ru) <= 1000),
        title_en text CHECK (length(title_en) <= 1000),
        description_ru text CHECK (length(description_ru) <= 10000),
        description_en text CHECK (length(description_en) <= 10000),
        provenance text NOT NULL CHECK (provenance IN ('confirmed', 'unconfirmed', 'reconstructed')),
        provenance_note text,
        sources text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL CHECK (position >= 1),`;
    const itemConstraints = (table: string) => `
        ${search('russian', 'ru')},
        ${search('english', 'en')},
        CONSTRAINT ${table}_title ${titles},
        CONSTRAINT ${table}_code_uq UNIQUE (framework_id, code),
        CONSTRAINT ${table}_framework_fk FOREIGN KEY (framework_id, framework_kind)
          REFERENCES frameworks (id, kind) ON DELETE CASCADE,
        -- The direction must belong to the same version.
        CONSTRAINT ${table}_direction_fk FOREIGN KEY (direction_id, framework_id)
          REFERENCES directions (id, framework_id)`;

    await q.query(`
      CREATE TABLE measures (${itemColumns('measures')}
        official_number text CHECK (length(official_number) <= 60),
        kind text NOT NULL CHECK (kind IN ('basic', 'additional')),
        deadline_year integer CHECK (deadline_year BETWEEN 2000 AND 2100),
        applicability jsonb CHECK (
          applicability IS NULL OR (
            jsonb_typeof(applicability->'regionalCapitals') = 'boolean'
            AND jsonb_typeof(applicability->'minPopulation') IN ('number', 'null')
          )
        ),${itemConstraints('measures')}
      )`);

    await q.query(`
      CREATE TABLE kpi_definitions (${itemColumns('kpis')}
        sub_dimension text CHECK (length(sub_dimension) <= 200),
        category text CHECK (length(category) <= 200),
        unit text CHECK (length(unit) <= 200),
        tier text CHECK (tier IN ('core', 'advanced')),
        better text CHECK (better IN ('higher', 'lower')),${itemConstraints('kpi_definitions')}
      )`);

    for (const table of ['directions', 'measures', 'kpi_definitions']) {
      await q.query(`CREATE INDEX ${table}_search_ru_idx ON ${table} USING gin (search_ru)`);
      await q.query(`CREATE INDEX ${table}_search_en_idx ON ${table} USING gin (search_en)`);
    }
    for (const table of ['measures', 'kpi_definitions']) {
      await q.query(`CREATE INDEX ${table}_direction_idx ON ${table} (direction_id)`);
      await q.query(`CREATE INDEX ${table}_title_ru_trgm_idx ON ${table} USING gin (title_ru gin_trgm_ops)`);
      await q.query(`CREATE INDEX ${table}_title_en_trgm_idx ON ${table} USING gin (title_en gin_trgm_ops)`);
    }

    // Directions, measures and KPIs change only while their version is a draft. FOR SHARE waits for a concurrent
    // publish to commit, so an edit racing a publish cannot slip in after it.
    await q.query(`
      CREATE FUNCTION catalogue_refuse_frozen_content() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
        fw record;
      BEGIN
        IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.framework_id];
        ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.framework_id];
        ELSE ids := ARRAY[OLD.framework_id, NEW.framework_id];
        END IF;
        -- A missing framework row means the version itself is being deleted (a draft; its trigger allowed it).
        FOR fw IN SELECT code, version, status FROM frameworks WHERE id = ANY(ids) FOR SHARE LOOP
          IF fw.status <> 'draft' THEN
            RAISE EXCEPTION 'Catalogue version % v% is % and cannot be changed (% on %); create a new draft edition instead',
              fw.code, fw.version, fw.status, TG_OP, TG_TABLE_NAME
              USING ERRCODE = 'CAT01';
          END IF;
        END LOOP;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['directions', 'measures', 'kpi_definitions']) {
      await q.query(`
        CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION catalogue_refuse_frozen_content()`);
    }

    // A version row changes freely as a draft (including publishing it); afterwards the only change allowed is
    // published → retired, touching nothing but status, retired_at and updated_at.
    await q.query(`
      CREATE FUNCTION catalogue_refuse_frozen_framework() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'draft' THEN
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.status = 'published' AND NEW.status = 'retired'
           AND to_jsonb(NEW) - ARRAY['status', 'retired_at', 'updated_at']
             = to_jsonb(OLD) - ARRAY['status', 'retired_at', 'updated_at'] THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Catalogue version % v% is % and cannot be changed (%); create a new draft edition instead',
          OLD.code, OLD.version, OLD.status, TG_OP
          USING ERRCODE = 'CAT01';
      END $$`);
    await q.query(`
      CREATE TRIGGER frameworks_frozen BEFORE UPDATE OR DELETE ON frameworks
      FOR EACH ROW EXECUTE FUNCTION catalogue_refuse_frozen_framework()`);

    await q.query(`
      CREATE TABLE catalogue_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        format text NOT NULL CHECK (format IN ('json', 'csv', 'xlsx')),
        content bytea NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'invalid', 'ready', 'applied', 'failed')),
        processed integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        error_count integer NOT NULL DEFAULT 0,
        invalid_rows integer NOT NULL DEFAULT 0,
        summary jsonb,
        document jsonb,
        preview jsonb,
        base_framework_id uuid REFERENCES frameworks(id) ON DELETE SET NULL,
        applied_framework_id uuid REFERENCES frameworks(id) ON DELETE SET NULL,
        failure_message text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        applied_at timestamptz,
        CONSTRAINT catalogue_imports_ready_has_document CHECK (status NOT IN ('ready', 'applied') OR document IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX catalogue_imports_created_idx ON catalogue_imports (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['catalogue_imports', 'kpi_definitions', 'measures', 'directions', 'frameworks']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS catalogue_refuse_frozen_content()`);
    await q.query(`DROP FUNCTION IF EXISTS catalogue_refuse_frozen_framework()`);
  }
}
