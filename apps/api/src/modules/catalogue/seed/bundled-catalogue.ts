import type { CatalogueDocument, DirectionRecord, KpiRecord, MeasureRecord } from '@smartcity/domain';
import { DEFAULT_BASIC_APPLICABILITY, parseCsv } from '@smartcity/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Turns the bundled data files (data/, copied unchanged from the research data set) into catalogue documents.
 * Each record keeps its provenance: the 2019 standard is a reconstruction (its official measure table could not
 * be obtained), U4SSC KPIs are confirmed or unconfirmed one by one, and the IQ index indicators are a
 * reconstruction. smart-city-standard-2022.json holds facts only and is not seeded (its own warning says so).
 */

/** Where the data files sit: next to this module in the sources, copied next to the build by `nx build api`. */
export const BUNDLED_DATA_DIR = join(__dirname, '..', 'data');

/** Durable: these codes identify the seeded frameworks; the seed skips a code that exists already. */
export const BUNDLED_CODES = {
  standard: 'smart-city-standard',
  u4ssc: 'u4ssc-kpis',
  iq: 'iq-cities',
} as const;

type Standard2019 = {
  meta: { coverage_warning: string };
  standard: {
    title_ru: string;
    title_en: string;
    approved: string;
    approved_by: string;
    approved_by_en: string;
    project_context: string;
    notes: string[];
    sources: string[];
  };
  directions: { code: string; title_ru: string; title_en: string; confidence: string }[];
  measures: {
    code: string;
    official_number: string | null;
    direction: string;
    kind: 'basic' | 'additional';
    title_ru: string;
    title_en: string;
    title_confidence: string;
    deadline: string | null;
    conditions: string | null;
    source: string[];
  }[];
  candidate_measures: {
    code: string;
    direction: string;
    title_ru: string;
    title_en: string;
    evidence: string;
    source: string[];
  }[];
};

type IqIndex = {
  meta: { warning: string };
  index: { name_ru: string; name_en: string; developer: string; max_score: number; sources: string[] };
  methodology_2019_2021: {
    directions: { code: string; title_ru: string; title_en: string }[];
    indicators: {
      id: string;
      direction: string;
      type: string;
      title_ru: string;
      title_en: string;
      direction_confidence: string;
      components_en?: string[];
    }[];
    indicator_source: string;
  };
};

