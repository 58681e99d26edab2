import type { KpiResponse, MeasureResponse } from '@smartcity/contracts';

import {
  invalidNumberFields,
  kpiDto,
  kpiFormValues,
  measureDto,
  measureFormValues,
  parseWholeNumber,
} from './draft-forms';

const measure: MeasureResponse = {
  id: 'm1',
  frameworkId: 'f1',
  directionId: 'd1',
  directionCode: 'GU',
  code: 'SC2019-GU-01',
  officialNumber: '1',
  kind: 'basic',
  titleRu: 'Платформа вовлечения граждан',
  titleEn: null,
  descriptionRu: null,
  descriptionEn: 'A platform',
  deadlineYear: 2024,
  applicability: { minPopulation: 100000, regionalCapitals: true },
  provenance: 'confirmed',
  provenanceNote: 'named in two sources',
  sources: ['minstroyrf.gov.ru', 'tass.ru'],
  position: 0,
};

describe('measure form', () => {
  it('round-trips a measure through the form unchanged', () => {
    expect(measureDto(measureFormValues(measure, 'GU'))).toEqual({
      code: 'SC2019-GU-01',
      directionCode: 'GU',
      kind: 'basic',
      officialNumber: '1',
      titleRu: 'Платформа вовлечения граждан',
      titleEn: null,
      descriptionRu: null,
      descriptionEn: 'A platform',
      deadlineYear: 2024,
      applicability: { minPopulation: 100000, regionalCapitals: true },
      provenance: 'confirmed',
      provenanceNote: 'named in two sources',
      sources: ['minstroyrf.gov.ru', 'tass.ru'],
    });
  });

  it('moves a measure by its direction, trims text and drops empty source lines', () => {
    const values = {
      ...measureFormValues(measure, 'GU'),
      directionCode: 'TR',
      titleEn: '  Citizen platform ',
      sources: 'a\n\n  b  \r\n',
    };

    expect(measureDto(values)).toMatchObject({
      directionCode: 'TR',
      titleEn: 'Citizen platform',
      sources: ['a', 'b'],
    });
  });

  it('sends no applicability rule when neither a bound nor regional capitals is given', () => {
    const values = { ...measureFormValues(null, 'GU'), minPopulation: ' ', regionalCapitals: false };

    expect(measureDto(values).applicability).toBeNull();
    expect(measureDto({ ...values, regionalCapitals: true }).applicability).toEqual({
      minPopulation: null,
      regionalCapitals: true,
    });
    expect(measureDto({ ...values, minPopulation: '250 000' }).applicability).toEqual({
      minPopulation: 250000,
      regionalCapitals: false,
    });
  });

  it('starts a new measure in the chosen direction as a confirmed basic one', () => {
    expect(measureFormValues(null, 'EN')).toMatchObject({
      code: '',
      directionCode: 'EN',
      kind: 'basic',
      provenance: 'confirmed',
      sources: '',
    });
  });

  it('finds numbers that are not whole numbers', () => {
    const values = { ...measureFormValues(measure, 'GU'), deadlineYear: 'soon', minPopulation: '1.5' };

    expect(invalidNumberFields(values)).toEqual(['deadlineYear', 'minPopulation']);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('2\u00a0030')).toBe(2030);
  });
});

describe('KPI form', () => {
  it('round-trips a KPI, leaving an unknown tier and polarity empty', () => {
    const kpi: KpiResponse = {
      id: 'k1',
      frameworkId: 'f2',
      directionId: 'd2',
      directionCode: 'EC',
      code: 'EC-ICT-1',
      subDimension: 'ICT',
      category: 'Infrastructure',
      titleRu: null,
      titleEn: 'Household Internet access',
      descriptionRu: null,
      descriptionEn: null,
      unit: '%',
      tier: null,
      better: 'higher',
      provenance: 'unconfirmed',
      provenanceNote: null,
      sources: [],
      position: 0,
    };

    expect(kpiFormValues(kpi, 'EC')).toMatchObject({ tier: '', better: 'higher' });
    expect(kpiDto(kpiFormValues(kpi, 'EC'))).toEqual({
      code: 'EC-ICT-1',
      directionCode: 'EC',
      subDimension: 'ICT',
      category: 'Infrastructure',
      titleRu: null,
      titleEn: 'Household Internet access',
      descriptionRu: null,
      descriptionEn: null,
      unit: '%',
      tier: null,
      better: 'higher',
      provenance: 'unconfirmed',
      provenanceNote: null,
      sources: [],
    });
  });
});
