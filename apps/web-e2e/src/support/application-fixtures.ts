import { apiSignedInAs } from './e2e';
import { apiWrite } from './roadmap-fixtures';
import type { RoadmapFixture } from './roadmap-fixtures';

/**
 * An open campaign of its own (created and opened by the programme coordinator), so a journey does not depend on
 * the demo's 2019 call: any municipality over 0 people, compliance errors allowed (the roadmaps are small ones), one
 * criterion `K1`, a regional and a ministry stage.
 */
export async function openCampaign(title: string): Promise<string> {
  const api = await apiSignedInAs('coordinator@minstroy.demo');
  try {
    const day = 24 * 60 * 60 * 1000;
    const created = await apiWrite(api, 'post', '/api/v1/campaigns', {
      title,
      description: null,
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      eligibility: {
        populationThreshold: 0,
        regionalCapitalEligible: true,
        requireNoComplianceErrors: false,
        minCoveragePercent: null,
      },
      criteria: [
        { code: 'K1', title: 'Проблемы города проанализированы', guidance: 'Смотрите раздел проблем.' },
      ],
      stages: [
        { stage: 'regional', slaDays: 10 },
        { stage: 'ministry', slaDays: 20 },
      ],
    });
    expect(created.status).toBe(201);
    const opened = await apiWrite(api, 'post', `/api/v1/campaigns/${created.body.id as string}/publish`, {
      revision: created.body.revision,
    });
    expect(opened.status).toBe(200);
    return created.body.id as string;
  } finally {
    await api.dispose();
  }
}

/**
 * The roadmap's application to the campaign, started and submitted by the municipal lead through the API (for
 * journeys about what happens after submission). Returns the application page's path.
 */
export async function submitApplication(campaignId: string, roadmap: RoadmapFixture): Promise<string> {
  const api = await apiSignedInAs('lead@kaluga.demo');
  try {
    const list = `/api/v1/organizations/${roadmap.orgId}/applications`;
    const started = await apiWrite(api, 'post', list, { campaignId, roadmapId: roadmap.roadmapId });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const submitted = await apiWrite(api, 'post', `${list}/${id}/submit`, {
      revision: started.body.revision,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('regional_review');
    return `/organizations/${roadmap.orgId}/applications/${id}`;
  } finally {
    await api.dispose();
  }
}
