import type { ComplianceRuleId, FindingSeverity } from './compliance-rules';
import { COMPLIANCE_RULES } from './compliance-rules';

/** What a finding concerns: roadmap items and/or measures of the standard, by id. Both lists may be empty. */
export type FindingRefs = {
  itemIds: string[];
  measureIds: string[];
};

/**
 * One result of one rule, like a linter message. `params` carry what the message needs (titles in both languages,
 * months, codes), so `formatFinding` can render it without the roadmap at hand; see docs/compliance-rules.md for
 * the params of each rule.
 */
export type ComplianceFinding = {
  rule: ComplianceRuleId;
  severity: FindingSeverity;
  refs: FindingRefs;
  params: Record<string, string | number>;
};

export function makeFinding(
  rule: ComplianceRuleId,
  refs: Partial<FindingRefs>,
  params: Record<string, string | number>,
  severity: FindingSeverity = COMPLIANCE_RULES[rule].severity,
): ComplianceFinding {
  return { rule, severity, refs: { itemIds: refs.itemIds ?? [], measureIds: refs.measureIds ?? [] }, params };
}

const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

// Separators below every printable character keep ["a", "b"] distinct from ["ab"] and sort prefixes first.
const LIST = '\u0002';

type SortEntry = {
  finding: ComplianceFinding;
  severity: number;
  itemIds: string;
  measureIds: string;
  /** Built only when two findings tie on everything else. */
  params: string | null;
};

/** Orders by severity (errors first), then rule id, then refs, then params: a total order on finding content. */
export function sortFindings(findings: readonly ComplianceFinding[]): ComplianceFinding[] {
  return findings
    .map(toSortEntry)
    .sort(compareEntries)
    .map((entry) => entry.finding);
}

export function compareFindings(a: ComplianceFinding, b: ComplianceFinding): number {
  return compareEntries(toSortEntry(a), toSortEntry(b));
}

function toSortEntry(finding: ComplianceFinding): SortEntry {
  return {
    finding,
    severity: SEVERITY_RANK[finding.severity],
    itemIds: finding.refs.itemIds.join(LIST),
    measureIds: finding.refs.measureIds.join(LIST),
    params: null,
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: SortEntry, b: SortEntry): number {
  return (
    a.severity - b.severity ||
    compareStrings(a.finding.rule, b.finding.rule) ||
    compareStrings(a.itemIds, b.itemIds) ||
    compareStrings(a.measureIds, b.measureIds) ||
    compareStrings((a.params ??= paramsKey(a.finding)), (b.params ??= paramsKey(b.finding)))
  );
}

function paramsKey(finding: ComplianceFinding): string {
  return Object.keys(finding.params)
    .sort()
    .map((key) => `${key}${LIST}${typeof finding.params[key]}${LIST}${String(finding.params[key])}`)
    .join(LIST);
}
