import type { Browser } from 'playwright-core';

import { apiSignedInAs, eventually, journey, launchBrowser, screenshot, signIn } from './support/e2e';
import { createRoadmapFixture } from './support/roadmap-fixtures';
import type { RoadmapFixture } from './support/roadmap-fixtures';
import { connectStackDatabase, enqueueStackJob } from './support/stack-access';
import type { StackDatabase } from './support/stack-access';

/*
 * The compliance tab's score trend with a real history. Only the daily scheduler writes trend points, so the
 * journey writes the past days' snapshots into the stack's database (E2E_DATABASE_URL) with known scores, and has
 * the worker store today's point by starting the scheduled job through the stack's queue, as the scheduler does.
 */

const DAY_MS = 86_400_000;
/** Scores of the past snapshots, oldest first (5, 4, 3, 2 and 1 days ago). */
const PAST_SCORES = [20, 35, 35, 50, 62];

let browser: Browser;
let db: StackDatabase;
let fixture: RoadmapFixture;

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);

/** The trend table's and summary's date text (`formatDay(…, 'long')` in the web app). */
function longDay(locale: 'ru-RU' | 'en-GB', day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = await connectStackDatabase();
  // A roadmap of its own, so no other journey sees the history written here.
  const api = await apiSignedInAs('editor@kaluga.demo');
  try {
    fixture = await createRoadmapFixture(api, 'История оценки', ['Единая диспетчерская служба города']);
  } finally {
    await api.dispose();
  }
});

afterAll(async () => {
  if (db && fixture)
    await db.query('DELETE FROM compliance_daily_scores WHERE roadmap_id = $1', [fixture.roadmapId]);
  await db?.end();
  await browser?.close();
});

describe('the compliance trend', () => {
  journey(
    'shows the daily snapshots of a roadmap as points, a table and a summary with the latest score',
    () => browser,
    async ({ page }) => {
      const pastDays = PAST_SCORES.map((_, index) => isoDay(PAST_SCORES.length - index));
      for (const [index, day] of pastDays.entries()) {
        await db.query(
          `INSERT INTO compliance_daily_scores
             (roadmap_id, day, revision, score, direction_scores, error_count, warning_count)
           VALUES ($1, $2, $3, $4, '{}'::jsonb, $5, $6)`,
          [fixture.roadmapId, day, 1, PAST_SCORES[index], 9 - index, index],
        );
      }
      // Today's point comes from the worker's job, evaluated on the roadmap as it is now.
      const today = isoDay(0);
      // What the 00:15 UTC scheduler enqueues.
      await enqueueStackJob('compliance.snapshot-daily-scores', { v: 1 });
      const todays = await eventually(
        async () => {
          const { rows } = await db.query<{ score: number; revision: number; error_count: number }>(
            `SELECT score, revision, error_count FROM compliance_daily_scores WHERE roadmap_id = $1 AND day = $2`,
            [fixture.roadmapId, today],
          );
          return rows[0];
        },
        { timeoutMs: 30_000, intervalMs: 500, what: "the worker to store today's snapshot" },
      );
      const days = [...pastDays, today];
      const scores = [...PAST_SCORES, todays.score];

      await signIn(page, 'editor@kaluga.demo');
      await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}`);
      await page.getByRole('tab', { name: 'Соответствие', exact: true }).click();
      await page.getByRole('heading', { name: 'Динамика оценки', exact: true }).waitFor();

      // The chart: one point per snapshot, each titled with its day and score, described by the summary.
      const chart = page.getByRole('img', { name: 'Оценка по дням', exact: true });
      await chart.waitFor();
      const points = chart.locator('circle');
      expect(await points.count()).toBe(days.length);
      expect(await chart.locator('circle > title').allTextContents()).toEqual(
        days.map((day, index) => `${longDay('ru-RU', day)}: ${scores[index]}`),
      );
      const summaryText = `Снимков: ${days.length}, с ${longDay('ru-RU', days[0])} по ${longDay('ru-RU', today)}. Последняя оценка: ${todays.score}.`;
      const describedBy = await chart.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      expect((await page.locator(`[id="${describedBy}"]`).textContent())?.trim()).toBe(summaryText);
      // The line rises with the scores: later points are higher (smaller y) or level.
      const ys = await points.evaluateAll((circles) => circles.map((c) => Number(c.getAttribute('cy'))));
      for (let i = 1; i < PAST_SCORES.length; i++) expect(ys[i]).toBeLessThanOrEqual(ys[i - 1]);

      // The same values as a table, newest first.
      const table = page.getByRole('table', { name: 'Оценка по дням (таблица)' });
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim())),
        );
      expect(rows.map((row) => [row[0], row[1]])).toEqual(
        days.map((day, index) => [longDay('ru-RU', day), String(scores[index])]).reverse(),
      );
      expect(rows[0][2]).toBe(String(todays.error_count));
      expect(rows[0][4]).toBe(String(todays.revision));

      // Today's snapshot is the server's evaluation of the current revision: the live panel agrees with it.
      await page
        .getByRole('region', { name: 'Соответствие стандарту' })
        .getByText(`Сервер согласен (редакция ${todays.revision}, оценка ${todays.score}).`)
        .waitFor({ timeout: 20_000 });
      await screenshot(page, 'compliance-trend');

      // In English, the chart's points and summary follow the language.
      await page.getByRole('button', { name: 'English' }).click();
      const chartEn = page.getByRole('img', { name: 'Score by day', exact: true });
      await chartEn.waitFor();
      await page
        .getByText(
          `Snapshots: ${days.length}, from ${longDay('en-GB', days[0])} to ${longDay('en-GB', today)}. Latest score: ${todays.score}.`,
          { exact: true },
        )
        .waitFor();
      expect(await chartEn.locator('circle').count()).toBe(days.length);
      await page.getByRole('button', { name: 'Русский' }).click();
      await chart.waitFor();
    },
    90_000,
  );
});
