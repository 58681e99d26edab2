import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type {
  BasicMeasureState,
  ComplianceRuleId,
  FindingSeverity,
  PopulationGroup,
  RoadmapStatus,
} from '@smartcity/domain';
import {
  COMPLIANCE_RULE_IDS,
  FINDING_SEVERITIES,
  POPULATION_GROUPS,
  ROADMAP_STATUSES,
} from '@smartcity/domain';

/*
 * Wire shapes of the compliance API (issue #5). A report is the domain's `ComplianceReport` (see `evaluate` in
 * @smartcity/domain) plus where it comes from; findings are data only — `{rule, severity, refs, params}` — and
 * clients render them with `formatFinding(finding, locale)` from @smartcity/domain, exactly as the live panel does
 * for reports it evaluates in the browser. See docs/compliance.md.
 */

export const BASIC_MEASURE_STATES = [
  'not_applicable',
  'implemented',
  'covered',
  'late',
  'unscheduled',
  'unevidenced',
  'pending',
  'missing',
] as const satisfies readonly BasicMeasureState[];

export const BASIC_MEASURE_REQUIREMENTS = ['mandatory', 'recommended'] as const;

export class FindingRefsResponse {
  @IsArray() @IsString({ each: true }) itemIds!: string[];
  @IsArray() @IsString({ each: true }) measureIds!: string[];
}

/** One finding, like a linter message. Render it with `formatFinding` (ru/en); link it through `refs`. */
export class ComplianceFindingResponse {
  @IsIn(COMPLIANCE_RULE_IDS) rule!: ComplianceRuleId;
  @IsIn(FINDING_SEVERITIES) severity!: FindingSeverity;
  @ValidateNested() @Type(() => FindingRefsResponse) refs!: FindingRefsResponse;
  /** What the message needs (titles in both languages, months, codes); per rule in docs/compliance-rules.md. */
  @IsObject() params!: Record<string, string | number>;
}

export class DirectionComplianceResponse {
  @IsString() directionCode!: string;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
  /** 0–100, or null when the direction has no basic measure and no item (show "—", not 0). */
  @IsOptional() @IsInt() score!: number | null;
  @IsOptional() @IsNumber() coverageRatio!: number | null;
  @IsOptional() @IsNumber() qualityRatio!: number | null;
  @IsInt() basicMeasures!: number;
  @IsInt() coveredBasicMeasures!: number;
  @IsInt() activeItems!: number;
  @IsInt() cleanItems!: number;
}

/** "Will we make it": basic measures planned to be delivered by the end of `year`. */
export class HorizonCoverageResponse {
  @IsInt() year!: number;
  @IsInt() basicMeasures!: number;
  @IsInt() plannedBasicMeasures!: number;
  /** plannedBasicMeasures / basicMeasures (0–1), or null when no basic measure is in scope. */
  @IsOptional() @IsNumber() share!: number | null;
}

export class BasicMeasureCoverageResponse {
  @IsString() measureId!: string;
  @IsString() measureCode!: string;
  @IsString() directionCode!: string;
  @IsIn(BASIC_MEASURE_REQUIREMENTS) requirement!: (typeof BASIC_MEASURE_REQUIREMENTS)[number];
  @IsIn(BASIC_MEASURE_STATES) state!: BasicMeasureState;
  /** `YYYY-MM`. */
  @IsString() deadlineMonth!: string;
  @IsOptional() @IsString() plannedEndMonth!: string | null;
}

export class FindingCountsResponse {
  @IsInt() error!: number;
  @IsInt() warning!: number;
  @IsInt() info!: number;
}

/**
 * The evaluation itself: field for field what `evaluate(roadmap, framework, municipality, asOf)` returns, so a
 * report evaluated in the browser from the same roadmap document is deep-equal to this part of the API's report.
 */
export class ComplianceEvaluationResponse {
  @IsInt() rulesetVersion!: number;
  /** The assessment date (`YYYY-MM-DD`); the schedule rules (`schedule.*`) depend on it. */
  @IsString() asOf!: string;
  @IsInt() score!: number;
  @IsOptional() @IsNumber() coverageRatio!: number | null;
  @IsOptional() @IsNumber() qualityRatio!: number | null;
  /** Whether basic measures are mandatory for the municipality (≥ 100 000 people or a regional capital). */
  @IsBoolean() basicMeasuresMandatory!: boolean;
  /** Every direction of the pinned framework, in framework order (the heatmap's columns). */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DirectionComplianceResponse)
  directions!: DirectionComplianceResponse[];
  /** 2020, 2024, 2030. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => HorizonCoverageResponse)
  horizons!: HorizonCoverageResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BasicMeasureCoverageResponse)
  basicMeasures!: BasicMeasureCoverageResponse[];
  /** Errors first, then by rule id, refs and params. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceFindingResponse)
  findings!: ComplianceFindingResponse[];
  @ValidateNested() @Type(() => FindingCountsResponse) counts!: FindingCountsResponse;
  /** No error finding: the roadmap may be submitted. */
  @IsBoolean() canSubmit!: boolean;
}

/**
 * `GET /organizations/:orgId/roadmaps/:roadmapId/compliance`: the authoritative report for the roadmap's current
 * revision, stored per (roadmap, revision, ruleset version) and evaluated as of today.
 */
