import type { ComplianceFinding, FindingSeverity } from '@smartcity/domain';

/** The severities in the order the panel shows them: what blocks submission first. */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'warning', 'info'];

export type FindingGroup = { severity: FindingSeverity; findings: ComplianceFinding[] };

/**
 * Findings grouped by severity, errors first; empty groups are left out. Within a group the report's order (rule id,
 * then refs) is kept, so the list does not jump around while the user edits.
 */
export function groupFindings(findings: readonly ComplianceFinding[]): FindingGroup[] {
  const bySeverity = new Map<FindingSeverity, ComplianceFinding[]>();
  for (const finding of findings) {
    const group = bySeverity.get(finding.severity);
    if (group) group.push(finding);
    else bySeverity.set(finding.severity, [finding]);
  }
  return SEVERITY_ORDER.flatMap((severity) => {
    const group = bySeverity.get(severity);
    return group ? [{ severity, findings: group }] : [];
  });
}

/** Where a finding takes the user: the item it concerns, else the measure (coverage tab), else nowhere. */
export type FindingTarget =
  { kind: 'item'; itemId: string } | { kind: 'measure'; measureId: string } | { kind: 'roadmap' };

export function findingTarget(finding: ComplianceFinding): FindingTarget {
  const [itemId] = finding.refs.itemIds;
  if (itemId !== undefined) return { kind: 'item', itemId };
  const [measureId] = finding.refs.measureIds;
  if (measureId !== undefined) return { kind: 'measure', measureId };
  return { kind: 'roadmap' };
}

/** A stable React key for a finding: rule, refs and params identify it within a report. */
export function findingKey(finding: ComplianceFinding): string {
  const params = Object.keys(finding.params)
    .sort()
    .map((key) => `${key}=${String(finding.params[key])}`)
    .join('&');
  return [finding.rule, finding.refs.itemIds.join(','), finding.refs.measureIds.join(','), params].join('|');
}

/** Findings that concern one item (for the item page). */
export function findingsOfItem(findings: readonly ComplianceFinding[], itemId: string): ComplianceFinding[] {
  return findings.filter((finding) => finding.refs.itemIds.includes(itemId));
}

/** How many findings of a severity group the panel shows before "show all" (a 1 000-item roadmap can have hundreds). */
export const FINDINGS_SHOWN = 30;

/** The findings of a group to render: all when expanded or few enough, else the first `limit`; and how many are hidden. */
export function visibleFindings<T>(
  findings: readonly T[],
  isExpanded: boolean,
  limit: number = FINDINGS_SHOWN,
): { shown: readonly T[]; hidden: number } {
  if (isExpanded || findings.length <= limit) return { shown: findings, hidden: 0 };
  return { shown: findings.slice(0, limit), hidden: findings.length - limit };
}
