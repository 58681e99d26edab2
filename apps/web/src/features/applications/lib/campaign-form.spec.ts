import type { CampaignResponse } from '@smartcity/contracts';

import { campaignDtoFrom, campaignFormFrom, closesAtOf, emptyCampaignForm } from './campaign-form';
import { barChartLayout } from './bar-chart';

describe('campaignDtoFrom', () => {
  it('turns a filled form into the create DTO', () => {
    const form = {
      ...emptyCampaignForm('2026-03-01'),
      title: ' Pilot 2026 ',
      closesOn: '2026-06-30',
      minCoveragePercent: '60',
      criteria: [{ code: 'C1', title: 'Budget is realistic', guidance: ' Check sources ' }],
    };

    const result = campaignDtoFrom(form);

    expect(result).toEqual({
      ok: true,
      dto: {
        title: 'Pilot 2026',
        description: null,
        opensAt: '2026-03-01T00:00:00.000Z',
        closesAt: '2026-06-30T23:59:59.000Z',
        eligibility: {
          populationThreshold: 100000,
          regionalCapitalEligible: true,
          requireNoComplianceErrors: true,
          minCoveragePercent: 60,
        },
        criteria: [{ code: 'C1', title: 'Budget is realistic', guidance: 'Check sources' }],
        stages: [
          { stage: 'regional', slaDays: 10 },
          { stage: 'ministry', slaDays: 20 },
        ],
      },
    });
  });

  it('names every field at fault', () => {
    const form = {
      ...emptyCampaignForm('2026-03-01'),
      closesOn: '2026-02-01',
      populationThreshold: 'many',
      minCoveragePercent: '120',
      regionalSlaDays: '0',
      criteria: [
        { code: 'C1', title: 'One', guidance: '' },
        { code: 'C1', title: '', guidance: '' },
        { code: 'bad code!', title: 'Three', guidance: '' },
      ],
    };

    const result = campaignDtoFrom(form);

    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'required',
        closesOn: 'closesBeforeOpens',
        populationThreshold: 'integer',
        minCoveragePercent: 'percent',
        regionalSlaDays: 'slaDays',
        'criteria.1.code': 'criterionCodeTaken',
        'criteria.1.title': 'criterionTitle',
        'criteria.2.code': 'criterionCode',
      },
    });
  });

  it('round-trips a stored campaign through the form', () => {
    const campaign: CampaignResponse = {
      id: 'c',
      title: 'Pilot 2019',
      description: 'First round',
      status: 'draft',
      opensAt: '2019-03-04T00:00:00.000Z',
      closesAt: '2019-05-31T23:59:59.000Z',
      acceptingApplications: false,
      eligibility: {
        populationThreshold: 100000,
        regionalCapitalEligible: true,
        requireNoComplianceErrors: true,
        minCoveragePercent: null,
      },
      criteria: [{ code: 'K1', title: 'Problems analysed', guidance: null }],
      stages: [
        { stage: 'regional', slaDays: 14 },
        { stage: 'ministry', slaDays: 30 },
      ],
      revision: 3,
      publishedAt: null,
      createdAt: '2019-03-01T00:00:00.000Z',
      updatedAt: '2019-03-01T00:00:00.000Z',
    };

    const result = campaignDtoFrom(campaignFormFrom(campaign));

    expect(result.ok && result.dto).toMatchObject({
      title: 'Pilot 2019',
      description: 'First round',
      opensAt: '2019-03-04T00:00:00.000Z',
      closesAt: '2019-05-31T23:59:59.000Z',
      eligibility: { minCoveragePercent: null },
      criteria: [{ code: 'K1', title: 'Problems analysed', guidance: null }],
      stages: [
        { stage: 'regional', slaDays: 14 },
        { stage: 'ministry', slaDays: 30 },
      ],
    });
  });
});

describe('closesAtOf', () => {
  it('accepts applications through the whole closing day', () => {
    expect(closesAtOf('2026-06-30')).toBe('2026-06-30T23:59:59.000Z');
  });
});

describe('barChartLayout', () => {
  it('scales bars to the largest value and stacks rows', () => {
    const layout = barChartLayout(
      [
        { label: 'a', value: 10 },
        { label: 'b', value: 5 },
        { label: 'c', value: 0 },
      ],
      { width: 460, labelWidth: 100, valueRoom: 60, rowHeight: 20 },
    );

    expect(layout.bars.map((b) => b.width)).toEqual([300, 150, 0]);
    expect(layout.bars.map((b) => b.y)).toEqual([0, 20, 40]);
    expect(layout.height).toBe(60);
    expect(layout.barX).toBe(100);
  });

  it('draws no bar when every value is zero', () => {
    expect(barChartLayout([{ label: 'a', value: 0 }]).bars[0].width).toBe(0);
  });
});
