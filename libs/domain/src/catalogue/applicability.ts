import type { ApplicabilityRule } from './catalogue-document';
import type { MeasureKind } from './catalogue-kinds';

/**
 * The 2019 standard, clause 2: measures are intended for cities of over 100 000 people and for regional
 * (administrative) capitals. The population bound is inclusive, like the "big cities" group of the IQ index.
 */
export const DEFAULT_BASIC_APPLICABILITY: ApplicabilityRule = {
  minPopulation: 100_000,
  regionalCapitals: true,
};

/** What the rule needs to know about a municipality. */
export type ApplicabilityTarget = { population: number | null; isRegionalCapital: boolean };

export type ApplicabilityInput = { kind: MeasureKind; applicability: ApplicabilityRule | null };

/** Whether a municipality satisfies a rule. A null rule is satisfied by everyone. */
export function applicabilityRuleHolds(
  rule: ApplicabilityRule | null,
  municipality: ApplicabilityTarget,
): boolean {
  if (rule === null) return true;
  const bigEnough =
    rule.minPopulation !== null &&
    municipality.population !== null &&
    municipality.population >= rule.minPopulation;
  return bigEnough || (rule.regionalCapitals && municipality.isRegionalCapital);
}

/**
 * Whether a municipality must plan a measure: additional measures never are mandatory; a basic measure is when
 * its applicability rule holds (an unknown population counts as not meeting a population bound).
 */
export function isMandatoryFor(measure: ApplicabilityInput, municipality: ApplicabilityTarget): boolean {
  switch (measure.kind) {
    case 'additional':
      return false;
    case 'basic':
      return applicabilityRuleHolds(measure.applicability, municipality);
  }
}

/** A short human description of a rule, for lists and exports. */
export function describeApplicability(rule: ApplicabilityRule | null, locale: 'ru' | 'en'): string {
  if (rule === null) return locale === 'ru' ? 'все участники' : 'every participant';
  const parts: string[] = [];
  if (rule.minPopulation !== null) {
    const n = rule.minPopulation.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB');
    parts.push(locale === 'ru' ? `города с населением от ${n} человек` : `cities of ${n} people or more`);
  }
  if (rule.regionalCapitals)
    parts.push(locale === 'ru' ? 'административные центры субъектов' : 'regional capitals');
  if (parts.length === 0) return locale === 'ru' ? 'никто' : 'nobody';
  return parts.join(locale === 'ru' ? ' и ' : ' and ');
}
