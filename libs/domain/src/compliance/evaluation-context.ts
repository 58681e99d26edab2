import { isActiveStatus } from '../roadmaps/roadmap-item-status';
import { yearMonthFromIndex, yearMonthIndexOrNull } from '../roadmaps/year-month';
import type {
  ComplianceFramework,
  ComplianceItem,
  ComplianceMeasure,
  ComplianceMunicipality,
  ComplianceRoadmap,
} from './compliance-input';
import { basicMeasureRequirement, measureDeadlineYear } from './programme-horizons';

/** What the rules know about one item after parsing it once. Month values are `yearMonthIndex` numbers. */
export type ItemFacts = {
  item: ComplianceItem;
  isActive: boolean;
  /** The start month when it is a valid `YYYY-MM`, else null (whatever the end). */
  start: number | null;
  end: number | null;
  /** Both months valid and the end not before the start. */
  hasValidDates: boolean;
  /** The standard's measure a `standard` item implements, when it exists in the framework. */
  measure: ComplianceMeasure | undefined;
};

export type EvaluationContext = {
  roadmap: ComplianceRoadmap;
  framework: ComplianceFramework;
  municipality: ComplianceMunicipality;
  /** The assessment month as a `yearMonthIndex` number and as `YYYY-MM`. */
  asOfMonth: number;
  asOfMonthText: string;
  facts: ItemFacts[];
  factsById: Map<string, ItemFacts>;
  measuresById: Map<string, ComplianceMeasure>;
  directionCodes: Set<string>;
  problemIds: Set<string>;
  requirements: Map<string, 'mandatory' | 'recommended'>;
  /** Per measure id, the last month (`yearMonthIndex`) that meets its deadline. */
  deadlines: Map<string, number>;
};

export function buildContext(
  roadmap: ComplianceRoadmap,
  framework: ComplianceFramework,
  municipality: ComplianceMunicipality,
  asOfMonth: number,
): EvaluationContext {
  const measuresById = new Map<string, ComplianceMeasure>();
  const requirements = new Map<string, 'mandatory' | 'recommended'>();
  const deadlines = new Map<string, number>();
  for (const measure of framework.measures) {
    if (measuresById.has(measure.id))
      throw new RangeError(`Duplicate measure id in framework: ${measure.id}`);
    measuresById.set(measure.id, measure);
    deadlines.set(measure.id, measureDeadlineYear(measure) * 12 + 11);
    if (measure.kind === 'basic')
      requirements.set(measure.id, basicMeasureRequirement(measure, municipality));
  }
  const facts: ItemFacts[] = [];
  const factsById = new Map<string, ItemFacts>();
  for (const item of roadmap.items) {
    if (factsById.has(item.id)) throw new RangeError(`Duplicate item id in roadmap: ${item.id}`);
    const start = yearMonthIndexOrNull(item.startMonth);
    const end = yearMonthIndexOrNull(item.endMonth);
    const itemFacts: ItemFacts = {
      item,
      isActive: isActiveStatus(item.status),
      start,
      end,
      hasValidDates: start !== null && end !== null && end >= start,
      measure:
        item.kind === 'standard' && item.measureId !== null ? measuresById.get(item.measureId) : undefined,
    };
    facts.push(itemFacts);
    factsById.set(item.id, itemFacts);
  }
  return {
    roadmap,
    framework,
    municipality,
    asOfMonth,
    asOfMonthText: yearMonthFromIndex(asOfMonth),
    facts,
    factsById,
    measuresById,
    directionCodes: new Set(framework.directions.map((direction) => direction.code)),
    problemIds: new Set(roadmap.problems.map((problem) => problem.id)),
    requirements,
    deadlines,
  };
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}
