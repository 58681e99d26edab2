import fs from 'node:fs';

import type { Browser, Locator, Page } from 'playwright-core';

import { openCampaign, submitApplication } from './support/application-fixtures';
import { apiSignedInAs, escapeRegExp, journey, launchBrowser, newSession, signIn } from './support/e2e';
import { createRoadmapFixture } from './support/roadmap-fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** PDFs are rendered by the worker after the move: the page polls their status; a user waits at most this long. */
const PDF_READY_MS = 20_000;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Основная навигация' });
const summary = (page: Page) => page.getByRole('region', { name: 'Сводка', exact: true });
const documents = (page: Page) => page.getByRole('region', { name: 'Документы (PDF)', exact: true });

/** An open campaign of its own and a fresh Kaluga roadmap, the application submitted by the lead (API set-up). */
async function submittedApplication(purpose: string): Promise<{ campaignTitle: string; url: string }> {
  const stamp = Date.now().toString(36);
  const campaignTitle = `${purpose} (${stamp})`;
  const campaignId = await openCampaign(campaignTitle);
  const api = await apiSignedInAs('editor@kaluga.demo');
  try {
    const roadmap = await createRoadmapFixture(api, `Дорожная карта: ${purpose} ${stamp}`, [
      'Городская платформа обращений граждан',
    ]);
    return { campaignTitle, url: await submitApplication(campaignId, roadmap) };
  } finally {
    await api.dispose();
  }
}

/** Opens the application from the reviews queue: the row of its (unique) campaign. */
async function openFromQueue(page: Page, campaignTitle: string, url: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Рассмотрение', exact: true }).click();
  await page.getByRole('row').filter({ hasText: campaignTitle }).getByRole('link').click();
  await page.waitForURL((current) => current.pathname === url);
}

/** The assigned reviewer answers the only criterion «met», saves the answers and takes `decision` (confirmed). */
async function decide(page: Page, decision: 'Одобрить этап' | 'Одобрить заявку'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: 'Оценка критерия K1' })
    .getByRole('radio', { name: 'выполнен', exact: true })
    .check();
  await page.getByRole('button', { name: 'Сохранить ответы' }).click();
  await page.getByText('Ответы сохранены.').waitFor();
  await page.getByRole('radio', { name: decision, exact: true }).check();
  await page.getByRole('button', { name: 'Принять решение' }).click();
  await page.getByRole('dialog').getByRole('button', { name: decision }).click();
}

/** Clicks a download link and returns the saved file's name and bytes (the download must complete). */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`Download of ${file.suggestedFilename()} failed: ${failure}`);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** The link of a ready PDF; while the worker renders it, the list shows «в очереди» / «формируется» and polls. */
function pdfLink(page: Page, kind: 'Заявка (снимок)' | 'Письмо о решении'): Locator {
  return documents(page).getByRole('link', { name: new RegExp(`^Скачать: ${escapeRegExp(kind)}, `) });
}

const AGREEMENT_NUMBER = 'СГ-17/2026';
const AGREEMENT_FILE = 'Соглашение СГ-17.pdf';
const AGREEMENT_BYTES = Buffer.from('%PDF-1.4\n% signed agreement (e2e)\n%%EOF\n');

