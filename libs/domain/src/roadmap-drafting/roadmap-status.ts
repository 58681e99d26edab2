/**
 * Where a roadmap stands as a document. `draft` is being written; `submitted` went out with an application;
 * `approved` became the baseline; `archived` is kept for the record (e.g. a past programme period).
 * The application workflow (issue 5) owns the transitions into `submitted` and `approved`.
 */
// Durable: stored in the database (roadmaps.status). Never rename a value.
export const ROADMAP_STATUSES = ['draft', 'submitted', 'approved', 'archived'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Severity of an analysed local problem. */
// Durable: stored in the database (roadmap_problems.severity). Never rename a value.
export const PROBLEM_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** A reviewer's verdict on a `not_applicable` coverage mark; only an accepted one counts for compliance. */
// Durable: stored in the database (roadmap_measure_coverages.review_status). Never rename a value.
export const COVERAGE_REVIEW_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type CoverageReviewStatus = (typeof COVERAGE_REVIEW_STATUSES)[number];

/** The programme's horizons: plans run to 2030 at the latest, with an outlook to 2036. */
export const ROADMAP_FIRST_YEAR = 2019;
export const ROADMAP_LAST_PLAN_YEAR = 2030;
export const ROADMAP_LAST_OUTLOOK_YEAR = 2036;
