import { useMemo } from 'react';
import type {
  ComplianceMunicipalityFacts,
  FrameworkTreeResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';

import type { LiveReport } from '../lib/live-report';
import { evaluateDocumentCached, todayUtc } from '../lib/live-report';

/**
 * The roadmap's report, evaluated in the browser from the document in the query cache: every edit (a write's
 * answer, a live event, a refetch) gives a new document object and so a new report, with no round-trip.
 */
export function useLiveCompliance(
  document: RoadmapDocumentResponse,
  tree: FrameworkTreeResponse | undefined,
  municipality: ComplianceMunicipalityFacts | undefined,
): LiveReport {
  const asOf = todayUtc();
  const population = municipality?.population;
  const isRegionalCapital = municipality?.isRegionalCapital;
  return useMemo(
    () =>
      evaluateDocumentCached(
        document,
        tree,
        isRegionalCapital === undefined ? undefined : { population: population ?? null, isRegionalCapital },
        asOf,
      ),
    [document, tree, population, isRegionalCapital, asOf],
  );
}
