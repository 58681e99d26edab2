import type { ApplicationSnapshotContentResponse, Locale } from '@smartcity/contracts';

import type { PdfBlock, PdfDocumentModel } from './pdf-renderer';

/** What both documents name about the application (loaded by the worker from PostgreSQL). */
export type DocumentContext = {
  applicationId: string;
  campaignTitle: string;
  municipalityRu: string;
  municipalityEn: string;
  regionRu: string | null;
  regionEn: string | null;
  snapshot: {
    sequence: number;
    contentHash: string;
    createdAt: Date;
    content: ApplicationSnapshotContentResponse;
  };
};

/** A review decision that a letter states. */
export type DecisionContext = {
  toStatus: string;
  stage: string | null;
  reasons: readonly string[];
  decidedBy: string | null;
  decidedAt: Date;
};

const TEXT = {
  ru: {
    applicationTitle: 'Заявка на участие в пилотном проекте «Умный город»',
    letterTitle: 'Решение по заявке на участие в пилотном проекте «Умный город»',
    campaign: 'Отбор',
    municipality: 'Муниципальное образование',
    region: 'Субъект РФ',
    roadmap: 'Дорожная карта',
    period: 'Период',
    snapshot: 'Снимок',
    submittedAt: 'Зафиксирован',
    application: 'Заявка',
    compliance: 'Соответствие стандарту',
    score: 'Оценка',
    errors: 'Ошибки',
    warnings: 'Предупреждения',
    eligibility: 'Условия участия',
    passed: 'выполнено',
    failed: 'не выполнено',
    items: 'Мероприятия',
    budget: 'Бюджет, руб.',
    problems: 'Проблемы',
    noItems: 'Мероприятий нет.',
    decision: 'Решение',
    stage: 'Этап',
    reasons: 'Основания',
    decidedBy: 'Принял решение',
    decidedAt: 'Дата решения',
    hashNote: (hash: string) =>
      `Документ составлен по неизменяемому снимку заявки. Контрольная сумма снимка SHA-256: ${hash}`,
    footer: (hash: string) => `Снимок заявки SHA-256: ${hash}`,
    stages: { regional: 'региональная экспертиза', ministry: 'экспертиза министерства' } as Record<
      string,
      string
    >,
    statuses: {
      changes_requested: 'заявка возвращена на доработку',
      approved: 'заявка одобрена',
      rejected: 'заявка отклонена',
    } as Record<string, string>,
    system: 'система',
  },
  en: {
    applicationTitle: 'Application to the Smart City pilot programme',
    letterTitle: 'Decision on the application to the Smart City pilot programme',
    campaign: 'Campaign',
    municipality: 'Municipality',
    region: 'Region',
    roadmap: 'Roadmap',
    period: 'Period',
    snapshot: 'Snapshot',
    submittedAt: 'Frozen at',
    application: 'Application',
    compliance: 'Compliance with the standard',
    score: 'Score',
    errors: 'Errors',
    warnings: 'Warnings',
    eligibility: 'Eligibility',
    passed: 'met',
    failed: 'not met',
    items: 'Measures',
    budget: 'Budget, RUB',
    problems: 'Problems',
    noItems: 'No measures.',
    decision: 'Decision',
    stage: 'Stage',
    reasons: 'Reasons',
    decidedBy: 'Decided by',
    decidedAt: 'Decided on',
    hashNote: (hash: string) =>
      `This document was produced from the application's immutable snapshot. Snapshot SHA-256: ${hash}`,
    footer: (hash: string) => `Application snapshot SHA-256: ${hash}`,
    stages: { regional: 'regional review', ministry: 'ministry review' } as Record<string, string>,
    statuses: {
      changes_requested: 'the application is returned for changes',
      approved: 'the application is approved',
      rejected: 'the application is rejected',
    } as Record<string, string>,
    system: 'the system',
  },
} as const;