export class ComplianceReportResponse {
  @IsUUID() roadmapId!: string;
  /** The roadmap revision evaluated; compare with the document's `roadmap.revision` to spot a stale report. */
  @IsInt() roadmapRevision!: number;
  @IsUUID() frameworkId!: string;
  @IsDateString() computedAt!: string;
  @ValidateNested() @Type(() => ComplianceEvaluationResponse) report!: ComplianceEvaluationResponse;
}

export class ComplianceTrendPointResponse {
  /** `YYYY-MM-DD` (UTC). */
  @IsString() day!: string;
  @IsInt() score!: number;
  @IsInt() roadmapRevision!: number;
  @IsInt() errorCount!: number;
  @IsInt() warningCount!: number;
  /** directionCode → score (null: nothing to assess in that direction). */
  @IsObject() directionScores!: Record<string, number | null>;
}

/** `GET …/roadmaps/:roadmapId/compliance/trend`: one snapshot per day, oldest first; days without one are absent. */
export class ComplianceTrendResponse {
  @IsUUID() roadmapId!: string;
  @IsString() from!: string;
  @IsString() to!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceTrendPointResponse)
  points!: ComplianceTrendPointResponse[];
}

/** A column of the cross-municipality heatmap: a direction code, titled from the first framework that has it. */
export class ComplianceDirectionColumnResponse {
  @IsString() code!: string;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
}

/**
 * One row per roadmap (a municipality without a roadmap gets one row with `roadmapId: null` and null scores).
 * Scores come from the report of the roadmap's current revision; null while it has not been computed yet.
 */
export class ComplianceMunicipalityRowResponse {
  @IsUUID() municipalityId!: string;
  @IsString() municipalityNameRu!: string;
  @IsString() municipalityNameEn!: string;
  @IsOptional() @IsUUID() regionId!: string | null;
  @IsOptional() @IsString() regionNameRu!: string | null;
  @IsOptional() @IsString() regionNameEn!: string | null;
  @IsOptional() @IsInt() population!: number | null;
  @IsOptional() @IsIn(POPULATION_GROUPS.map((g) => g.id)) populationGroup!: PopulationGroup | null;
  @IsBoolean() isRegionalCapital!: boolean;
  @IsOptional() @IsUUID() roadmapId!: string | null;
  @IsOptional() @IsString() roadmapTitle!: string | null;
  @IsOptional() @IsIn(ROADMAP_STATUSES) roadmapStatus!: RoadmapStatus | null;
  @IsOptional() @IsInt() roadmapRevision!: number | null;
  /**
   * The revision the scores below were computed for: normally `roadmapRevision`; lower for a few seconds after an
   * edit, until the worker has evaluated the new revision; null when no report exists yet.
   */
  @IsOptional() @IsInt() reportRevision!: number | null;
  @IsOptional() @IsInt() score!: number | null;
  /** directionCode → score (null: nothing to assess); empty when no report. */
  @IsObject() directionScores!: Record<string, number | null>;
  @IsOptional() @IsInt() errorCount!: number | null;
  @IsOptional() @IsInt() warningCount!: number | null;
  @IsOptional() @IsDateString() computedAt!: string | null;
}

/** `GET /compliance/municipalities?regionId=&populationGroup=`: what the caller's role reaches, by region and name. */
export class ComplianceMunicipalityTableResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceDirectionColumnResponse)
  directions!: ComplianceDirectionColumnResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceMunicipalityRowResponse)
  items!: ComplianceMunicipalityRowResponse[];
}

// Durable: stored in compliance_runs.status. Never rename a value.
export const COMPLIANCE_RUN_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ComplianceRunStatus = (typeof COMPLIANCE_RUN_STATUSES)[number];

/** Who started a run: a person (`POST /compliance/recompute`) or the publishing of a framework version. */
// Durable: stored in compliance_runs.trigger. Never rename a value.
export const COMPLIANCE_RUN_TRIGGERS = ['manual', 'framework-published'] as const;
export type ComplianceRunTrigger = (typeof COMPLIANCE_RUN_TRIGGERS)[number];

/** A bulk recompute. Poll `GET /compliance/runs/:runId` while `status` is queued or running. */
export class ComplianceRunResponse {
  @IsUUID() id!: string;
  @IsIn(COMPLIANCE_RUN_STATUSES) status!: ComplianceRunStatus;
  @IsIn(COMPLIANCE_RUN_TRIGGERS) trigger!: ComplianceRunTrigger;
  /** Only roadmaps pinned to this framework version; null: every roadmap. */
  @IsOptional() @IsUUID() frameworkId!: string | null;
  /** Roadmaps to evaluate (known once the run starts; 0 while queued). */
  @IsInt() total!: number;
  @IsInt() done!: number;
  /** Roadmaps whose evaluation threw (e.g. a corrupt row); the others are still stored. */
  @IsInt() failed!: number;
  /** 0–100: (done + failed) / total. */
  @IsInt() percent!: number;
  @IsOptional() @IsString() failureMessage!: string | null;
  @IsOptional() @IsUUID() createdBy!: string | null;
  @IsDateString() createdAt!: string;
  @IsOptional() @IsDateString() startedAt!: string | null;
  @IsOptional() @IsDateString() finishedAt!: string | null;
}

export class ComplianceRunListResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceRunResponse)
  items!: ComplianceRunResponse[];
}
