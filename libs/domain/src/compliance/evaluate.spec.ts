import type { ComplianceRoadmap } from './compliance-input';
import { evaluate } from './evaluate';
import { formatFinding } from './format-finding';
import {
  AS_OF,
  BIG_CITY,
  buildItem,
  cleanRoadmap,
  FRAMEWORK,
  patchItem,
  REGIONAL_CAPITAL,
  SMALL_TOWN,
  withItems,
  withoutItems,
} from './testing/compliance-fixtures';

const ruleAndRefs = (report: ReturnType<typeof evaluate>) =>
  report.findings.map(({ rule, severity, refs }) => ({ rule, severity, refs }));

/** The engagement platform moved to 2021, with the item depending on it moved along. */
const platformIn2021 = () =>
  patchItem(patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-06' }), 'centre', {
    startMonth: '2021-07',
    budgetLines: [{ year: 2022, source: 'federal', plannedKopecks: 1_000_000_000 }],
  });

describe('evaluate', () => {
  describe('acceptance (issue #5)', () => {
    it('reports exactly the two basic measures a roadmap misses', () => {
      const report = evaluate(
        withoutItems(cleanRoadmap(), 'metering', 'eco'),
        FRAMEWORK,
        REGIONAL_CAPITAL,
        AS_OF,
      );

      expect(ruleAndRefs(report)).toEqual([
        {
          rule: 'coverage.basic-measure-missing',
          severity: 'error',
          refs: { itemIds: [], measureIds: ['m-eco-01'] },
        },
        {
          rule: 'coverage.basic-measure-missing',
          severity: 'error',
          refs: { itemIds: [], measureIds: ['m-zhkh-01'] },
        },
      ]);
      expect(report.canSubmit).toBe(false);
    });

    it('treats the engagement platform planned for 2021 as an error', () => {
      const report = evaluate(platformIn2021(), FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

      expect(ruleAndRefs(report)).toEqual([
        {
          rule: 'horizon.engagement-platform-late',
          severity: 'error',
          refs: { itemIds: ['platform'], measureIds: ['m-gu-01'] },
        },
      ]);
      expect(report.canSubmit).toBe(false);
      expect(formatFinding(report.findings[0], 'ru')).toBe(
        'Мероприятие «Мероприятие platform» создаёт платформу вовлечения граждан (SC2019-GU-01), но заканчивается ' +
          'позже срока: окончание — июнь 2021 г., срок — декабрь 2020 г.',
      );
      expect(formatFinding(report.findings[0], 'en')).toBe(
        '“Мероприятие platform” delivers the citizen-engagement platform (SC2019-GU-01) too late: it ends in June ' +
          '2021, but the platform is due by December 2020.',
      );
    });

    it('gives the same city under 100 000 people warnings instead', () => {
      const roadmap = withoutItems(platformIn2021(), 'metering', 'eco');
      const capital = evaluate(roadmap, FRAMEWORK, REGIONAL_CAPITAL, AS_OF);
      const town = evaluate(roadmap, FRAMEWORK, SMALL_TOWN, AS_OF);

      expect(capital.findings.map((f) => f.severity)).toEqual(['error', 'error', 'error']);
      expect(town.findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
      expect(town.findings.map((f) => f.rule)).toEqual(capital.findings.map((f) => f.rule).sort());
      expect(town.canSubmit).toBe(true);
      expect(town.basicMeasuresMandatory).toBe(false);
      expect(capital.basicMeasuresMandatory).toBe(true);
      expect(formatFinding(town.findings[0], 'en')).toMatch(/recommended, not mandatory\.$/);
      expect(formatFinding(town.findings[0], 'ru')).toMatch(/не обязательна, а рекомендована\.$/);
    });

    it('makes basic measures mandatory from 100 000 people or for a regional capital', () => {
      const roadmap = withoutItems(cleanRoadmap(), 'metering');
      const severityFor = (population: number, isRegionalCapital: boolean) =>
        evaluate(roadmap, FRAMEWORK, { population, isRegionalCapital }, AS_OF).findings[0].severity;

      expect(severityFor(99_999, false)).toBe('warning');
      expect(severityFor(100_000, false)).toBe('error');
      expect(severityFor(BIG_CITY.population, false)).toBe('error');
      expect(severityFor(20_000, true)).toBe('error');
    });
  });

  describe('a clean roadmap', () => {
    const report = evaluate(cleanRoadmap(), FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

    it('scores 100 with nothing to report', () => {
      expect(report).toMatchObject({
        rulesetVersion: 1,
        asOf: AS_OF,
        score: 100,
        coverageRatio: 1,
        qualityRatio: 1,
        findings: [],
        counts: { error: 0, warning: 0, info: 0 },
        canSubmit: true,
      });
    });

    it('knows time: coverage per horizon year counts only measures planned to finish by then', () => {
      expect(report.horizons).toEqual([
        { year: 2020, basicMeasures: 5, plannedBasicMeasures: 1, share: 0.2 },
        { year: 2024, basicMeasures: 5, plannedBasicMeasures: 5, share: 1 },
        { year: 2030, basicMeasures: 5, plannedBasicMeasures: 5, share: 1 },
      ]);
    });

    it('lists every basic measure with its state and planned end', () => {
      expect(
        report.basicMeasures.map((m) => [m.measureCode, m.state, m.plannedEndMonth, m.deadlineMonth]),
      ).toEqual([
        ['SC2019-GU-01', 'covered', '2020-06', '2020-12'],
        ['SC2019-GU-02', 'covered', '2022-12', '2024-12'],
        ['SC2019-ZHKH-01', 'covered', '2023-12', '2024-12'],
        ['SC2019-PS-01', 'covered', '2024-06', '2024-12'],
        ['SC2019-ECO-01', 'covered', '2024-12', '2024-12'],
      ]);
      expect(report.basicMeasures.every((m) => m.requirement === 'mandatory')).toBe(true);
    });

    it('lists every direction in framework order, unassessed ones with a null score', () => {
      expect(
        report.directions.map((d) => [d.directionCode, d.score, d.basicMeasures, d.activeItems]),
      ).toEqual([
        ['GU', 100, 2, 2],
        ['ZHKH', 100, 1, 1],
        ['ENV', null, 0, 0],
        ['TRANSPORT', null, 0, 0],
        ['PUBLIC_SAFETY', 100, 1, 1],
        ['ECO_SAFETY', 100, 1, 1],
        ['COMMS', 100, 0, 1],
        ['TOURISM', null, 0, 0],
      ]);
    });
  });

  describe('score', () => {
    it('weighs coverage 60 % and item quality 40 %', () => {
      // 3 of 5 basic measures covered, all 4 remaining items clean: 0.6·0.6 + 0.4·1 = 0.76.
      const report = evaluate(
        withoutItems(cleanRoadmap(), 'metering', 'eco'),
        FRAMEWORK,
        REGIONAL_CAPITAL,
        AS_OF,
      );

      expect(report).toMatchObject({ score: 76, coverageRatio: 0.6, qualityRatio: 1 });
      expect(report.directions.find((d) => d.directionCode === 'ZHKH')).toMatchObject({
        score: 0,
        basicMeasures: 1,
        coveredBasicMeasures: 0,
        activeItems: 0,
      });
    });

    it('counts an item with an error finding as not clean, warnings do not matter', () => {
      const withError = patchItem(cleanRoadmap(), 'wifi', { kpiTargets: [] });
      const withWarning = patchItem(cleanRoadmap(), 'metering', { directionCode: 'GU' });

      // 5/5 covered, 5 of 6 items clean: 0.6 + 0.4·5/6 = 0.9333…
      expect(evaluate(withError, FRAMEWORK, REGIONAL_CAPITAL, AS_OF)).toMatchObject({ score: 93 });
      expect(evaluate(withError, FRAMEWORK, REGIONAL_CAPITAL, AS_OF).directions[6]).toMatchObject({
        directionCode: 'COMMS',
        score: 0,
        qualityRatio: 0,
      });
      expect(evaluate(withWarning, FRAMEWORK, REGIONAL_CAPITAL, AS_OF)).toMatchObject({ score: 100 });
    });

    it('does not count a late measure as covered', () => {
      const report = evaluate(platformIn2021(), FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

      // 4/5 covered; the platform item carries an error: 0.6·0.8 + 0.4·5/6 = 0.8133…
      expect(report).toMatchObject({ score: 81, coverageRatio: 0.8 });
      expect(report.basicMeasures[0]).toMatchObject({ state: 'late', plannedEndMonth: '2021-06' });
      expect(report.horizons[0]).toMatchObject({ year: 2020, plannedBasicMeasures: 0, share: 0 });
      expect(report.horizons[1]).toMatchObject({ year: 2024, plannedBasicMeasures: 5 });
    });

    it('takes measures accepted as not applicable out of scope and counts evidenced ones as covered', () => {
      const roadmap: ComplianceRoadmap = {
        ...withoutItems(cleanRoadmap(), 'metering', 'eco'),
        coverage: [
          { measureId: 'm-zhkh-01', status: 'not_applicable', reviewStatus: 'accepted', evidenceCount: 0 },
          { measureId: 'm-eco-01', status: 'implemented', reviewStatus: null, evidenceCount: 3 },
        ],
      };
      const report = evaluate(roadmap, FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

      expect(report).toMatchObject({ score: 100, coverageRatio: 1, findings: [] });
      expect(report.horizons[0]).toEqual({
        year: 2020,
        basicMeasures: 4,
        plannedBasicMeasures: 2,
        share: 0.5,
      });
      expect(report.basicMeasures.map((m) => m.state)).toEqual([
        'covered',
        'covered',
        'not_applicable',
        'covered',
        'implemented',
      ]);
    });

    it('takes 10 points off for a roadmap-level error', () => {
      const report = evaluate(withoutItems(cleanRoadmap(), 'wifi'), FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

      expect(report).toMatchObject({ score: 90, coverageRatio: 1, qualityRatio: 1 });
    });

    it('scores an empty roadmap 0 and marks every basic measure missing', () => {
      const report = evaluate({ items: [], problems: [], coverage: [] }, FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

      expect(report).toMatchObject({ score: 0, coverageRatio: 0, qualityRatio: null, canSubmit: false });
      expect(report.findings.map((f) => f.rule)).toEqual([
        'coverage.basic-measure-missing',
        'coverage.basic-measure-missing',
        'coverage.basic-measure-missing',
        'coverage.basic-measure-missing',
        'coverage.basic-measure-missing',
        'coverage.no-additional-measure',
      ]);
    });

    it('ignores cancelled items in the score', () => {
      const roadmap = withItems(
        cleanRoadmap(),
        buildItem({ id: 'old', status: 'cancelled', kpiTargets: [] }),
      );

      expect(evaluate(roadmap, FRAMEWORK, REGIONAL_CAPITAL, AS_OF)).toMatchObject({
        score: 100,
        findings: [],
      });
    });
  });

  it('sorts findings by severity, then rule, then refs', () => {
    const roadmap = patchItem(
      patchItem(patchItem(cleanRoadmap(), 'wifi', { kpiTargets: [], directionCode: 'SPACE' }), 'metering', {
        directionCode: 'GU',
      }),
      'platform',
      { kpiTargets: [] },
    );
    const report = evaluate(roadmap, FRAMEWORK, REGIONAL_CAPITAL, '2019-10-01');

    expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.refs.itemIds.join(',')}`)).toEqual([
      'error item.kpi-target-missing platform',
      'error item.kpi-target-missing wifi',
      'error reference.unknown-direction wifi',
      'warning item.direction-mismatch metering',
      'info schedule.start-overdue platform',
      'info schedule.start-overdue wifi',
    ]);
    expect(report.counts).toEqual({ error: 3, warning: 1, info: 2 });
  });

  it('does not modify its input', () => {
    const roadmap = cleanRoadmap();
    const before = JSON.stringify(roadmap);

    evaluate(patchItem(roadmap, 'platform', { dependsOn: ['centre'] }), FRAMEWORK, REGIONAL_CAPITAL, AS_OF);

    expect(JSON.stringify(roadmap)).toBe(before);
  });

  it.each([
    ['an asOf that is not a date', () => evaluate(cleanRoadmap(), FRAMEWORK, REGIONAL_CAPITAL, '2019-02-30')],
    ['an asOf without a day', () => evaluate(cleanRoadmap(), FRAMEWORK, REGIONAL_CAPITAL, '2019-06')],
    [
      'a negative population',
      () => evaluate(cleanRoadmap(), FRAMEWORK, { population: -1, isRegionalCapital: false }, AS_OF),
    ],
    [
      'duplicate item ids',
      () =>
        evaluate(withItems(cleanRoadmap(), buildItem({ id: 'wifi' })), FRAMEWORK, REGIONAL_CAPITAL, AS_OF),
    ],
    [
      'duplicate measure ids',
      () =>
        evaluate(
          cleanRoadmap(),
          { ...FRAMEWORK, measures: [...FRAMEWORK.measures, FRAMEWORK.measures[0]] },
          REGIONAL_CAPITAL,
          AS_OF,
        ),
    ],
  ])('refuses %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
