import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roadmap evidence (links and files kept behind the FileStorage interface) and XLSX imports (issue 4, items 3
 * and 7). A file's bytes live in storage under a server-made key; the row holds its name, type, size and hash.
 * An import keeps the parsed preview and the operations to apply, with the roadmap revision they were computed
 * against (applying requires the roadmap to be still at it).
 */
export class AddRoadmapEvidenceAndImports1763810000000 implements MigrationInterface {
  name = 'AddRoadmapEvidenceAndImports1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roadmap_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        item_id uuid REFERENCES roadmap_items(id) ON DELETE CASCADE,
        problem_id uuid REFERENCES roadmap_problems(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('link', 'file')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        url text CHECK (length(url) <= 2000),
        storage_key text UNIQUE,
        file_name text CHECK (length(file_name) BETWEEN 1 AND 200),
        file_type text CHECK (file_type IN ('pdf', 'png', 'jpeg', 'docx', 'xlsx', 'odt', 'ods', 'txt')),
        size_bytes bigint CHECK (size_bytes > 0),
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Evidence supports exactly one thing: an item or a problem.
        CONSTRAINT roadmap_evidence_one_target CHECK ((item_id IS NULL) <> (problem_id IS NULL)),
        CONSTRAINT roadmap_evidence_link CHECK (kind <> 'link' OR (url IS NOT NULL AND storage_key IS NULL)),
        CONSTRAINT roadmap_evidence_file CHECK (
          kind <> 'file' OR (url IS NULL AND storage_key IS NOT NULL AND file_name IS NOT NULL
            AND file_type IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX roadmap_evidence_item_idx ON roadmap_evidence (item_id, created_at)`);
    await q.query(`CREATE INDEX roadmap_evidence_problem_idx ON roadmap_evidence (problem_id, created_at)`);
    await q.query(`CREATE INDEX roadmap_evidence_roadmap_idx ON roadmap_evidence (roadmap_id)`);

    await q.query(`
      CREATE TABLE roadmap_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'previewed' CHECK (status IN ('previewed', 'applied')),
        base_revision integer NOT NULL CHECK (base_revision >= 1),
        is_valid boolean NOT NULL,
        summary jsonb NOT NULL,
        rows jsonb NOT NULL,
        operations jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        applied_revision integer,
        CONSTRAINT roadmap_imports_applied CHECK ((status = 'applied') = (applied_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX roadmap_imports_roadmap_idx ON roadmap_imports (roadmap_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roadmap_imports`);
    await q.query(`DROP TABLE roadmap_evidence`);
  }
}
