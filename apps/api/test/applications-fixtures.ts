import type {
  ApplicationDetailResponse,
  CampaignResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';
import type { Response } from 'supertest';

import type { User } from '../src/modules/identity/user.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import {
  complianceCatalogue,
  roadmapThroughApi,
  type ComplianceCatalogue,
  type ItemSpec,
} from './compliance-fixtures';
import type { Caller, TestApp } from './test-app';

export const API = '/api/v1';

/** A roadmap that covers every basic measure in time and plans an additional and an own measure: no errors. */
export const COMPLIANT_ITEMS: ItemSpec[] = [
  { measure: 'platform', startMonth: '2019-03', endMonth: '2020-10', status: 'done' },
  { measure: 'centre', startMonth: '2020-01', endMonth: '2023-12', status: 'done' },
  { measure: 'metering', startMonth: '2020-01', endMonth: '2024-06', status: 'done' },
  { measure: 'additional', startMonth: '2021-01', endMonth: '2024-12', status: 'done' },
  { measure: null, startMonth: '2021-01', endMonth: '2022-12', status: 'done' },
];

/** A campaign body for `POST /campaigns`: the 2019 rules, two criteria, 10 + 20 days. */
export function campaignBody(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: 'Пилотный отбор «Умный город»',
    description: 'Отбор пилотных городов',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    eligibility: {
      populationThreshold: 100_000,
      regionalCapitalEligible: true,
      requireNoComplianceErrors: true,
      minCoveragePercent: 50,
    },
    criteria: [
      { code: 'C1', title: 'Анализ проблем города', guidance: 'Проблемы подтверждены данными' },
      { code: 'C2', title: 'Бюджет и источники', guidance: null },
    ],
    stages: [
      { stage: 'regional', slaDays: 10 },
      { stage: 'ministry', slaDays: 20 },
    ],
    ...overrides,
  };
}

/** Fails with the response body when the status is not the expected one (readable test failures). */
export function expectStatus(res: Response, status: number): Response {
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res;
}

/**
 * One region with a city (150 000 people), the people of the workflow and an open campaign — the stage on which
 * every application test plays. Everything is created through the real API or the harness's real entities.
 */
export type ApplicationsWorld = {
  catalogue: ComplianceCatalogue;
  ministry: Organization;
  region: Organization;
  city: Organization;
  users: {
    lead: User;
    editor: User;
    regional: User;
    reviewer: User;
    coordinator: User;
  };
  as: { lead: Caller; editor: Caller; regional: Caller; reviewer: Caller; coordinator: Caller };
  campaign: CampaignResponse;
};

export async function applicationsWorld(t: TestApp): Promise<ApplicationsWorld> {
  const catalogue = await complianceCatalogue(t.dataSource);
  const ministry = await t.organization('ministry');
  const { region, city } = await t.regionWithCity();
  const users = {
    lead: await t.member(city, 'municipal_lead'),
    editor: await t.member(city, 'municipal_editor'),
    regional: await t.member(region, 'regional_coordinator'),
    reviewer: await t.member(ministry, 'ministry_reviewer'),
    coordinator: await t.member(ministry, 'programme_coordinator'),
  };
  const as = {
    lead: await t.signIn(users.lead),
    editor: await t.signIn(users.editor),
    regional: await t.signIn(users.regional),
    reviewer: await t.signIn(users.reviewer),
    coordinator: await t.signIn(users.coordinator),
  };
  const draft = expectStatus(await as.coordinator.post(`${API}/campaigns`, campaignBody()), 201)
    .body as CampaignResponse;
  const campaign = expectStatus(
    await as.coordinator.post(`${API}/campaigns/${draft.id}/publish`, { revision: draft.revision }),
    200,
  ).body as CampaignResponse;
  return { catalogue, ministry, region, city, users, as, campaign };
}

/** Another city of the world's region (150 000 people) with its own signed-in municipal lead and editor. */
export async function anotherCity(t: TestApp, world: ApplicationsWorld, region: Organization = world.region) {
  const city = await t.organization('municipality', { parentId: region.id });
  return {
    city,
    lead: await t.asMember(city, 'municipal_lead'),
    editor: await t.asMember(city, 'municipal_editor'),
  };
}

/**
 * A roadmap (through the API) and a draft application for it in the world's campaign. By default in the world's
 * city; pass `city` and `lead` (e.g. from `anotherCity`) for a second application, since a municipality has one
 * active application per campaign.
 */
export async function startApplication(
  world: ApplicationsWorld,
  options: { items?: ItemSpec[]; city?: Organization; lead?: Caller } = {},
): Promise<{ roadmap: RoadmapDocumentResponse; application: ApplicationDetailResponse; base: string }> {
  const city = options.city ?? world.city;
  const lead = options.lead ?? world.as.lead;
  const roadmap = await roadmapThroughApi(lead, city.id, world.catalogue, options.items ?? COMPLIANT_ITEMS);
  const base = `${API}/organizations/${city.id}/applications`;
  const application = expectStatus(
    await lead.post(base, { campaignId: world.campaign.id, roadmapId: roadmap.roadmap.id }),
    201,
  ).body as ApplicationDetailResponse;
  return { roadmap, application, base: `${base}/${application.id}` };
}

/** Answers every criterion of the world's campaign with `verdict` as `caller`. */
export async function answerChecklist(
  world: ApplicationsWorld,
  caller: Caller,
  base: string,
  verdict: 'met' | 'not_met' = 'met',
): Promise<ApplicationDetailResponse> {
  const answers = world.campaign.criteria.map((c) => ({ criterionCode: c.code, verdict }));
  return expectStatus(await caller.put(`${base}/checklist`, { answers }), 200)
    .body as ApplicationDetailResponse;
}