describe('application approval', () => {
  journey(
    'the region passes its stage, the ministry approves, the programme coordinator records the signed agreement; PDFs download',
    () => browser,
    async ({ page }) => {
      const { campaignTitle, url } = await submittedApplication('Отбор до соглашения');

      // The regional coordinator passes the regional stage.
      await signIn(page, 'coordinator@kaluga-region.demo');
      await openFromQueue(page, campaignTitle, url);
      await decide(page, 'Одобрить этап');
      await summary(page).getByText('Рассмотрение в министерстве', { exact: true }).waitFor();

      // The ministry reviewer (assigned automatically) approves; the decision letter appears and gets ready.
      const ministry = await newSession(browser);
      try {
        const reviewer = ministry.page;
        await signIn(reviewer, 'reviewer@minstroy.demo');
        await openFromQueue(reviewer, campaignTitle, url);
        await decide(reviewer, 'Одобрить заявку');
        await summary(reviewer).getByText('Одобрена', { exact: true }).waitFor();
        // Recording the agreement is the programme coordinator's move, not the reviewer's.
        expect(await reviewer.getByRole('button', { name: 'Зарегистрировать соглашение' }).count()).toBe(0);
        await pdfLink(reviewer, 'Письмо о решении').waitFor({ timeout: PDF_READY_MS });
        await pdfLink(reviewer, 'Заявка (снимок)').waitFor({ timeout: PDF_READY_MS });
        const letter = await download(reviewer, pdfLink(reviewer, 'Письмо о решении'));
        const snapshot = await download(reviewer, pdfLink(reviewer, 'Заявка (снимок)'));
        expect(letter.name).toMatch(/^reshenie-[0-9a-f]{12}\.pdf$/);
        expect(snapshot.name).toMatch(/^zayavka-[0-9a-f]{12}\.pdf$/);
        for (const pdf of [letter, snapshot]) {
          expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          expect(pdf.bytes.length).toBeGreaterThan(1000);
        }
      } finally {
        await ministry.context.close();
      }

      // The programme coordinator records the signed agreement from the application page.
      const coordinator = await newSession(browser);
      try {
        const office = coordinator.page;
        await signIn(office, 'coordinator@minstroy.demo');
        await openFromQueue(office, campaignTitle, url);
        const agreement = office.getByRole('region', { name: 'Соглашение', exact: true });
        await agreement.getByLabel('Номер соглашения').fill(AGREEMENT_NUMBER);
        await agreement.getByLabel('Дата подписания').fill('2026-11-20');
        await agreement.getByLabel('Подписант от министерства').fill('Иванов И. И.');
        await agreement.getByLabel('Подписант от региона').fill('Петров П. П.');
        await agreement.getByLabel('Подписант от муниципалитета').fill('Сидорова Е. В.');
        await agreement.getByLabel('Файл подписанного соглашения').setInputFiles({
          name: AGREEMENT_FILE,
          mimeType: 'application/pdf',
          buffer: AGREEMENT_BYTES,
        });
        await agreement.getByRole('button', { name: 'Зарегистрировать соглашение' }).click();
        await summary(office).getByText('Соглашение подписано', { exact: true }).waitFor();
        await agreement.getByText(`Соглашение № ${AGREEMENT_NUMBER} от 20 ноября 2026 г.`).waitFor();
        await agreement.getByText('Подписант от региона: Петров П. П.').waitFor();
        const stored = await download(
          office,
          agreement.getByRole('link', { name: `Скачать файл соглашения (${AGREEMENT_FILE})` }),
        );
        expect(stored.name).toBe(AGREEMENT_FILE);
        expect(stored.bytes.equals(AGREEMENT_BYTES)).toBe(true);
      } finally {
        await coordinator.context.close();
      }

      // The regional coordinator's page, reloaded, shows the signed agreement too (no form for that role).
      await page.reload();
      await summary(page).getByText('Соглашение подписано', { exact: true }).waitFor();
      const agreement = page.getByRole('region', { name: 'Соглашение', exact: true });
      await agreement.getByText(`Соглашение № ${AGREEMENT_NUMBER} от 20 ноября 2026 г.`).waitFor();
      expect(await page.getByRole('button', { name: 'Зарегистрировать соглашение' }).count()).toBe(0);
    },
  );

  journey(
    'the municipal lead withdraws a submitted application with a reason; it stays withdrawn after a reload',
    () => browser,
    async ({ page }) => {
      const { campaignTitle, url } = await submittedApplication('Отбор с отзывом');
      const reason = 'Дорожная карта будет переработана к следующему отбору.';

      await signIn(page, 'lead@kaluga.demo');
      await nav(page).getByRole('link', { name: 'Заявки', exact: true }).click();
      await page.getByRole('row').filter({ hasText: campaignTitle }).getByRole('link').click();
      await page.waitForURL((current) => current.pathname === url);
      await summary(page).getByText('Рассмотрение в регионе', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Отозвать заявку', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Причина (необязательно)').fill(reason);
      await dialog.getByRole('button', { name: 'Отозвать заявку' }).click();
      await summary(page).getByText('Отозвана', { exact: true }).waitFor();

      await page.reload();
      await summary(page).getByText('Отозвана', { exact: true }).waitFor();
      const history = page.getByRole('region', { name: 'История статусов', exact: true });
      await history.getByText(reason).waitFor();
      expect(await page.getByRole('button', { name: 'Отозвать заявку' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Подать заявку' }).count()).toBe(0);
    },
  );

  journey(
    'a user turns off e-mail for decisions in the notification settings; the switch stays off after a reload',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'lead@kostroma.demo');
      await nav(page).getByRole('link', { name: 'Настройка уведомлений', exact: true }).click();
      const decisionsByMail = page.getByRole('checkbox', { name: 'Решение по заявке: По почте' });
      await decisionsByMail.waitFor();
      expect(await decisionsByMail.isChecked()).toBe(true);
      await decisionsByMail.uncheck();
      await page.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Настройки сохранены.').waitFor();

      await page.reload();
      await decisionsByMail.waitFor();
      expect(await decisionsByMail.isChecked()).toBe(false);
      // Only that switch changed: the same kind in the app and other kinds by e-mail stay on.
      expect(await page.getByRole('checkbox', { name: 'Решение по заявке: В приложении' }).isChecked()).toBe(
        true,
      );
      expect(
        await page.getByRole('checkbox', { name: 'Заявка ждёт ваших действий: По почте' }).isChecked(),
      ).toBe(true);
    },
  );
});
