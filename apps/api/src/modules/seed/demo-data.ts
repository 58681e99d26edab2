import type { Role } from '@smartcity/domain';

/** The programme's story for demos: the ministry, two regions, three cities. Populations are approximate. */
export const DEMO_PASSWORD = 'demo-password';

export type DemoOrganization = {
  key: string;
  kind: 'ministry' | 'region' | 'municipality';
  nameRu: string;
  nameEn: string;
  parent?: string;
  population?: number;
  isRegionalCapital?: boolean;
  oktmo?: string;
};

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'ministry',
    kind: 'ministry',
    nameRu: 'Министерство строительства и жилищно-коммунального хозяйства Российской Федерации',
    nameEn: 'Ministry of Construction, Housing and Utilities of the Russian Federation',
  },
  { key: 'kaluga-region', kind: 'region', nameRu: 'Калужская область', nameEn: 'Kaluga Region' },
  { key: 'kostroma-region', kind: 'region', nameRu: 'Костромская область', nameEn: 'Kostroma Region' },
  {
    key: 'kaluga',
    kind: 'municipality',
    nameRu: 'Городской округ «Город Калуга»',
    nameEn: 'Kaluga',
    parent: 'kaluga-region',
    population: 330_000,
    isRegionalCapital: true,
    oktmo: '29701000',
  },
  {
    key: 'obninsk',
    kind: 'municipality',
    nameRu: 'Городской округ «Город Обнинск»',
    nameEn: 'Obninsk',
    parent: 'kaluga-region',
    population: 125_000,
    isRegionalCapital: false,
    oktmo: '29715000',
  },
  {
    key: 'kostroma',
    kind: 'municipality',
    nameRu: 'Городской округ город Кострома',
    nameEn: 'Kostroma',
    parent: 'kostroma-region',
    population: 270_000,
    isRegionalCapital: true,
    oktmo: '34701000',
  },
];

export type DemoUser = {
  email: string;
  displayName: string;
  memberships: { organization: string; role: Role }[];
};

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@minstroy.demo',
    displayName: 'Администратор платформы',
    memberships: [
      { organization: 'ministry', role: 'platform_admin' },
      { organization: 'ministry', role: 'catalogue_admin' },
    ],
  },
  {
    email: 'reviewer@minstroy.demo',
    displayName: 'Эксперт министерства',
    memberships: [{ organization: 'ministry', role: 'ministry_reviewer' }],
  },
  {
    email: 'coordinator@minstroy.demo',
    displayName: 'Координатор программы',
    memberships: [{ organization: 'ministry', role: 'programme_coordinator' }],
  },
  {
    email: 'coordinator@kaluga-region.demo',
    displayName: 'Координатор Калужской области',
    memberships: [{ organization: 'kaluga-region', role: 'regional_coordinator' }],
  },
  {
    email: 'coordinator@kostroma-region.demo',
    displayName: 'Координатор Костромской области',
    memberships: [{ organization: 'kostroma-region', role: 'regional_coordinator' }],
  },
  ...(['kaluga', 'obninsk', 'kostroma'] as const).flatMap((city) => {
    const name = { kaluga: 'Калуга', obninsk: 'Обнинск', kostroma: 'Кострома' }[city];
    return [
      {
        email: `lead@${city}.demo`,
        displayName: `Руководитель команды (${name})`,
        memberships: [{ organization: city, role: 'municipal_lead' as const }],
      },
      {
        email: `editor@${city}.demo`,
        displayName: `Редактор (${name})`,
        memberships: [{ organization: city, role: 'municipal_editor' as const }],
      },
    ];
  }),
];
