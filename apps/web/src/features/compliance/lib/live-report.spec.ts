import type { ComplianceReport } from '@smartcity/domain';
import { formatFinding } from '@smartcity/domain';

import {
  BIG_CITY,
  CONTROL_CENTRE,
  documentFixture,
  implementedMark,
  ITEM_PLATFORM,
  SMALL_TOWN,
  TREE,
} from '../testing/compliance-fixtures';
import { evaluateDocument, evaluateDocumentCached, serverAgreement, todayUtc } from './live-report';

const AS_OF = '2021-06-15';

function ready(result: ReturnType<typeof evaluateDocument>): ComplianceReport {
  if (result.status !== 'ready') throw new Error(`expected a report, got ${result.status}`);
  return result.report;
}

describe('evaluateDocument', () => {
  it('waits for the framework tree and the municipality', () => {
    expect(evaluateDocument(documentFixture(), undefined, BIG_CITY, AS_OF)).toEqual({ status: 'waiting' });
    expect(evaluateDocument(documentFixture(), TREE, undefined, AS_OF)).toEqual({ status: 'waiting' });
  });

  it('reports the uncovered basic measure as an error that blocks submission for a big city', () => {
    const report = ready(evaluateDocument(documentFixture(), TREE, BIG_CITY, AS_OF));

    const missing = report.findings.filter((f) => f.rule === 'coverage.basic-measure-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', refs: { measureIds: [CONTROL_CENTRE] } });
    expect(formatFinding(missing[0], 'ru')).toContain('SC2019-GU-02');
    expect(report.canSubmit).toBe(false);
  });

  it('drops the finding once the edited document marks the measure implemented with evidence', () => {
    const edited = documentFixture();
    edited.coverage = [implementedMark(CONTROL_CENTRE)];

    const report = ready(evaluateDocument(edited, TREE, BIG_CITY, AS_OF));

    expect(report.findings.some((f) => f.rule === 'coverage.basic-measure-missing')).toBe(false);
    expect(report.counts.error).toBe(0);
    expect(report.canSubmit).toBe(true);
  });

  it('makes the same gap a warning for a small town', () => {
    const report = ready(evaluateDocument(documentFixture(), TREE, SMALL_TOWN, AS_OF));

    const missing = report.findings.find((f) => f.rule === 'coverage.basic-measure-missing');
    expect(missing?.severity).toBe('warning');
    expect(report.basicMeasuresMandatory).toBe(false);
  });

  it('turns input no form can produce into a failure instead of throwing', () => {
    const broken = documentFixture();
    broken.items = [...broken.items, { ...broken.items[0] }];

    const result = evaluateDocument(broken, TREE, BIG_CITY, AS_OF);

    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/duplicate/i);
  });

  it('dates the assessment in UTC', () => {
    expect(todayUtc(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
  });
});

describe('serverAgreement', () => {
  const live = ready(evaluateDocument(documentFixture(), TREE, BIG_CITY, AS_OF));
  const server = (revision: number, report: ComplianceReport) => ({ roadmapRevision: revision, report });

  it('is loading, then unavailable on an error, without a server report', () => {
    expect(serverAgreement(live, undefined, 3, false)).toEqual({ kind: 'loading' });
    expect(serverAgreement(live, undefined, 3, true)).toEqual({ kind: 'unavailable' });
  });

  it('is recalculating while the server lags behind the document revision', () => {
    expect(serverAgreement(live, server(2, live), 3, false)).toEqual({ kind: 'recalculating', revision: 2 });
  });

  it('agrees on the same revision with the same score and counts, and differs otherwise', () => {
    expect(serverAgreement(live, server(3, live), 3, false)).toEqual({
      kind: 'agrees',
      revision: 3,
      score: live.score,
    });
    const other = { ...live, score: live.score - 5 };
    expect(serverAgreement(live, server(3, other), 3, false)).toEqual({
      kind: 'differs',
      revision: 3,
      score: live.score - 5,
    });
    const moreWarnings = { ...live, counts: { ...live.counts, warning: live.counts.warning + 1 } };
    expect(serverAgreement(live, server(3, moreWarnings), 3, false).kind).toBe('differs');
  });

  it('never claims agreement without a live report', () => {
    expect(serverAgreement(null, server(3, live), 3, false).kind).toBe('differs');
  });

  it('refers to the item that a finding concerns', () => {
    const edited = documentFixture();
    edited.items[0] = { ...edited.items[0], responsiblePerson: null };
    const report = ready(evaluateDocument(edited, TREE, BIG_CITY, AS_OF));
    const responsible = report.findings.find((f) => f.rule === 'item.responsible-missing');
    expect(responsible?.refs.itemIds).toEqual([ITEM_PLATFORM]);
  });
});

describe('evaluateDocumentCached', () => {
  it('evaluates a document object once for the same inputs', () => {
    const document = documentFixture();

    const first = evaluateDocumentCached(document, TREE, BIG_CITY, AS_OF);
    const second = evaluateDocumentCached(document, TREE, { ...BIG_CITY }, AS_OF);

    expect(second).toBe(first);
    expect(first.status).toBe('ready');
  });

  it('evaluates again for another document object, date or municipality', () => {
    const document = documentFixture();
    const first = evaluateDocumentCached(document, TREE, BIG_CITY, AS_OF);

    expect(evaluateDocumentCached({ ...document }, TREE, BIG_CITY, AS_OF)).not.toBe(first);
    expect(evaluateDocumentCached(document, TREE, BIG_CITY, '2021-06-16')).not.toBe(first);
    const small = evaluateDocumentCached(document, TREE, SMALL_TOWN, AS_OF);
    expect(small.status === 'ready' && small.report.basicMeasuresMandatory).toBe(false);
  });

  it('waits without a tree or municipality', () => {
    expect(evaluateDocumentCached(documentFixture(), undefined, BIG_CITY, AS_OF)).toEqual({
      status: 'waiting',
    });
  });
});