const readJson = <T>(dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

/** "2024 (Vedomosti: …)" → 2024; the rest of the text is kept as a note. */
function yearOf(deadline: string | null): { year: number | null; note: string | null } {
  if (!deadline) return { year: null, note: null };
  const match = /^(\d{4})\b\s*(.*)$/.exec(deadline.trim());
  if (!match) return { year: null, note: `Deadline: ${deadline}` };
  return { year: Number(match[1]), note: match[2] ? `Deadline ${match[1]} ${match[2]}` : null };
}

/** The two items whose sources place them in "ENV or COMMS": filed under communications networks. */
function directionOf(direction: string): { code: string; note: string | null } {
  if (/^ENV or COMMS/.test(direction)) {
    return { code: 'COMMS', note: `Direction uncertain in the sources (${direction}); filed under COMMS.` };
  }
  return { code: direction, note: null };
}

const joinNotes = (...notes: (string | null)[]) => notes.filter(Boolean).join(' ') || null;

export function smartCityStandard2019(dir = BUNDLED_DATA_DIR): CatalogueDocument {
  const data = readJson<Standard2019>(dir, 'smart-city-standard-2019.json');
  const directions: DirectionRecord[] = data.directions.map((d) => ({
    code: d.code,
    titleRu: d.title_ru,
    titleEn: d.title_en,
  }));
  const sourced: MeasureRecord[] = data.measures.map((m) => {
    const deadline = yearOf(m.deadline);
    return {
      code: m.code,
      officialNumber: m.official_number,
      directionCode: m.direction,
      kind: m.kind,
      titleRu: m.title_ru,
      titleEn: m.title_en,
      descriptionRu: null,
      descriptionEn: m.conditions,
      deadlineYear: deadline.year,
      applicability: m.kind === 'basic' ? DEFAULT_BASIC_APPLICABILITY : null,
      provenance: 'confirmed',
      provenanceNote: joinNotes(`Title: ${m.title_confidence}.`, deadline.note && `${deadline.note}.`),
      sources: m.source,
    };
  });
  const candidates: MeasureRecord[] = data.candidate_measures.map((c) => {
    const direction = directionOf(c.direction);
    return {
      code: c.code,
      officialNumber: null,
      directionCode: direction.code,
      kind: 'additional',
      titleRu: c.title_ru,
      titleEn: c.title_en,
      descriptionRu: null,
      descriptionEn: null,
      deadlineYear: null,
      applicability: null,
      provenance: 'reconstructed',
      provenanceNote: joinNotes(
        'Candidate measure: not confirmed as a measure of the approved text, and its kind (basic or additional) ' +
          'is unknown; listed as additional until the official text replaces this reconstruction.',
        `Evidence: ${c.evidence}.`,
        direction.note,
      ),
      sources: c.source,
    };
  });
  const s = data.standard;
  return {
    framework: {
      code: BUNDLED_CODES.standard,
      edition: '2019',
      kind: 'measures',
      titleRu: s.title_ru,
      titleEn: s.title_en,
      descriptionRu: `Утверждён ${s.approved.split('-').reverse().join('.')}: ${s.approved_by}.`,
      descriptionEn: [`Approved ${s.approved} by ${s.approved_by_en}.`, s.project_context, ...s.notes].join(
        '\n',
      ),
      provenance: {
        status: 'reconstruction',
        note:
          'A reconstruction, to be replaced by the official text. ' +
          `${data.meta.coverage_warning} ` +
          'Direction names are confirmed by the ministry press release; their codes and order are ours. ' +
          'Basic measures apply to cities of 100 000 people or more and to regional capitals (clause 2).',
        sources: s.sources,
      },
    },
    directions,
    measures: [...sourced, ...candidates],
    kpis: [],
  };
}

const U4SSC_DIMENSIONS: Record<string, DirectionRecord> = {
  EC: { code: 'EC', titleRu: 'Экономика', titleEn: 'Economy' },
  EN: { code: 'EN', titleRu: 'Окружающая среда', titleEn: 'Environment' },
  SC: { code: 'SC', titleRu: 'Общество и культура', titleEn: 'Society and Culture' },
};

function u4sscRows(dir: string, file: string, provenance: 'confirmed' | 'unconfirmed') {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  const index = (name: string) => header.cells.indexOf(name);
  return rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const cell = (name: string) => r.cells[index(name)]?.trim() || null;
      return { cell, provenance };
    });
}

