import { DEFAULT_BASIC_APPLICABILITY, describeApplicability, isMandatoryFor } from './applicability';
import type { ApplicabilityRule } from './catalogue-document';

describe('isMandatoryFor', () => {
  const basic = { kind: 'basic' as const, applicability: DEFAULT_BASIC_APPLICABILITY };

  it.each([
    ['a city of 150 000', 150_000, false, true],
    ['a city of exactly 100 000', 100_000, false, true],
    ['a city of 99 999', 99_999, false, false],
    ['a regional capital of 40 000', 40_000, true, true],
    ['a small town', 12_000, false, false],
    ['a regional capital with unknown population', null, true, true],
    ['a town with unknown population', null, false, false],
  ])('makes basic measures mandatory for %s: %p', (_, population, isRegionalCapital, expected) => {
    expect(isMandatoryFor(basic, { population, isRegionalCapital })).toBe(expected);
  });

  it('never makes additional measures mandatory', () => {
    const additional = { kind: 'additional' as const, applicability: DEFAULT_BASIC_APPLICABILITY };

    expect(isMandatoryFor(additional, { population: 12_000_000, isRegionalCapital: true })).toBe(false);
  });

  it('applies a basic measure without a rule to every municipality', () => {
    const universal = { kind: 'basic' as const, applicability: null };

    expect(isMandatoryFor(universal, { population: 5_000, isRegionalCapital: false })).toBe(true);
  });

  it.each<[ApplicabilityRule, number, boolean, boolean]>([
    [{ minPopulation: 250_000, regionalCapitals: false }, 200_000, true, false],
    [{ minPopulation: 250_000, regionalCapitals: false }, 300_000, false, true],
    [{ minPopulation: null, regionalCapitals: true }, 2_000_000, false, false],
    [{ minPopulation: null, regionalCapitals: true }, 30_000, true, true],
  ])('evaluates the rule %j as data', (rule, population, isRegionalCapital, expected) => {
    expect(isMandatoryFor({ kind: 'basic', applicability: rule }, { population, isRegionalCapital })).toBe(
      expected,
    );
  });
});

describe('describeApplicability', () => {
  it('describes the standard rule in both languages', () => {
    expect(describeApplicability(DEFAULT_BASIC_APPLICABILITY, 'en')).toBe(
      'cities of 100,000 people or more and regional capitals',
    );
    expect(describeApplicability(DEFAULT_BASIC_APPLICABILITY, 'ru')).toMatch(
      /^города с населением от 100\s000 человек и административные центры субъектов$/,
    );
    expect(describeApplicability(null, 'en')).toBe('every participant');
  });
});
