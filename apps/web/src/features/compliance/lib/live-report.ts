import type {
  ComplianceMunicipalityFacts,
  ComplianceReportResponse,
  FrameworkTreeResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';
import { complianceInputFromRoadmapDocument } from '@smartcity/contracts';
import type { ComplianceReport } from '@smartcity/domain';
import { evaluate } from '@smartcity/domain';

export type LiveReport =
  | { status: 'waiting' }
  | { status: 'ready'; report: ComplianceReport }
  | { status: 'failed'; message: string };

/**
 * The browser's report: the same mapping (`complianceInputFromRoadmapDocument`) and the same `evaluate` the API and
 * the worker run, on the document as it is in the query cache right now. `waiting` until the framework tree and the
 * municipality are known; `failed` only for input no form can produce (evaluate throws then).
 */
export function evaluateDocument(
  document: Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'>,
  tree: Pick<FrameworkTreeResponse, 'directions'> | undefined,
  municipality: ComplianceMunicipalityFacts | undefined,
  asOf: string,
): LiveReport {
  if (!tree || !municipality) return { status: 'waiting' };
  try {
    const input = complianceInputFromRoadmapDocument(document, tree, municipality);
    return { status: 'ready', report: evaluate(input.roadmap, input.framework, input.municipality, asOf) };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

type CachedReport = {
  tree: object;
  population: number | null;
  isRegionalCapital: boolean;
  asOf: string;
  result: LiveReport;
};

// One entry per document object: the panel beside the tabs, the compliance tab and the item page evaluate the same
// cached document, and each edit makes a new document object (the old entry goes with it).
const cache = new WeakMap<object, CachedReport>();

/** `evaluateDocument`, computed once per document object and inputs, however many components ask for it. */
export function evaluateDocumentCached(
  document: Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'>,
  tree: Pick<FrameworkTreeResponse, 'directions'> | undefined,
  municipality: ComplianceMunicipalityFacts | undefined,
  asOf: string,
): LiveReport {
  if (!tree || !municipality) return { status: 'waiting' };
  const hit = cache.get(document);
  if (
    hit &&
    hit.tree === tree &&
    hit.population === municipality.population &&
    hit.isRegionalCapital === municipality.isRegionalCapital &&
    hit.asOf === asOf
  ) {
    return hit.result;
  }
  const result = evaluateDocument(document, tree, municipality, asOf);
  cache.set(document, {
    tree,
    population: municipality.population,
    isRegionalCapital: municipality.isRegionalCapital,
    asOf,
    result,
  });
  return result;
}

/** Today as the API dates its reports (`YYYY-MM-DD`, UTC). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** How the authoritative server report relates to what the browser shows. */
export type ServerAgreement =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'recalculating'; revision: number }
  | { kind: 'agrees'; revision: number; score: number }
  | { kind: 'differs'; revision: number; score: number };

/**
 * `recalculating` while the server's report is for an older revision than the document; for the same revision,
 * `agrees` when score and counts match the live report, `differs` otherwise (e.g. evaluated on another day).
 */
export function serverAgreement(
  live: ComplianceReport | null,
  server: Pick<ComplianceReportResponse, 'roadmapRevision' | 'report'> | undefined,
  documentRevision: number,
  isError: boolean,
): ServerAgreement {
  if (!server) return isError ? { kind: 'unavailable' } : { kind: 'loading' };
  const revision = server.roadmapRevision;
  if (revision < documentRevision) return { kind: 'recalculating', revision };
  const score = server.report.score;
  const same =
    live !== null &&
    live.score === score &&
    live.counts.error === server.report.counts.error &&
    live.counts.warning === server.report.counts.warning &&
    live.counts.info === server.report.counts.info;
  return same ? { kind: 'agrees', revision, score } : { kind: 'differs', revision, score };
}
