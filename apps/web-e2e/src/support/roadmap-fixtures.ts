import type { APIRequestContext } from 'playwright-core';

import { findOrganization } from './e2e';

/** Writes through the API as a signed-in user: the CSRF header carries the `scr_csrf` cookie's value. */
export async function apiWrite(
  api: APIRequestContext,
  method: 'post' | 'patch',
  url: string,
  data: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { cookies } = await api.storageState();
  const csrf = cookies.find((cookie) => cookie.name === 'scr_csrf')?.value ?? '';
  const response = await api[method](url, { data, headers: { 'x-csrf-token': csrf } });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

export type FixtureItem = { id: string; title: string; revision: number };
export type RoadmapFixture = {
  orgId: string;
  roadmapId: string;
  /** `/api/v1/organizations/:orgId/roadmaps/:roadmapId` */
  base: string;
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  items: FixtureItem[];
};

/**
 * A fresh Kaluga roadmap (the first free programme period, from the latest) with one problem and one own measure
 * per title, each with a responsible person «Сидоров П. П.» and a municipal budget line.
 */
export async function createRoadmapFixture(
  api: APIRequestContext,
  titlePrefix: string,
  itemTitles: readonly string[],
): Promise<RoadmapFixture> {
  const kaluga = await findOrganization(api, 'municipality', 'Kaluga');
  const frameworks = (await (
    await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
  ).json()) as { items: { id: string }[] };
  expect(frameworks.items.length).toBeGreaterThan(0);
  const list = `/api/v1/organizations/${kaluga.id}/roadmaps`;
  type Created = { id: string; title: string; periodStartYear: number; periodEndYear: number };
  let created = null as Created | null;
  for (let start = 2030; start >= 2019 && !created; start--) {
    for (let end = start; end <= 2030 && !created; end++) {
      const answer = await apiWrite(api, 'post', list, {
        title: `${titlePrefix} ${start}–${end}`,
        frameworkId: frameworks.items[0].id,
        periodStartYear: start,
        periodEndYear: end,
      });
      if (answer.status === 201) created = answer.body as unknown as Created;
      else expect(answer.status).toBe(409);
    }
  }
  if (!created) throw new Error('No free roadmap period for Kaluga');
  const base = `${list}/${created.id}`;
  const problem = await apiWrite(api, 'post', `${base}/problems`, {
    title: 'Жители не находят городские данные',
    severity: 'medium',
  });
  expect(problem.status).toBe(201);
  const problemId = (problem.body.problem as { id: string }).id;
  const year = created.periodStartYear;
  const items: FixtureItem[] = [];
  for (const [index, title] of itemTitles.entries()) {
    const answer = await apiWrite(api, 'post', `${base}/items`, {
      kind: 'own',
      title,
      problemIds: [problemId],
      responsibleUnit: 'Комитет информатизации',
      responsiblePerson: 'Сидоров П. П.',
      startMonth: `${year}-0${index + 1}`,
      endMonth: `${year}-1${index % 3}`,
      budgetLines: [{ year, source: 'municipal', planned: `${(index + 1) * 100000}` }],
    });
    expect(answer.status).toBe(201);
    const item = answer.body.item as FixtureItem;
    items.push({ id: item.id, title: item.title, revision: item.revision });
  }
  return {
    orgId: kaluga.id,
    roadmapId: created.id,
    base,
    title: created.title,
    periodStartYear: created.periodStartYear,
    periodEndYear: created.periodEndYear,
    items,
  };
}

/** Changes one item's responsible person through the API, based on its current revision. */
export async function changeResponsiblePerson(
  api: APIRequestContext,
  fixture: RoadmapFixture,
  itemId: string,
  person: string,
): Promise<void> {
  const current = (await (await api.get(`${fixture.base}/items/${itemId}`)).json()) as FixtureItem;
  const answer = await apiWrite(api, 'patch', `${fixture.base}/items/${itemId}`, {
    revision: current.revision,
    responsiblePerson: person,
  });
  expect(answer.status).toBe(200);
}
