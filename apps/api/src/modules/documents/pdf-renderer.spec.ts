import type { ApplicationSnapshotContentResponse } from '@smartcity/contracts';

import { inspectPdf } from '../../../test/pdf-text';
import { applicationDocumentModel, decisionLetterModel, type DocumentContext } from './document-models';
import { renderPdf } from './pdf-renderer';

const HASH = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';

// Only the fields the documents read; the rest of the snapshot is irrelevant here.
const content = {
  roadmap: {
    roadmap: { title: 'Дорожная карта цифровизации Калуги', periodStartYear: 2019, periodEndYear: 2024 },
    problems: [{ title: 'Пробки в часы пик' }],
    items: [
      {
        title: 'Платформа вовлечения граждан',
        startMonth: '2019-06',
        endMonth: '2020-12',
        responsibleUnit: 'Управление информатизации',
        budgetLines: [
          { year: 2019, source: 'municipal', planned: '1250000.50' },
          { year: 2020, source: 'regional', planned: '2000000.00' },
        ],
      },
    ],
    coverage: [],
  },
  compliance: {
    score: 87,
    findings: [{ severity: 'warning' }],
  },
  eligibility: [{ rule: 'population_or_capital', passed: true, reason: '', params: {} }],
  itemHashes: {},
} as unknown as ApplicationSnapshotContentResponse;

const context: DocumentContext = {
  applicationId: '3c6f0e4e-4f7c-4d0a-9a44-0c3b0f7b1a01',
  campaignTitle: 'Пилотный отбор 2019',
  municipalityRu: 'Калуга',
  municipalityEn: 'Kaluga',
  regionRu: 'Калужская область',
  regionEn: 'Kaluga Region',
  snapshot: { sequence: 2, contentHash: HASH, createdAt: new Date('2019-07-01T10:00:00Z'), content },
};

describe(renderPdf.name, () => {
  it('renders the application in Russian with the embedded DejaVu font, searchable, stating the hash', async () => {
    const pdf = await renderPdf(applicationDocumentModel(context, 'ru'));

    const { flatText: text, fonts, embeddedFontFiles } = inspectPdf(pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fonts.some((f) => f.endsWith('+DejaVuSans'))).toBe(true);
    expect(embeddedFontFiles).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Заявка на участие в пилотном проекте «Умный город»');
    expect(text).toContain('Калужская область');
    expect(text).toContain('1. Платформа вовлечения граждан (2019-06 — 2020-12)');
    expect(text).toContain('3 250 000.50');
    expect(text).toContain(`Снимок заявки SHA-256: ${HASH}`);
  });

  it('renders the decision letter in English with the reasons', async () => {
    const pdf = await renderPdf(
      decisionLetterModel(
        context,
        {
          toStatus: 'changes_requested',
          stage: 'ministry',
          reasons: ['Бюджет 2020 года не обоснован'],
          decidedBy: 'Анна Петрова',
          decidedAt: new Date('2019-07-15T09:00:00Z'),
        },
        'en',
      ),
    );

    const { flatText: text } = inspectPdf(pdf);
    expect(text).toContain('Decision on the application');
    expect(text).toContain('the application is returned for changes');
    expect(text).toContain('ministry review');
    // Cyrillic inside an English letter (names, reasons) renders with the same font.
    expect(text).toContain('Бюджет 2020 года не обоснован');
    expect(text).toContain('Анна Петрова');
    expect(text).toContain(HASH);
  });

  it('renders the same bytes for the same input (re-rendering after a crash changes nothing)', async () => {
    const first = await renderPdf(applicationDocumentModel(context, 'ru'));
    const second = await renderPdf(applicationDocumentModel(context, 'ru'));

    expect(second.equals(first)).toBe(true);
  });
});
