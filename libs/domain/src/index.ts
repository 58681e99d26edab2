export * from './shared/assert-never';
export * from './organizations/organization-kind';
export * from './organizations/population-group';
export * from './identity/roles';
export * from './identity/permissions';
export * from './identity/access-scope';
export * from './catalogue/catalogue-kinds';
export * from './catalogue/catalogue-document';
export * from './catalogue/catalogue-columns';
export * from './catalogue/catalogue-cells';
export * from './catalogue/catalogue-files';
export * from './catalogue/catalogue-validation';
export * from './catalogue/catalogue-problems';
export * from './catalogue/catalogue-diff';
export * from './catalogue/catalogue-rules';
export * from './catalogue/applicability';
export * from './catalogue/display-order';
export * from './catalogue/csv';
export * from './roadmap-drafting/roadmap-status';
export * from './roadmap-drafting/money-text';
export * from './roadmap-drafting/item-rules';
export * from './roadmap-drafting/roadmap-diff';
export * from './roadmap-drafting/mentions';
export * from './roadmap-drafting/evidence-files';
export * from './roadmap-drafting/roadmap-sheet';
// The compliance engineer's roadmap value types, used by roadmap drafting (re-exporting the same module twice is harmless).
export * from './roadmaps/financing-source';
export * from './roadmaps/roadmap-item-kind';
export * from './roadmaps/roadmap-item-status';
export * from './roadmaps/measure-coverage-status';
export * from './roadmaps/year-month';
export * from './roadmaps/money';
export * from './roadmaps/dependency-graph';
// Compliance engine (issue #5): evaluate a roadmap against its framework like a linter. Only the public surface.
export type {
  ComplianceBudgetLine,
  ComplianceDirection,
  ComplianceFramework,
  ComplianceItem,
  ComplianceKpiTarget,
  ComplianceMeasure,
  ComplianceMeasureCoverage,
  ComplianceMunicipality,
  ComplianceRoadmap,
} from './compliance/compliance-input';
export type { ComplianceRule, ComplianceRuleId, FindingSeverity } from './compliance/compliance-rules';
export {
  COMPLIANCE_RULE_IDS,
  COMPLIANCE_RULES,
  COMPLIANCE_RULESET_VERSION,
  FINDING_SEVERITIES,
  isComplianceRuleId,
} from './compliance/compliance-rules';
export type { ComplianceFinding, FindingRefs } from './compliance/compliance-finding';
export { compareFindings, sortFindings } from './compliance/compliance-finding';
export {
  areBasicMeasuresMandatory,
  basicMeasureRequirement,
  ENGAGEMENT_PLATFORM_DEADLINE_YEAR,
  ENGAGEMENT_PLATFORM_MEASURE_CODES,
  HORIZON_YEARS,
  isEngagementPlatform,
  measureDeadlineYear,
  PROGRAMME_END_YEAR,
  STANDARD_MEASURES_DEADLINE_YEAR,
} from './compliance/programme-horizons';
export type { ScoreInput, ScoreParts } from './compliance/compliance-score';
export {
  COVERAGE_WEIGHT,
  QUALITY_WEIGHT,
  ROADMAP_ERROR_PENALTY,
  scoreOf,
} from './compliance/compliance-score';
export type { BasicMeasureCoverage, BasicMeasureState, HorizonCoverage } from './compliance/coverage-rules';
export { isCoveredState } from './compliance/coverage-rules';
export type { ComplianceReport, DirectionCompliance } from './compliance/evaluate';
export { evaluate } from './compliance/evaluate';
export type { ComplianceLocale } from './compliance/format-finding';
export { formatFinding, isDowngradedFinding, ruleTitle } from './compliance/format-finding';
// Pilot applications (issue 6): the workflow as data, eligibility rules and per-item acceptance carry-over.
export * from './applications/application-status';
export * from './applications/application-eligibility';
export * from './applications/application-workflow';
export * from './applications/item-acceptance';
export * from './applications/reviewer-override';