const ELIGIBILITY_RULES: Record<Locale, Record<string, string>> = {
  ru: {
    population_or_capital: 'Численность населения свыше порога или административный центр субъекта',
    no_compliance_errors: 'Нет ошибок соответствия стандарту',
    min_coverage: 'Минимальное покрытие базовых мероприятий',
  },
  en: {
    population_or_capital: 'Population over the threshold or a regional capital',
    no_compliance_errors: 'No compliance errors',
    min_coverage: 'Minimum coverage of basic measures',
  },
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const isoMinute = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Sums decimal strings (roubles with kopecks) exactly, in kopecks. */
function sumRoubles(amounts: readonly string[]): string {
  let kopecks = 0n;
  for (const amount of amounts) {
    const [whole, fraction = ''] = amount.split('.');
    const sign = whole.startsWith('-') ? -1n : 1n;
    kopecks += sign * (BigInt(whole.replace('-', '') || '0') * 100n + BigInt((fraction + '00').slice(0, 2)));
  }
  const negative = kopecks < 0n;
  const abs = negative ? -kopecks : kopecks;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function headerFields(context: DocumentContext, locale: Locale): PdfBlock {
  const t = TEXT[locale];
  const roadmap = context.snapshot.content.roadmap.roadmap;
  const region = locale === 'en' ? context.regionEn : context.regionRu;
  return {
    kind: 'fields',
    rows: [
      [t.campaign, context.campaignTitle],
      [t.municipality, locale === 'en' ? context.municipalityEn : context.municipalityRu],
      ...(region ? [[t.region, region] as const] : []),
      [t.roadmap, roadmap.title],
      [t.period, `${roadmap.periodStartYear}–${roadmap.periodEndYear}`],
      [t.snapshot, `№ ${context.snapshot.sequence}, ${isoMinute(context.snapshot.createdAt)}`],
      ['SHA-256', context.snapshot.contentHash],
    ],
  };
}

/** The submitted application: header, eligibility, compliance summary and every item of the frozen roadmap. */
export function applicationDocumentModel(context: DocumentContext, locale: Locale): PdfDocumentModel {
  const t = TEXT[locale];
  const { content } = context.snapshot;
  const findings = content.compliance.findings ?? [];
  const items = content.roadmap.items;
  const blocks: PdfBlock[] = [
    headerFields(context, locale),
    { kind: 'heading', text: t.eligibility },
    {
      kind: 'list',
      items: content.eligibility.map(
        (check) =>
          `${ELIGIBILITY_RULES[locale][check.rule] ?? check.rule}: ${check.passed ? t.passed : t.failed}`,
      ),
    },
    { kind: 'heading', text: t.compliance },
    {
      kind: 'fields',
      rows: [
        [t.score, String(content.compliance.score)],
        [t.errors, String(findings.filter((f) => f.severity === 'error').length)],
        [t.warnings, String(findings.filter((f) => f.severity === 'warning').length)],
      ],
    },
    { kind: 'heading', text: `${t.items} (${items.length})` },
  ];
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: t.noItems });
  for (const [index, item] of items.entries()) {
    const months = [item.startMonth, item.endMonth].filter(Boolean).join(' — ');
    const budget = item.budgetLines.length > 0 ? sumRoubles(item.budgetLines.map((l) => l.planned)) : null;
    blocks.push({
      kind: 'paragraph',
      text: [
        `${index + 1}. ${item.title}`,
        months ? ` (${months})` : '',
        budget ? ` · ${t.budget}: ${budget}` : '',
        item.responsibleUnit ? ` · ${item.responsibleUnit}` : '',
      ].join(''),
    });
  }
  const allBudget = items.flatMap((item) => item.budgetLines.map((l) => l.planned));
  blocks.push({ kind: 'fields', rows: [[t.budget, sumRoubles(allBudget)]] });
  if (content.roadmap.problems.length > 0) {
    blocks.push(
      { kind: 'heading', text: t.problems },
      { kind: 'list', items: content.roadmap.problems.map((p) => p.title) },
    );
  }
  blocks.push({ kind: 'paragraph', text: t.hashNote(context.snapshot.contentHash) });
  return {
    title: t.applicationTitle,
    subtitle: locale === 'en' ? context.municipalityEn : context.municipalityRu,
    lang: locale,
    blocks,
    footer: t.footer(context.snapshot.contentHash),
    createdAt: context.snapshot.createdAt,
  };
}

/** The decision letter: which decision, at which stage, why, by whom, on which snapshot. */
export function decisionLetterModel(
  context: DocumentContext,
  decision: DecisionContext,
  locale: Locale,
): PdfDocumentModel {
  const t = TEXT[locale];
  const blocks: PdfBlock[] = [
    headerFields(context, locale),
    { kind: 'heading', text: t.decision },
    {
      kind: 'fields',
      rows: [
        [t.decision, t.statuses[decision.toStatus] ?? decision.toStatus],
        ...(decision.stage ? [[t.stage, t.stages[decision.stage] ?? decision.stage] as const] : []),
        [t.decidedBy, decision.decidedBy ?? t.system],
        [t.decidedAt, isoDate(decision.decidedAt)],
      ],
    },
  ];
  if (decision.reasons.length > 0) {
    blocks.push({ kind: 'heading', text: t.reasons }, { kind: 'list', items: [...decision.reasons] });
  }
  blocks.push({ kind: 'paragraph', text: t.hashNote(context.snapshot.contentHash) });
  return {
    title: t.letterTitle,
    subtitle: locale === 'en' ? context.municipalityEn : context.municipalityRu,
    lang: locale,
    blocks,
    footer: t.footer(context.snapshot.contentHash),
    createdAt: decision.decidedAt,
  };
}
