import type { Browser, Page } from 'playwright-core';

import { openCampaign, submitApplication } from './support/application-fixtures';
import {
  apiSignedInAs,
  escapeRegExp,
  eventually,
  journey,
  launchBrowser,
  newSession,
  signIn,
} from './support/e2e';
import { createRoadmapFixture } from './support/roadmap-fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const override = (page: Page) =>
  page.getByRole('region', { name: 'Назначение экспертов вручную', exact: true });

describe('application reviewer override', () => {
  journey(
    "the programme coordinator picks each stage's reviewers from its candidates; the newly assigned reviewer is notified",
    () => browser,
    async ({ page }) => {
      const stamp = Date.now().toString(36);
      const campaignTitle = `Назначение экспертов (${stamp})`;
      const campaignId = await openCampaign(campaignTitle);
      const api = await apiSignedInAs('editor@kaluga.demo');
      const url = await (async () => {
        try {
          const roadmap = await createRoadmapFixture(api, `Дорожная карта: назначение ${stamp}`, [
            'Городская платформа обращений граждан',
          ]);
          return await submitApplication(campaignId, roadmap);
        } finally {
          await api.dispose();
        }
      })();

      // The regional stage (current): the region's coordinator, assigned automatically, is checked.
      await signIn(page, 'coordinator@minstroy.demo');
      await page.goto(url);
      const card = override(page);
      await card.getByRole('group', { name: 'Координаторы региона' }).waitFor();
      const regional = card.getByRole('checkbox', { name: 'Координатор Калужской области' });
      expect(await regional.isChecked()).toBe(true);
      await card.getByText('coordinator@kaluga-region.demo · назначен(а) сейчас').waitFor();
      expect(await card.getByRole('button', { name: 'Назначить' }).isDisabled()).toBe(true);

      // The ministry stage (not started): its reviewers are listed, nobody assigned yet; assign one in advance.
      await card.getByLabel('Этап').selectOption('ministry');
      await card.getByRole('group', { name: 'Эксперты министерства' }).waitFor();
      const reviewer = card.getByRole('checkbox', { name: 'Эксперт министерства' });
      expect(await reviewer.isChecked()).toBe(false);
      await reviewer.check();
      await card.getByRole('button', { name: 'Назначить' }).click();
      await card.getByText('Эксперты назначены.').waitFor();
      await card.getByText('reviewer@minstroy.demo · назначен(а) сейчас').waitFor();

      // The assignment is stored: after a reload the ministry stage shows the reviewer checked.
      await page.reload();
      await override(page).getByLabel('Этап').selectOption('ministry');
      await override(page).getByRole('group', { name: 'Эксперты министерства' }).waitFor();
      expect(await override(page).getByRole('checkbox', { name: 'Эксперт министерства' }).isChecked()).toBe(
        true,
      );

      // The reviewer is told in the app (through the outbox and the worker), naming the stage and who assigned them.
      const ministry = await newSession(browser);
      try {
        const inbox = ministry.page;
        await signIn(inbox, 'reviewer@minstroy.demo');
        await inbox.goto('/notifications');
        const notification = inbox.getByText(
          new RegExp(
            `^Вас назначили экспертом по заявке .*Калуга.* на отбор «${escapeRegExp(campaignTitle)}» ` +
              '\\(экспертиза министерства\\)\\. Назначил\\(а\\): Координатор программы\\.$',
          ),
        );
        await eventually(
          async () => {
            if ((await notification.count()) > 0) return true;
            await inbox.reload();
            await inbox.getByRole('heading', { level: 1, name: 'Уведомления' }).waitFor();
            return null;
          },
          { timeoutMs: 20_000, what: 'the reviewer-assigned notification' },
        );
        expect(await notification.count()).toBe(1);
      } finally {
        await ministry.context.close();
      }
    },
    120_000,
  );
});
