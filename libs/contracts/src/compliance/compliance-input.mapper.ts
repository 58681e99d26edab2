import type {
  ComplianceFramework,
  ComplianceMeasure,
  ComplianceMunicipality,
  ComplianceRoadmap,
  Kopecks,
} from '@smartcity/domain';
import { moneyTextToKopecks, parseKopecks } from '@smartcity/domain';

import type { FrameworkTreeResponse } from '../catalogue/catalogue.response';
import type { RoadmapDocumentResponse } from '../roadmaps/roadmaps.response';

/** What the mapping needs to know about the municipality (an `OrganizationResponse` fits). */
export type ComplianceMunicipalityFacts = { population: number | null; isRegionalCapital: boolean };

export type ComplianceInput = {
  roadmap: ComplianceRoadmap;
  framework: ComplianceFramework;
  municipality: ComplianceMunicipality;
};

/**
 * THE mapping from what the API serves to what `evaluate` reads. The web app calls it with the roadmap document it
 * loaded (`GET …/roadmaps/:id`, then edited in place), the framework tree (`GET /catalogue/frameworks/:id/tree`) and
 * the municipality; the API and the worker build the very same document and tree from the database and call it
 * too, so the browser's live report and the stored authoritative one agree to the last field.
 *
 * Mapping rules: an item's `directionId` becomes the direction's code in the tree (null when absent or not in the
 * tree, which the engine reports as `reference.unknown-direction`); budget amounts (rouble text) become kopecks
 * (null when not an amount); a coverage mark's evidence is its links; an unknown population counts as 0 (basic
 * measures are then mandatory only for a regional capital, as `isMandatoryFor` treats an unknown population).
 */
export function complianceInputFromRoadmapDocument(
  document: Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'>,
  frameworkTree: Pick<FrameworkTreeResponse, 'directions'>,
  municipality: ComplianceMunicipalityFacts,
): ComplianceInput {
  const directionCodeById = new Map<string, string>();
  const measures: ComplianceMeasure[] = [];
  for (const direction of frameworkTree.directions) {
    directionCodeById.set(direction.id, direction.code);
    for (const measure of direction.measures) {
      measures.push({
        id: measure.id,
        code: measure.code,
        directionCode: direction.code,
        kind: measure.kind,
        titleRu: measure.titleRu,
        titleEn: measure.titleEn,
        deadlineYear: measure.deadlineYear,
        applicability: measure.applicability
          ? {
              minPopulation: measure.applicability.minPopulation,
              regionalCapitals: measure.applicability.regionalCapitals,
            }
          : null,
      });
    }
  }

  return {
    roadmap: {
      items: document.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        measureId: item.measureId,
        directionCode: item.directionId === null ? null : (directionCodeById.get(item.directionId) ?? null),
        title: item.title,
        responsibleUnit: item.responsibleUnit,
        responsiblePerson: item.responsiblePerson,
        startMonth: item.startMonth,
        endMonth: item.endMonth,
        status: item.status,
        budgetLines: item.budgetLines.map((line) => ({
          year: line.year,
          source: line.source,
          plannedKopecks: kopecksOf(line.planned),
        })),
        kpiTargets: item.kpiTargets.map((target) => ({
          kpiId: target.kpiDefinitionId,
          target: target.target,
          year: target.year,
        })),
        problemIds: [...item.problemIds],
        dependsOn: [...item.dependsOn],
      })),
      problems: document.problems.map((problem) => ({ id: problem.id })),
      coverage: document.coverage.map((mark) => ({
        measureId: mark.measureId,
        status: mark.status,
        reviewStatus: mark.reviewStatus,
        evidenceCount: mark.evidenceLinks.length,
      })),
    },
    framework: {
      directions: frameworkTree.directions.map((direction) => ({
        code: direction.code,
        titleRu: direction.titleRu,
        titleEn: direction.titleEn,
      })),
      measures,
    },
    municipality: {
      population: municipality.population ?? 0,
      isRegionalCapital: municipality.isRegionalCapital,
    },
  };
}

function kopecksOf(planned: string | null | undefined): Kopecks | null {
  if (planned === null || planned === undefined) return null;
  try {
    return parseKopecks(moneyTextToKopecks(planned));
  } catch {
    return null;
  }
}
