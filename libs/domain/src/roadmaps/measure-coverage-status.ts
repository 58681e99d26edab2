/**
 * How a basic measure that no roadmap item covers is accounted for (DESIGN §3 MeasureCoverage):
 * - `implemented`: the city already has it; evidence must be attached;
 * - `not_applicable`: it does not apply to the city; the justification counts only once a reviewer accepts it.
 */
// Durable: stored in the database (measure_coverages.status). Never rename a value.
export const MEASURE_COVERAGE_STATUSES = ['implemented', 'not_applicable'] as const;
export type MeasureCoverageStatus = (typeof MEASURE_COVERAGE_STATUSES)[number];
