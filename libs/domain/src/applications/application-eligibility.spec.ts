import {
  checkEligibility,
  checkMinCoverage,
  checkNoComplianceErrors,
  checkPopulationOrCapital,
  DEFAULT_ELIGIBILITY_RULES,
  type EligibilityInput,
  type EligibilityRules,
} from './application-eligibility';
import { canonicalJson, carryOverAcceptances, itemContentText } from './item-acceptance';

const input = (overrides: {
  population?: number | null;
  isRegionalCapital?: boolean;
  errors?: number;
  coverageRatio?: number | null;
}): EligibilityInput => ({
  municipality: {
    population: overrides.population === undefined ? 150_000 : overrides.population,
    isRegionalCapital: overrides.isRegionalCapital ?? false,
  },
  compliance: {
    errors: Array.from({ length: overrides.errors ?? 0 }, (_, i) => ({
      rule: 'item-has-dates',
      itemIds: [`i${i}`],
      measureIds: [],
      message: `Item ${i} has no dates`,
    })),
    coverageRatio: overrides.coverageRatio === undefined ? 1 : overrides.coverageRatio,
  },
});

const rules = (overrides: Partial<EligibilityRules> = {}): EligibilityRules => ({
  ...DEFAULT_ELIGIBILITY_RULES,
  ...overrides,
});

describe('application eligibility', () => {
  describe(checkPopulationOrCapital.name, () => {
    it.each([
      [150_000, false, true, 'Population 150000 is over 100000'],
      [100_000, false, false, 'Population 100000 is not over 100000 and it is not a regional capital'],
      [50_000, true, true, 'The municipality is a regional capital'],
      [null, false, false, "The municipality's population is not recorded and it is not a regional capital"],
    ] as const)('population %s, capital %s → %s', (population, isRegionalCapital, passed, reason) => {
      expect(checkPopulationOrCapital(rules(), input({ population, isRegionalCapital }))).toMatchObject({
        rule: 'population_or_capital',
        passed,
        reason,
      });
    });

    it('does not admit a small capital when the campaign says so', () => {
      const check = checkPopulationOrCapital(
        rules({ regionalCapitalEligible: false }),
        input({ population: 50_000, isRegionalCapital: true }),
      );

      expect(check).toMatchObject({ passed: false, reason: 'Population 50000 is not over 100000' });
    });
  });

  describe(checkNoComplianceErrors.name, () => {
    it('passes with no errors', () => {
      expect(checkNoComplianceErrors(rules(), input({})).passed).toBe(true);
    });

    it('names the errors, at most five, and counts the rest', () => {
      const check = checkNoComplianceErrors(rules(), input({ errors: 7 }));

      expect(check.passed).toBe(false);
      expect(check.reason).toBe(
        'The roadmap has 7 compliance errors: Item 0 has no dates; Item 1 has no dates; Item 2 has no dates; ' +
          'Item 3 has no dates; Item 4 has no dates; and 2 more',
      );
    });

    it('is waived when the campaign does not require it', () => {
      expect(
        checkNoComplianceErrors(rules({ requireNoComplianceErrors: false }), input({ errors: 2 })).passed,
      ).toBe(true);
    });
  });

  describe(checkMinCoverage.name, () => {
    it.each([
      [null, 0.1, true],
      [80, 0.8, true],
      [80, 0.795, false],
      [80, null, true],
    ] as const)('minimum %s %% with coverage %s → %s', (minCoveragePercent, coverageRatio, passed) => {
      expect(checkMinCoverage(rules({ minCoveragePercent }), input({ coverageRatio })).passed).toBe(passed);
    });

    it('says how far below the minimum', () => {
      expect(checkMinCoverage(rules({ minCoveragePercent: 80 }), input({ coverageRatio: 0.5 })).reason).toBe(
        "Basic measures covered: 50 %, below the campaign's minimum of 80 %",
      );
    });
  });

  describe(checkEligibility.name, () => {
    it('is eligible when all rules pass', () => {
      const result = checkEligibility(rules({ minCoveragePercent: 50 }), input({}));

      expect(result.eligible).toBe(true);
      expect(result.checks.map((c) => c.rule)).toEqual([
        'population_or_capital',
        'no_compliance_errors',
        'min_coverage',
      ]);
      expect(result.errors).toEqual([]);
    });

    it('lists every failing reason and the blocking errors', () => {
      const result = checkEligibility(
        rules({ minCoveragePercent: 90 }),
        input({ population: 20_000, errors: 1, coverageRatio: 0.5 }),
      );

      expect(result.eligible).toBe(false);
      expect(result.checks.filter((c) => !c.passed)).toHaveLength(3);
      expect(result.errors.map((e) => e.itemIds)).toEqual([['i0']]);
    });
  });
});

describe('item acceptance carry-over', () => {
  it('canonical JSON ignores key order and undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, 1], c: undefined })).toBe('{"a":[2,1],"b":1}');
    expect(canonicalJson({ a: [2, 1], b: 1 })).toBe(canonicalJson({ b: 1, a: [2, 1] }));
  });

  it('an item text ignores bookkeeping fields', () => {
    expect(itemContentText({ id: 'x', title: 'A', revision: 3, updatedAt: 'now' })).toBe(
      itemContentText({ title: 'A', id: 'x', revision: 9, updatedAt: 'later' }),
    );
    expect(itemContentText({ id: 'x', title: 'A' })).not.toBe(itemContentText({ id: 'x', title: 'B' }));
  });

  it('keeps acceptances of unchanged items and drops changed and removed ones', () => {
    const accepted = (itemId: string, contentHash: string) => ({
      itemId,
      contentHash,
      acceptedBy: 'reviewer',
      acceptedAt: '2019-06-01T00:00:00Z',
    });

    const result = carryOverAcceptances(
      [accepted('same', 'h1'), accepted('edited', 'h2'), accepted('gone', 'h3')],
      new Map([
        ['same', 'h1'],
        ['edited', 'h2-new'],
        ['added', 'h4'],
      ]),
    );

    expect(result.kept.map((a) => a.itemId)).toEqual(['same']);
    expect(result.dropped.map((a) => [a.itemId, a.why])).toEqual([
      ['edited', 'changed'],
      ['gone', 'removed'],
    ]);
  });
});
