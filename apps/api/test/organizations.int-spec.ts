import { TestApp } from './test-app';

describe('organizations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(() => t.close());

  it("shows a municipal member their city with its region's name and population group", async () => {
    const region = await t.organization('region', { nameRu: 'Калужская область', nameEn: 'Kaluga Region' });
    const city = await t.organization('municipality', {
      parentId: region.id,
      population: 125_000,
      oktmo: '29715000',
    });
    const editor = await t.asMember(city, 'municipal_editor');

    const list = await editor.get('/api/v1/organizations');
    const one = await editor.get(`/api/v1/organizations/${city.id}`);
    const regionItself = await editor.get(`/api/v1/organizations/${region.id}`);

    expect(list.body.map((o: { id: string }) => o.id)).toEqual([city.id]);
    expect(one.body).toMatchObject({
      kind: 'municipality',
      populationGroup: 'big',
      oktmo: '29715000',
      parent: { id: region.id, nameRu: 'Калужская область', nameEn: 'Kaluga Region' },
    });
    expect(regionItself.status).toBe(404);
  });

  it("lists a regional coordinator's region and its municipalities only", async () => {
    const mine = await t.regionWithCity();
    const other = await t.regionWithCity();
    const coordinator = await t.asMember(mine.region, 'regional_coordinator');

    const ids = (await coordinator.get('/api/v1/organizations')).body.map((o: { id: string }) => o.id);

    expect(ids).toEqual(expect.arrayContaining([mine.region.id, mine.city.id]));
    expect(ids).not.toContain(other.city.id);
    expect(ids).not.toContain(other.region.id);
  });

  it('refuses a municipality without a region, in the database', async () => {
    await expect(t.organization('municipality', { parentId: null })).rejects.toThrow(
      /organizations_municipality_has_region/,
    );
  });
});
