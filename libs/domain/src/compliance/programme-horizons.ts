import { applicabilityRuleHolds, DEFAULT_BASIC_APPLICABILITY } from '../catalogue/applicability';
import type { ComplianceMeasure, ComplianceMunicipality } from './compliance-input';

/** The citizen-engagement platform must work in every city by the end of 2020 (standard, clause 1). */
export const ENGAGEMENT_PLATFORM_DEADLINE_YEAR = 2020;
/** The standard's measures are due by the end of 2024, the end of the federal project. */
export const STANDARD_MEASURES_DEADLINE_YEAR = 2024;
/** Everything in a roadmap must finish by the end of 2030, the horizon of the national development goals. */
export const PROGRAMME_END_YEAR = 2030;
/** The years for which the report gives time-aware coverage of basic measures. */
export const HORIZON_YEARS = [
  ENGAGEMENT_PLATFORM_DEADLINE_YEAR,
  STANDARD_MEASURES_DEADLINE_YEAR,
  PROGRAMME_END_YEAR,
] as const;

/**
 * Codes that identify the citizen-engagement platform when the framework data carries no
 * `isEngagementPlatform` flag: `SC2019-GU-01` in the 2019 reconstruction (shared/data/smart-city-standard-2019.json).
 */
export const ENGAGEMENT_PLATFORM_MEASURE_CODES: readonly string[] = ['SC2019-GU-01'];

export function isEngagementPlatform(measure: ComplianceMeasure): boolean {
  return measure.isEngagementPlatform ?? ENGAGEMENT_PLATFORM_MEASURE_CODES.includes(measure.code);
}

/** The last year in which an item implementing the measure may end. */
export function measureDeadlineYear(measure: ComplianceMeasure): number {
  if (measure.deadlineYear !== null) return measure.deadlineYear;
  return isEngagementPlatform(measure) ? ENGAGEMENT_PLATFORM_DEADLINE_YEAR : STANDARD_MEASURES_DEADLINE_YEAR;
}

/**
 * Whether the standard's general rule (clause 2) makes basic measures mandatory for the municipality: 100 000
 * people or more (inclusive, like the index's "big cities" group), or a regional capital. Elsewhere the standard's
 * measures may be implemented but are recommendations.
 */
export function areBasicMeasuresMandatory(municipality: ComplianceMunicipality): boolean {
  return applicabilityRuleHolds(DEFAULT_BASIC_APPLICABILITY, municipality);
}

/**
 * `mandatory` when the municipality must implement the basic measure — the general rule holds and so does the
 * measure's own applicability rule (null: every participant) — and `recommended` otherwise; the findings of a
 * recommended measure are warnings.
 */
export function basicMeasureRequirement(
  measure: ComplianceMeasure,
  municipality: ComplianceMunicipality,
): 'mandatory' | 'recommended' {
  return areBasicMeasuresMandatory(municipality) &&
    applicabilityRuleHolds(measure.applicability, municipality)
    ? 'mandatory'
    : 'recommended';
}
