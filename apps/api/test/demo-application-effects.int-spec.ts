import { createDataSource } from '../src/database/data-source';
import { seedCatalogue } from '../src/modules/catalogue/seed/catalogue-seed';
import { seedDemo } from '../src/modules/seed/demo-seed';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The demo's worker-side traces: SLA clocks replayed from the 2019 transitions (Kostroma's regional clock paused
 * while it is back with the municipality) and one render job per PDF, without notifying anyone — once.
 */
describe('demo SLA clocks and documents', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('replays the clocks and asks for each document once, notifying nobody', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      await seedCatalogue(dataSource);
      await seedDemo(dataSource);
      await seedDemo(dataSource);

      const clocks = await dataSource.query<{ city: string; stage: string; status: string }[]>(
        `SELECT o.name_en AS city, c.stage, c.status FROM sla_clocks c JOIN organizations o ON o.id = c.municipality_id
          ORDER BY o.name_en, c.stage`,
      );
      const documents = await dataSource.query<{ city: string; kind: string; count: string }[]>(
        `SELECT o.name_en AS city, d.kind, count(*) AS count FROM documents d
           JOIN organizations o ON o.id = d.municipality_id GROUP BY o.name_en, d.kind ORDER BY o.name_en, d.kind`,
      );
      const jobs = await dataSource.query<{ job_name: string; count: string }[]>(
        `SELECT job_name, count(*) AS count FROM outbox_events GROUP BY job_name ORDER BY job_name`,
      );

      expect(clocks).toEqual([
        { city: 'Kaluga', stage: 'ministry', status: 'stopped' },
        { city: 'Kaluga', stage: 'regional', status: 'stopped' },
        { city: 'Kostroma', stage: 'regional', status: 'paused' },
        { city: 'Obninsk', stage: 'ministry', status: 'stopped' },
        { city: 'Obninsk', stage: 'regional', status: 'stopped' },
      ]);
      expect(documents).toEqual([
        { city: 'Kaluga', kind: 'application', count: '1' },
        { city: 'Kaluga', kind: 'decision_letter', count: '1' },
        { city: 'Kostroma', kind: 'application', count: '1' },
        { city: 'Kostroma', kind: 'decision_letter', count: '1' },
        { city: 'Obninsk', kind: 'application', count: '1' },
        { city: 'Obninsk', kind: 'decision_letter', count: '1' },
      ]);
      expect(jobs.filter((j) => j.job_name === 'documents.render')).toEqual([
        { job_name: 'documents.render', count: '6' },
      ]);
      expect(jobs.some((j) => /notify|mail|transition-recorded/.test(j.job_name))).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
