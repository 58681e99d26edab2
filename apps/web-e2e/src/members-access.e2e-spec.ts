import type { Browser } from 'playwright-core';

import { apiSignedInAs, findOrganization, journey, launchBrowser, signIn } from './support/e2e';
import type { OrganizationSummary } from './support/e2e';

let browser: Browser;
let obninsk: OrganizationSummary;
let kaluga: OrganizationSummary;

beforeAll(async () => {
  browser = await launchBrowser();
  // Look the ids up as the admin: the editor cannot see Kaluga at all.
  const api = await apiSignedInAs('admin@minstroy.demo');
  try {
    obninsk = await findOrganization(api, 'municipality', 'Obninsk');
    kaluga = await findOrganization(api, 'municipality', 'Kaluga');
  } finally {
    await api.dispose();
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('a municipal editor', () => {
  journey(
    'reads its own members without managing them and cannot open another city’s members',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'editor@obninsk.demo');

      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Участники', exact: true })
        .click();
      await page.waitForURL(`**/organizations/${obninsk.id}/members`);
      await page.getByRole('heading', { level: 1, name: /^Участники: .*Обнинск/ }).waitFor();
      await page.getByText('Вы можете только просматривать участников этой организации.').waitFor();
      expect(await page.getByRole('button', { name: 'Пригласить', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Исключить участника/ }).count()).toBe(0);

      await page.goto(`/organizations/${kaluga.id}/members`);
      await page.getByRole('alert').filter({ hasText: 'Список участников недоступен' }).waitFor();
      await page.getByText('Организация не найдена, или у вас нет доступа к её участникам.').waitFor();
      expect(await page.getByRole('heading', { name: 'Пригласить участника' }).count()).toBe(0);
      expect(await page.getByLabel('Роль').count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
    },
  );
});
