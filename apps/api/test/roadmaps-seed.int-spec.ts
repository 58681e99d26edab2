import { createDataSource } from '../src/database/data-source';
import { seedCatalogue } from '../src/modules/catalogue/seed/catalogue-seed';
import { Roadmap } from '../src/modules/roadmaps/roadmap.entity';
import { DEMO_ROADMAPS } from '../src/modules/seed/demo-roadmaps';
import { seedDemo } from '../src/modules/seed/demo-seed';
import { createTestDatabase, type TestDatabase } from './test-database';

describe('demo roadmaps seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('seeds Kaluga, Obninsk and Kostroma with roadmaps in different states, once', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      await seedCatalogue(dataSource);
      const first = await seedDemo(dataSource);
      const second = await seedDemo(dataSource);

      expect(first.roadmaps).toBe(3);
      expect(second.roadmaps).toBe(0);
      const roadmaps = await dataSource.getRepository(Roadmap).find({ order: { periodStartYear: 'ASC' } });
      // Obninsk's roadmap went out with its 2019 pilot application and was approved (demo applications, issue 6).
      expect(roadmaps.map((r) => r.status)).toEqual(['approved', 'approved', 'draft']);
      const [{ items, standard, own }] = await dataSource.query<
        { items: number; standard: number; own: number }[]
      >(
        `SELECT count(*)::int AS items,
                count(*) FILTER (WHERE kind = 'standard' AND measure_id IS NOT NULL)::int AS standard,
                count(*) FILTER (WHERE kind = 'own')::int AS own
           FROM roadmap_items`,
      );
      expect(items).toBe(DEMO_ROADMAPS.reduce((n, r) => n + r.items.length, 0));
      expect(standard + own).toBe(items);
      expect(own).toBeGreaterThan(0);
      const [{ orphans }] = await dataSource.query<{ orphans: number }[]>(
        `SELECT count(*)::int AS orphans FROM roadmap_items i
          WHERE kind = 'own' AND NOT EXISTS (SELECT 1 FROM roadmap_item_problems p WHERE p.item_id = i.id)`,
      );
      expect(orphans).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
