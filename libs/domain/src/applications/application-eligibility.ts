/**
 * Who may apply to a campaign (issue 6): a municipality over the population threshold (100 000 by default) or a
 * regional capital; a roadmap without compliance errors; at least the campaign's minimum coverage of basic measures.
 * Each rule is a pure function returning whether it holds and why, so the pre-check can list every reason at once.
 */

/** The campaign's eligibility rules (stored with the campaign). */
export type EligibilityRules = {
  /** Population strictly over which a municipality is eligible by size. */
  populationThreshold: number;
  /** Whether a regional capital is eligible whatever its population. */
  regionalCapitalEligible: boolean;
  /** Whether any compliance error blocks the application (DESIGN §4: errors block submission). */
  requireNoComplianceErrors: boolean;
  /** Minimum share of basic measures covered, in percent (0–100); null: no minimum. */
  minCoveragePercent: number | null;
};

export const DEFAULT_ELIGIBILITY_RULES: EligibilityRules = {
  populationThreshold: 100_000,
  regionalCapitalEligible: true,
  requireNoComplianceErrors: true,
  minCoveragePercent: null,
};

/** A compliance error as the eligibility check needs it: the rule and what it refers to. */
export type EligibilityComplianceError = {
  rule: string;
  itemIds: readonly string[];
  measureIds: readonly string[];
  /** A human-readable line (formatFinding) for the reason text. */
  message: string;
};

export type EligibilityInput = {
  municipality: { population: number | null; isRegionalCapital: boolean };
  compliance: {
    errors: readonly EligibilityComplianceError[];
    /** Covered / in-scope basic measures (0–1), or null when no basic measure is in scope. */
    coverageRatio: number | null;
  };
};

// Durable: stored in submitted snapshots and shown by the web app. Never rename a value.
export const ELIGIBILITY_RULE_IDS = [
  'population_or_capital',
  'no_compliance_errors',
  'min_coverage',
] as const;
export type EligibilityRuleId = (typeof ELIGIBILITY_RULE_IDS)[number];

export type EligibilityCheck = {
  rule: EligibilityRuleId;
  passed: boolean;
  /** One sentence (English; the web app renders its own text from `rule` and `params`). */
  reason: string;
  params: Record<string, string | number | boolean | null>;
};

export type EligibilityResult = {
  eligible: boolean;
  checks: EligibilityCheck[];
  /** The compliance errors, when the no-errors rule applies and fails; empty otherwise. */
  errors: EligibilityComplianceError[];
};

export function checkPopulationOrCapital(rules: EligibilityRules, input: EligibilityInput): EligibilityCheck {
  const { population, isRegionalCapital } = input.municipality;
  const params = { population, threshold: rules.populationThreshold, isRegionalCapital };
  if (rules.regionalCapitalEligible && isRegionalCapital) {
    return {
      rule: 'population_or_capital',
      passed: true,
      reason: 'The municipality is a regional capital',
      params,
    };
  }
  if (population !== null && population > rules.populationThreshold) {
    return {
      rule: 'population_or_capital',
      passed: true,
      reason: `Population ${population} is over ${rules.populationThreshold}`,
      params,
    };
  }
  const capital = rules.regionalCapitalEligible ? ' and it is not a regional capital' : '';
  return {
    rule: 'population_or_capital',
    passed: false,
    reason:
      population === null
        ? `The municipality's population is not recorded${capital}`
        : `Population ${population} is not over ${rules.populationThreshold}${capital}`,
    params,
  };
}

export function checkNoComplianceErrors(rules: EligibilityRules, input: EligibilityInput): EligibilityCheck {
  const count = input.compliance.errors.length;
  const params = { errors: count, required: rules.requireNoComplianceErrors };
  if (!rules.requireNoComplianceErrors) {
    return { rule: 'no_compliance_errors', passed: true, reason: 'The campaign does not require it', params };
  }
  if (count === 0) {
    return {
      rule: 'no_compliance_errors',
      passed: true,
      reason: 'The roadmap has no compliance errors',
      params,
    };
  }
  const named = input.compliance.errors
    .slice(0, 5)
    .map((e) => e.message)
    .join('; ');
  const more = count > 5 ? `; and ${count - 5} more` : '';
  return {
    rule: 'no_compliance_errors',
    passed: false,
    reason: `The roadmap has ${count} compliance error${count === 1 ? '' : 's'}: ${named}${more}`,
    params,
  };
}

export function checkMinCoverage(rules: EligibilityRules, input: EligibilityInput): EligibilityCheck {
  const min = rules.minCoveragePercent;
  const ratio = input.compliance.coverageRatio;
  const percent = ratio === null ? null : Math.round(ratio * 1000) / 10;
  const params = { minPercent: min, percent };
  if (min === null || min <= 0) {
    return { rule: 'min_coverage', passed: true, reason: 'The campaign sets no minimum coverage', params };
  }
  // No basic measure in scope: nothing is missing, so the minimum holds.
  if (percent === null || percent >= min) {
    return {
      rule: 'min_coverage',
      passed: true,
      reason:
        percent === null
          ? 'No basic measure is in scope'
          : `Basic measures covered: ${percent} % (minimum ${min} %)`,
      params,
    };
  }
  return {
    rule: 'min_coverage',
    passed: false,
    reason: `Basic measures covered: ${percent} %, below the campaign's minimum of ${min} %`,
    params,
  };
}

/** Every rule, in a fixed order; eligible when all pass. */
export function checkEligibility(rules: EligibilityRules, input: EligibilityInput): EligibilityResult {
  const checks = [
    checkPopulationOrCapital(rules, input),
    checkNoComplianceErrors(rules, input),
    checkMinCoverage(rules, input),
  ];
  const errorsBlock = rules.requireNoComplianceErrors && input.compliance.errors.length > 0;
  return {
    eligible: checks.every((c) => c.passed),
    checks,
    errors: errorsBlock ? [...input.compliance.errors] : [],
  };
}
