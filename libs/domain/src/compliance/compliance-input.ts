import type { ApplicabilityRule } from '../catalogue/catalogue-document';
import type { MeasureKind } from '../catalogue/catalogue-kinds';
import type { CoverageReviewStatus } from '../roadmap-drafting/roadmap-status';
import type { FinancingSource } from '../roadmaps/financing-source';
import type { MeasureCoverageStatus } from '../roadmaps/measure-coverage-status';
import type { Kopecks } from '../roadmaps/money';
import type { RoadmapItemKind } from '../roadmaps/roadmap-item-kind';
import type { RoadmapItemStatus } from '../roadmaps/roadmap-item-status';
import type { YearMonth } from '../roadmaps/year-month';

/*
 * What `evaluate` reads: plain data that the API builds from its database, the worker from a snapshot and the web
 * app from form state. Only fields a rule needs are here; extra properties are ignored, so a catalogue
 * `MeasureRecord` plus its id is already a `ComplianceMeasure`. Fields a half-filled form may lack are nullable, and
 * the rules report them instead of failing.
 */

/** A direction (section) of the pinned framework version. */
export type ComplianceDirection = {
  code: string;
  titleRu: string | null;
  titleEn: string | null;
};

/** A measure of the pinned framework version (the catalogue's `MeasureRecord` with its id). */
export type ComplianceMeasure = {
  id: string;
  code: string;
  directionCode: string;
  kind: MeasureKind;
  titleRu: string | null;
  titleEn: string | null;
  /**
   * The year by the end of which the measure must be delivered. `null` means the programme default: 2020 for the
   * citizen-engagement platform, 2024 for every other measure of the standard.
   */
  deadlineYear: number | null;
  /**
   * Marks the citizen-engagement platform, the one measure due by the end of 2020. When absent, the measure is
   * recognised by its code in the 2019 reconstruction (`ENGAGEMENT_PLATFORM_MEASURE_CODES`).
   */
  isEngagementPlatform?: boolean;
  /**
   * The catalogue's rule for whom a basic measure is meant (null: every participant). A basic measure is mandatory
   * for a municipality only when this rule holds *and* the standard's general rule does (100 000 people or more,
   * or a regional capital); otherwise it is a recommendation and its findings are warnings.
   */
  applicability: ApplicabilityRule | null;
};

export type ComplianceFramework = {
  /** In display order; the report lists directions in the same order. */
  directions: readonly ComplianceDirection[];
  measures: readonly ComplianceMeasure[];
};

export type ComplianceMunicipality = {
  population: number;
  isRegionalCapital: boolean;
};

export type ComplianceBudgetLine = {
  year: number | null;
  source: FinancingSource | null;
  /** Planned amount in kopecks (see `money.ts`; the API maps the `bigint` column with `parseKopecks`). */
  plannedKopecks: Kopecks | null;
};

export type ComplianceKpiTarget = {
  /** The KPI definition (its id or code; only its presence is checked). */
  kpiId: string;
  target: number | null;
  year: number | null;
};

export type ComplianceItem = {
  id: string;
  kind: RoadmapItemKind;
  /** The standard's measure a `standard` item implements; ignored for `own` items. */
  measureId: string | null;
  /** Code of the item's direction in the pinned framework (the API maps `direction_id` to it). */
  directionCode: string | null;
  title: string;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  startMonth: YearMonth | null;
  endMonth: YearMonth | null;
  status: RoadmapItemStatus;
  budgetLines: readonly ComplianceBudgetLine[];
  kpiTargets: readonly ComplianceKpiTarget[];
  /** Ids of the roadmap's problems this item addresses. */
  problemIds: readonly string[];
  /** Ids of items that must end before this one starts (finish-to-start). */
  dependsOn: readonly string[];
};

/**
 * How a basic measure not covered by an item is accounted for (DESIGN §3 MeasureCoverage). An `implemented` mark
 * counts with evidence unless a reviewer rejected it; a `not_applicable` mark takes the measure out of scope only
 * once accepted, is a warning while pending (or unreviewed), and counts for nothing once rejected.
 */
export type ComplianceMeasureCoverage = {
  measureId: string;
  status: MeasureCoverageStatus;
  reviewStatus: CoverageReviewStatus | null;
  /** Files and links attached as evidence. */
  evidenceCount: number;
};

export type ComplianceRoadmap = {
  items: readonly ComplianceItem[];
  problems: readonly { id: string }[];
  coverage: readonly ComplianceMeasureCoverage[];
};
