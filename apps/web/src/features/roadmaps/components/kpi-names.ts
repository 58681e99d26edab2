import type { FrameworkTreeResponse, Locale } from '@smartcity/contracts';

import { catalogueTitle } from './catalogue-names';

export type KpiDefinitionInfo = {
  id: string;
  /** `code title`, in the interface language. */
  name: string;
  unit: string | null;
  /** The KPI set it belongs to, e.g. "U4SSC — 2017". */
  frameworkName: string;
};

export type KpiLookup = {
  /** The KPI's name, or '' while its set is not loaded (or it is not in a published set). */
  kpiName: (id: string) => string;
  kpiInfo: (id: string) => KpiDefinitionInfo | undefined;
};

/** Names of the KPI definitions of the loaded KPI sets. */
export function kpiLookup(locale: Locale, trees: readonly FrameworkTreeResponse[]): KpiLookup {
  const byId = new Map<string, KpiDefinitionInfo>();
  for (const tree of trees) {
    const frameworkName = `${catalogueTitle(locale, tree.framework)} — ${tree.framework.edition || `v${tree.framework.version}`}`;
    for (const direction of tree.directions) {
      for (const kpi of direction.kpis) {
        byId.set(kpi.id, {
          id: kpi.id,
          name: `${kpi.code} ${catalogueTitle(locale, kpi)}`,
          unit: kpi.unit,
          frameworkName,
        });
      }
    }
  }
  return { kpiName: (id) => byId.get(id)?.name ?? '', kpiInfo: (id) => byId.get(id) };
}
