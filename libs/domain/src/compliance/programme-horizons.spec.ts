import type { ComplianceMeasure } from './compliance-input';
import {
  areBasicMeasuresMandatory,
  basicMeasureRequirement,
  isEngagementPlatform,
  measureDeadlineYear,
} from './programme-horizons';

const measure = (patch: Partial<ComplianceMeasure>): ComplianceMeasure => ({
  id: 'm',
  code: 'SC2019-GU-02',
  directionCode: 'GU',
  kind: 'basic',
  titleRu: 'Мера',
  titleEn: 'Measure',
  deadlineYear: null,
  applicability: null,
  ...patch,
});

describe('programme horizons', () => {
  it.each([
    [{ population: 99_999, isRegionalCapital: false }, false],
    [{ population: 100_000, isRegionalCapital: false }, true],
    [{ population: 12_000, isRegionalCapital: true }, true],
    [{ population: 1_000_000, isRegionalCapital: true }, true],
  ])('basic measures are mandatory for %j: %p', (municipality, expected) => {
    expect(areBasicMeasuresMandatory(municipality)).toBe(expected);
  });

  it.each([
    ['every participant, a big city', null, 150_000, false, 'mandatory'],
    ['every participant, a small town', null, 50_000, false, 'recommended'],
    ['every participant, a small capital', null, 50_000, true, 'mandatory'],
    [
      'from 250 000, a city of 150 000',
      { minPopulation: 250_000, regionalCapitals: false },
      150_000,
      false,
      'recommended',
    ],
    [
      'from 250 000, a capital of 150 000',
      { minPopulation: 250_000, regionalCapitals: false },
      150_000,
      true,
      'recommended',
    ],
    [
      'from 250 000 or capitals, a capital',
      { minPopulation: 250_000, regionalCapitals: true },
      150_000,
      true,
      'mandatory',
    ],
    [
      'capitals only, a city of a million',
      { minPopulation: null, regionalCapitals: true },
      1_000_000,
      false,
      'recommended',
    ],
    [
      'from 50 000, a town of 60 000 (the general rule still applies)',
      { minPopulation: 50_000, regionalCapitals: false },
      60_000,
      false,
      'recommended',
    ],
  ] as const)('%s: %s', (_name, applicability, population, isRegionalCapital, expected) => {
    expect(basicMeasureRequirement(measure({ applicability }), { population, isRegionalCapital })).toBe(
      expected,
    );
  });

  it.each([
    ['the flag', { isEngagementPlatform: true, code: 'X' }, true, 2020],
    ['the 2019 code', { code: 'SC2019-GU-01' }, true, 2020],
    ['the flag overriding the code', { code: 'SC2019-GU-01', isEngagementPlatform: false }, false, 2024],
    ['an ordinary measure', {}, false, 2024],
    ['an own deadline', { deadlineYear: 2022 }, false, 2022],
    ['the platform with an own deadline', { isEngagementPlatform: true, deadlineYear: 2021 }, true, 2021],
  ] as const)(
    'recognises the engagement platform and the deadline by %s',
    (_name, patch, platform, deadline) => {
      expect(isEngagementPlatform(measure(patch))).toBe(platform);
      expect(measureDeadlineYear(measure(patch))).toBe(deadline);
    },
  );
});
