import { canonicalJson } from '@smartcity/domain';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

import { createDataSource } from '../src/database/data-source';
import { seedCatalogue } from '../src/modules/catalogue/seed/catalogue-seed';
import { LocalDiskStorage } from '../src/modules/roadmaps/storage/local-disk.storage';
import { seedDemo } from '../src/modules/seed/demo-seed';
import { createTestDatabase, type TestDatabase } from './test-database';

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('demo pilot applications seed', () => {
  let db: TestDatabase;
  let storageDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    storageDir = mkdtempSync(join(tmpdir(), 'scr-seed-'));
  });

  afterAll(async () => {
    await db.drop();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('seeds the 2019 campaign: Kaluga signed, Obninsk approved, Kostroma returned with an item comment — once', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    const storage = new LocalDiskStorage(storageDir);
    try {
      await seedCatalogue(dataSource);
      const first = await seedDemo(dataSource, storage);
      const second = await seedDemo(dataSource, storage);

      expect(first.applications).toBe(3);
      expect(second.applications).toBe(0);
      const rows = await dataSource.query<
        { city: string; status: string; stage: string | null; roadmap: string }[]
      >(
        `SELECT o.name_en AS city, a.status, a.current_stage AS stage, r.status AS roadmap
           FROM applications a JOIN organizations o ON o.id = a.municipality_id JOIN roadmaps r ON r.id = a.roadmap_id
           JOIN campaigns c ON c.id = a.campaign_id AND c.status = 'closed'
          ORDER BY o.name_en`,
      );
      expect(rows).toEqual([
        { city: 'Kaluga', status: 'agreement_signed', stage: null, roadmap: 'approved' },
        { city: 'Kostroma', status: 'changes_requested', stage: 'regional', roadmap: 'draft' },
        { city: 'Obninsk', status: 'approved', stage: null, roadmap: 'approved' },
      ]);

      const transitions = await dataSource.query<{ city: string; path: string }[]>(
        `SELECT o.name_en AS city, string_agg(t.transition, ' > ' ORDER BY t.application_revision) AS path
           FROM application_transitions t JOIN applications a ON a.id = t.application_id
           JOIN organizations o ON o.id = a.municipality_id GROUP BY o.name_en ORDER BY o.name_en`,
      );
      expect(transitions).toEqual([
        {
          city: 'Kaluga',
          path: 'submit > begin_regional_review > pass_regional_review > approve > sign_agreement',
        },
        { city: 'Kostroma', path: 'submit > begin_regional_review > request_changes' },
        { city: 'Obninsk', path: 'submit > begin_regional_review > pass_regional_review > approve' },
      ]);

      const [comment] = await dataSource.query<{ item_id: string; in_snapshot: boolean; author: string }[]>(
        `SELECT c.item_id, (s.content->'itemHashes') ? c.item_id::text AS in_snapshot, u.email AS author
           FROM application_comments c JOIN application_snapshots s ON s.id = c.snapshot_id
           JOIN users u ON u.id = c.author_id`,
      );
      expect(comment).toMatchObject({ in_snapshot: true, author: 'coordinator@kostroma-region.demo' });

      const snapshots = await dataSource.query<{ content: unknown; content_hash: string }[]>(
        `SELECT content, content_hash FROM application_snapshots`,
      );
      for (const s of snapshots) {
        expect(createHash('sha256').update(canonicalJson(s.content)).digest('hex')).toBe(s.content_hash);
      }

      const [agreement] = await dataSource.query<{ number: string; storage_key: string; sha256: string }[]>(
        `SELECT g.number, f.storage_key, f.sha256 FROM application_agreements g JOIN application_files f ON f.id = g.file_id`,
      );
      expect(agreement.number).toBe('СГ-01/2019');
      const pdf = await read(await storage.get(agreement.storage_key));
      expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.4');
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(agreement.sha256);
    } finally {
      await dataSource.destroy();
    }
  });
});
