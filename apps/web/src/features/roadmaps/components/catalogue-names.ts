import type { FrameworkResponse, FrameworkTreeResponse } from '@smartcity/contracts';
import type { Locale } from '@smartcity/contracts';

type Titled = { titleRu: string | null; titleEn: string | null; code: string };

/** A catalogue title in the interface language, falling back to the other language, then the code. */
export function catalogueTitle(locale: Locale, titled: Titled): string {
  const first = locale === 'en' ? titled.titleEn : titled.titleRu;
  const second = locale === 'en' ? titled.titleRu : titled.titleEn;
  return first || second || titled.code;
}

export function frameworkLabel(locale: Locale, framework: FrameworkResponse): string {
  return `${catalogueTitle(locale, framework)} — ${framework.edition || `v${framework.version}`}`;
}

export type CatalogueLookup = {
  directionName: (id: string | null) => string;
  measureName: (id: string | null) => string;
  directions: { id: string; name: string }[];
  measures: { id: string; name: string; kind: 'basic' | 'additional'; directionId: string }[];
};

export function catalogueLookup(locale: Locale, tree: FrameworkTreeResponse | undefined): CatalogueLookup {
  const directions = (tree?.directions ?? []).map((direction) => ({
    id: direction.id,
    name: `${direction.code}. ${catalogueTitle(locale, direction)}`,
  }));
  const measures = (tree?.directions ?? []).flatMap((direction) =>
    direction.measures.map((measure) => ({
      id: measure.id,
      name: `${measure.code} ${catalogueTitle(locale, measure)}`,
      kind: measure.kind,
      directionId: direction.id,
    })),
  );
  const directionNames = new Map(directions.map((d) => [d.id, d.name]));
  const measureNames = new Map(measures.map((m) => [m.id, m.name]));
  return {
    directions,
    measures,
    directionName: (id) => (id ? (directionNames.get(id) ?? '') : ''),
    measureName: (id) => (id ? (measureNames.get(id) ?? '') : ''),
  };
}
