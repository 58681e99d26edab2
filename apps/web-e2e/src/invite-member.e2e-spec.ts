import type { Browser } from 'playwright-core';

import {
  escapeRegExp,
  eventually,
  journey,
  launchBrowser,
  newSession,
  onBaseUrl,
  screenshot,
  signIn,
} from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the platform admin', () => {
  journey(
    'invites a new member to Obninsk, who accepts by the e-mailed link and is notified back',
    () => browser,
    async ({ page }) => {
      const stamp = Date.now().toString(36);
      const email = `new.member.${stamp}@obninsk.demo`;
      const displayName = `Мария Новикова ${stamp}`;

      await signIn(page, 'admin@minstroy.demo');

      // Pick Obninsk from the Organizations list.
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Организации' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Организации' }).waitFor();
      await page.getByRole('link', { name: /^Участники организации «.*Обнинск.*»$/ }).click();
      await page.waitForURL(/\/organizations\/[^/]+\/members$/);
      await page.getByRole('heading', { level: 1, name: /^Участники: .*Обнинск/ }).waitFor();

      // Invite.
      await page.getByLabel('Электронная почта').fill(email);
      await page.getByLabel('Роль').selectOption({ label: 'Редактор муниципалитета' });
      await page.getByRole('button', { name: 'Пригласить', exact: true }).click();
      await page.getByText(`Приглашение отправлено на адрес ${email}.`).waitFor();
      await page
        .getByRole('table', { name: 'Приглашения, ожидающие ответа' })
        .getByRole('rowheader', { name: email })
        .waitFor();

      // The invitation e-mail lands in the development mailbox once the worker has sent it.
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Исходящая почта (разработка)' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Исходящая почта (разработка)' }).waitFor();
      const openMessage = page.getByRole('button', { name: new RegExp(`для ${escapeRegExp(email)}$`) });
      await eventually(
        async () => {
          if ((await openMessage.count()) > 0) return true;
          await page.getByRole('button', { name: 'Обновить' }).click();
          return null;
        },
        { what: `the invitation e-mail to ${email}` },
      );
      await openMessage.first().click();
      const invitationLink = page.getByRole('link', { name: /\/invitations\// }).first();
      const href = await invitationLink.getAttribute('href');
      expect(href).toMatch(/\/invitations\/[^/\s]+$/);

      // The invitee follows the link in a browser of their own.
      const invitee = await newSession(browser);
      try {
        await invitee.page.goto(onBaseUrl(href!));
        await invitee.page.getByRole('heading', { level: 1, name: 'Приглашение в организацию' }).waitFor();
        await invitee.page
          .getByText(/^Вас приглашают в организацию «.*Обнинск.*» с ролью «Редактор муниципалитета»\.$/)
          .waitFor();
        await invitee.page.getByLabel('Ваше имя и фамилия').fill(displayName);
        await invitee.page.getByLabel('Придумайте пароль').fill('a-long-enough-password');
        await invitee.page.getByRole('button', { name: 'Принять приглашение' }).click();

        await invitee.page
          .getByRole('heading', { level: 1, name: `Здравствуйте, ${displayName}!` })
          .waitFor();
        const switcher = invitee.page.getByLabel('Организация');
        expect(await switcher.locator('option:checked').textContent()).toContain('Обнинск');
        await invitee.page.getByRole('heading', { level: 2, name: /Обнинск/ }).waitFor();
        await screenshot(invitee.page, 'invitee-signed-in');
      } finally {
        await invitee.context.close();
      }

      // The admin is told in the app (delivered through the outbox and the worker).
      await page.goto('/notifications');
      const notification = page.getByText(
        new RegExp(`^${escapeRegExp(displayName)} \\(${escapeRegExp(email)}\\) принял\\(а\\) приглашение`),
      );
      await eventually(
        async () => {
          if ((await notification.count()) > 0) return true;
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'Уведомления' }).waitFor();
          return null;
        },
        { timeoutMs: 20_000, what: 'the invitation-accepted notification' },
      );
      await screenshot(page, 'admin-notifications');
    },
    120_000,
  );
});