export function u4sscKpis(dir = BUNDLED_DATA_DIR): CatalogueDocument {
  const rows = [
    ...u4sscRows(dir, 'u4ssc-kpis.csv', 'confirmed'),
    ...u4sscRows(dir, 'u4ssc-kpis-unconfirmed.csv', 'unconfirmed'),
  ];
  // Merge the two files into the methodology's order: dimension, sub-dimension, category, then KPI number.
  const order = (values: (string | null)[]) => [...new Set(values)];
  const dimensions = order(rows.map((r) => r.cell('code')!.split(':')[0].trim()));
  const subDimensions = order(rows.map((r) => r.cell('subdimension')));
  const categories = order(rows.map((r) => r.cell('category')));
  const number = (code: string) => Number(/(\d+)[CA]$/.exec(code)?.[1] ?? 0);
  const kpis: KpiRecord[] = rows.map(({ cell, provenance }) => {
    const code = cell('code')!;
    return {
      code,
      directionCode: code.split(':')[0].trim(),
      subDimension: cell('subdimension'),
      category: cell('category'),
      titleRu: null,
      titleEn: cell('name'),
      descriptionRu: null,
      descriptionEn: null,
      unit: cell('unit'),
      tier: cell('type') === 'advanced' ? 'advanced' : 'core',
      better: null,
      provenance,
      provenanceNote: cell('source_note'),
      sources: [],
    };
  });
  const key = (k: KpiRecord) => [
    dimensions.indexOf(k.directionCode),
    subDimensions.indexOf(k.subDimension),
    categories.indexOf(k.category),
    number(k.code),
  ];
  kpis.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
  return {
    framework: {
      code: BUNDLED_CODES.u4ssc,
      edition: '2017',
      kind: 'kpis',
      titleRu: 'Ключевые показатели эффективности U4SSC для умных устойчивых городов',
      titleEn: 'U4SSC Key Performance Indicators for Smart Sustainable Cities',
      descriptionRu:
        'Показатели инициативы МСЭ «Объединённые для умных устойчивых городов» (U4SSC): 91 показатель в трёх ' +
        'измерениях — экономика, окружающая среда, общество и культура; основные (core) и расширенные (advanced).',
      descriptionEn:
        'KPIs of the ITU United for Smart Sustainable Cities initiative (U4SSC): 91 indicators in three ' +
        'dimensions (economy, environment, society and culture), core and advanced.',
      provenance: {
        status: 'partial',
        note:
          `${rows.filter((r) => r.provenance === 'confirmed').length} KPIs are confirmed by ITU methodology pages ` +
          'or verification reports (some with code or type from secondary sources: see each KPI); ' +
          `${rows.filter((r) => r.provenance === 'unconfirmed').length} come from secondary sources only. ` +
          'Russian titles and whether a higher or lower value is better are not in the bundled data.',
        sources: [
          'ITU U4SSC Collection Methodology for KPIs (CM2017)',
          'ITU U4SSC Verification Methodology (VM2022)',
          'https://github.com/TDT4290-SDG-Ontology/SDG-ontology-visualizer',
        ],
      },
    },
    directions: dimensions.map((code) => U4SSC_DIMENSIONS[code!]),
    measures: [],
    kpis,
  };
}

export function iqCitiesIndex(dir = BUNDLED_DATA_DIR): CatalogueDocument {
  const data = readJson<IqIndex>(dir, 'iq-index.json');
  const method = data.methodology_2019_2021;
  const kpis: KpiRecord[] = method.indicators.map((i) => {
    const direction = directionOf(i.direction);
    return {
      code: i.id,
      directionCode: direction.code,
      subDimension: null,
      category: i.type,
      titleRu: i.title_ru,
      titleEn: i.title_en,
      descriptionRu: null,
      descriptionEn: i.components_en?.length ? `Components: ${i.components_en.join('; ')}.` : null,
      unit: null,
      tier: null,
      better: null,
      provenance: 'reconstructed',
      provenanceNote: joinNotes(`Direction: ${i.direction_confidence}.`, direction.note),
      sources: [method.indicator_source],
    };
  });
  return {
    framework: {
      code: BUNDLED_CODES.iq,
      edition: '2019-2021',
      kind: 'kpis',
      titleRu: data.index.name_ru,
      titleEn: data.index.name_en,
      descriptionRu: `${data.index.developer}. Максимум ${data.index.max_score} баллов; города ранжируются внутри групп по численности населения. Методика 2019–2021 годов данных: 47 показателей в 10 направлениях.`,
      descriptionEn: `Scored out of ${data.index.max_score}; cities are ranked within population groups. Method for data years 2018–2021: 47 indicators in 10 directions.`,
      provenance: {
        status: 'reconstruction',
        note: `${data.meta.warning} Indicator weights are unknown.`,
        sources: [...data.index.sources, method.indicator_source],
      },
    },
    directions: method.directions.map((d) => ({ code: d.code, titleRu: d.title_ru, titleEn: d.title_en })),
    measures: [],
    kpis,
  };
}

/** Every bundled framework, in seeding order. */
export function bundledCatalogue(dir = BUNDLED_DATA_DIR): CatalogueDocument[] {
  return [smartCityStandard2019(dir), u4sscKpis(dir), iqCitiesIndex(dir)];
}
