import { findDependencyCycles } from '../roadmaps/dependency-graph';
import { yearMonthFromIndex } from '../roadmaps/year-month';
import type { ComplianceFinding } from './compliance-finding';
import { makeFinding } from './compliance-finding';
import type { EvaluationContext } from './evaluation-context';

/**
 * Finish-to-start dependencies between active items. Cancelled items are out of the plan: an edge to one is a
 * warning, and they take no part in cycles or date checks.
 */
export function checkDependencies(context: EvaluationContext, findings: ComplianceFinding[]): void {
  const nodes: { id: string; dependsOn: string[] }[] = [];
  for (const facts of context.facts) {
    if (!facts.isActive) continue;
    const { item } = facts;
    const activeDependencies: string[] = [];
    const dependsOn = item.dependsOn.length > 1 ? new Set(item.dependsOn) : item.dependsOn;
    for (const dependsOnId of dependsOn) {
      const predecessor = context.factsById.get(dependsOnId);
      if (predecessor === undefined) {
        findings.push(
          makeFinding(
            'dependency.unknown-item',
            { itemIds: [item.id] },
            { itemTitle: item.title, dependsOnId },
          ),
        );
        continue;
      }
      if (!predecessor.isActive) {
        findings.push(
          makeFinding(
            'dependency.on-cancelled-item',
            { itemIds: [item.id, predecessor.item.id] },
            { itemTitle: item.title, predecessorTitle: predecessor.item.title },
          ),
        );
        continue;
      }
      activeDependencies.push(dependsOnId);
      if (predecessor === facts || facts.start === null || predecessor.end === null) continue;
      if (facts.start < predecessor.end) {
        findings.push(
          makeFinding(
            'dependency.starts-before-predecessor-ends',
            { itemIds: [item.id, predecessor.item.id] },
            {
              itemTitle: item.title,
              predecessorTitle: predecessor.item.title,
              startMonth: yearMonthFromIndex(facts.start),
              predecessorEndMonth: yearMonthFromIndex(predecessor.end),
            },
          ),
        );
      }
    }
    nodes.push({ id: item.id, dependsOn: activeDependencies });
  }
  for (const cycle of findDependencyCycles(nodes)) {
    const titles = cycle.path.map((id) => context.factsById.get(id)!.item.title);
    findings.push(
      makeFinding(
        'dependency.cycle',
        { itemIds: cycle.itemIds },
        { itemTitle: titles[0], path: titles.join(' → '), size: cycle.itemIds.length },
      ),
    );
  }
}
