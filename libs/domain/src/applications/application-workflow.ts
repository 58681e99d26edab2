import type { AccessScope, OrganizationRef } from '../identity/access-scope';
import type { Role } from '../identity/roles';
import type { EligibilityResult } from './application-eligibility';
import type { AgreementParty, ApplicationStatus, CampaignStatus, ReviewStage } from './application-status';
import { stageOfStatus } from './application-status';

/**
 * The pilot-application workflow AS DATA (DESIGN §4, issue 6). Each transition names the states it leaves, the
 * state it enters, who may take it (roles held in an organization related to the application's municipality), its
 * guard (a pure predicate with a reason) and its effects (plain data the API applies in the transaction or hands to
 * the worker through the outbox job `applications.transition-recorded`). `decide()` is the only way to move.
 */

// Durable: stored in the database (application_transitions.transition) and sent to clients. Never rename a value.
export const APPLICATION_TRANSITIONS = [
  'submit',
  'begin_regional_review',
  'pass_regional_review',
  'request_changes',
  'resubmit',
  'resume_regional_review',
  'resume_ministry_review',
  'approve',
  'reject',
  'withdraw',
  'sign_agreement',
] as const;
export type ApplicationTransition = (typeof APPLICATION_TRANSITIONS)[number];

/** Who receives a transition's notification; resolved by the worker to people at the time of delivery. */
// Durable: stored in application_transitions.effects. Never rename a value.
export const NOTIFICATION_AUDIENCES = [
  /** Municipal leads of the application's municipality. */
  'municipal_leads',
  /** The reviewers assigned to `stage` of this application. */
  'stage_reviewers',
  /** Regional coordinators of the municipality's region. */
  'regional_coordinators',
  /** Programme coordinators of the ministry (they prepare the agreement). */
  'programme_coordinators',
] as const;
export type NotificationAudience = (typeof NOTIFICATION_AUDIENCES)[number];

export type ApplicationDocument = 'application' | 'decision_letter';

/**
 * What a transition causes, as data. `IN_TRANSACTION_EFFECTS` are applied by the API inside the transition's own
 * transaction; every other kind is applied after commit by the worker's effect handlers (notifications, SLA clocks,
 * documents), which receive the whole list and act on the kinds they own.
 */
export type TransitionEffect =
  | { kind: 'notify'; audience: NotificationAudience; stage: ReviewStage | null }
  | { kind: 'start_sla'; stage: ReviewStage }
  | { kind: 'pause_sla'; stage: ReviewStage }
  | { kind: 'resume_sla'; stage: ReviewStage }
  | { kind: 'stop_sla'; stage: ReviewStage }
  | { kind: 'render_document'; document: ApplicationDocument }
  /** Freeze a new immutable snapshot of the roadmap and its compliance report. */
  | { kind: 'freeze_snapshot' }
  /** Assign the stage's reviewers automatically by region (kept when already assigned manually). */
  | { kind: 'assign_reviewers'; stage: ReviewStage }
  /** Roadmap status → `submitted` while it is under review. */
  | { kind: 'lock_roadmap' }
  /** Roadmap status → `draft`, so the municipality can edit it again. */
  | { kind: 'reopen_roadmap' }
  /** Roadmap status → `approved`: it becomes the baseline. */
  | { kind: 'baseline_roadmap' };
export type TransitionEffectKind = TransitionEffect['kind'];

export const IN_TRANSACTION_EFFECTS: readonly TransitionEffectKind[] = [
  'freeze_snapshot',
  'assign_reviewers',
  'lock_roadmap',
  'reopen_roadmap',
  'baseline_roadmap',
];

/** The application's stage at the moment of the transition, resolved by `decide()`. */
type CurrentStage = 'current';
/** Effects in the table may name the current stage; `decide()` resolves it (and drops effects with no stage). */
type EffectTemplate =
  | Exclude<TransitionEffect, { stage: ReviewStage } | { stage: ReviewStage | null }>
  | { kind: 'notify'; audience: NotificationAudience; stage?: ReviewStage | CurrentStage }
  | { kind: 'start_sla' | 'pause_sla' | 'resume_sla' | 'stop_sla'; stage: ReviewStage | CurrentStage }
  | { kind: 'assign_reviewers'; stage: ReviewStage };

/**
 * How the actor's organization must relate to the application's municipality:
 * - `own_municipality`: a membership in the municipality itself;
 * - `municipality_region`: a membership in the municipality's region;
 * - `ministry`: a membership in the ministry.
 */
export type ActorRelation = 'own_municipality' | 'municipality_region' | 'ministry';

export type ActorRule = {
  roles: readonly Role[];
  relation: ActorRelation;
  /** The rule applies only while the application is in this stage. */
  stage?: ReviewStage;
  /** The actor must also be one of the reviewers assigned to the current stage. */
  mustBeAssigned?: boolean;
};

/** Who may take a transition: `system` for the automatic follow-ups, otherwise any of the rules. */
export type TransitionActor = { kind: 'system' } | { kind: 'people'; rules: readonly ActorRule[] };

export type AgreementDraft = {
  number: string;
  signedOn: string;
  signatories: readonly { party: AgreementParty; name: string }[];
  hasFile: boolean;
};

/** Everything the guards read, gathered by the API from its database before deciding. */
export type WorkflowContext = {
  /** The application's municipality (`parentId` is its region). */
  municipality: OrganizationRef;
  /** ISO timestamp of the decision. */
  now: string;
  campaign: { status: CampaignStatus; opensAt: string; closesAt: string };
  /**
   * The stage under review, or — while changes are requested or the application is resubmitted — the stage that
   * requested the changes and will resume. Null before the first review.
   */
  currentStage: ReviewStage | null;
  /** User ids of the reviewers assigned to the current stage. */
  stageReviewerIds: readonly string[];
  /** The current stage's checklist: how many criteria the campaign has, which are answered and which are not met. */
  checklist: { criteria: number; answered: number; notMet: readonly string[] };
  /** The eligibility check of the roadmap now (needed by `submit` and `resubmit`). */
  eligibility: EligibilityResult | null;
  /** Reasons given with the decision (needed by `request_changes` and `reject`). */
  reasons: readonly string[];
  /** The agreement being signed (needed by `sign_agreement`). */
  agreement: AgreementDraft | null;
  /**
   * Another application whose review holds the same roadmap right now (its id), if any: a roadmap is reviewed in one
   * application at a time, or one review could reopen it under the other's feet. Absent means none.
   */
  roadmapUnderOtherReview?: string | null;
};

export type WorkflowActor = { kind: 'system' } | ({ kind: 'user' } & AccessScope);

// Durable: HTTP-visible error codes (contracts re-exports them). Never rename a value.
export type WorkflowRefusalCode =
  | 'common.forbidden'
  | 'applications.invalid-transition'
  | 'applications.not-eligible'
  | 'applications.campaign-not-open'
  | 'applications.checklist-incomplete'
  | 'applications.reasons-required'
  | 'applications.agreement-incomplete'
  | 'applications.already-active';

export type GuardResult =
  { ok: true } | { ok: false; code: WorkflowRefusalCode; reason: string; details?: Record<string, unknown> };

export type TransitionDefinition = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  actor: TransitionActor;
  /** Taken by the system right after the application enters a `from` state, when the guard holds. */
  automatic?: boolean;
  guard: (context: WorkflowContext) => GuardResult;
  effects: readonly EffectTemplate[];
};

const OK: GuardResult = { ok: true };
const always = (): GuardResult => OK;

const MUNICIPAL_LEAD: ActorRule = { roles: ['municipal_lead'], relation: 'own_municipality' };
const REGIONAL_REVIEWER: ActorRule = {
  roles: ['regional_coordinator'],
  relation: 'municipality_region',
  stage: 'regional',
  mustBeAssigned: true,
};
const MINISTRY_REVIEWER: ActorRule = {
  roles: ['ministry_reviewer'],
  relation: 'ministry',
  stage: 'ministry',
  mustBeAssigned: true,
};
const PROGRAMME_COORDINATOR: ActorRule = { roles: ['programme_coordinator'], relation: 'ministry' };
const SYSTEM: TransitionActor = { kind: 'system' };
const people = (...rules: ActorRule[]): TransitionActor => ({ kind: 'people', rules });

/** The campaign accepts first submissions: it is open and now falls inside its window. */
export function campaignAcceptsSubmissions(context: WorkflowContext): GuardResult {
  const { campaign, now } = context;
  if (campaign.status !== 'open') {
    return {
      ok: false,
      code: 'applications.campaign-not-open',
      reason: `The campaign is ${campaign.status}, not open for applications`,
      details: { campaignStatus: campaign.status },
    };
  }
  const at = Date.parse(now);
  if (at < Date.parse(campaign.opensAt) || at > Date.parse(campaign.closesAt)) {
    return {
      ok: false,
      code: 'applications.campaign-not-open',
      reason: `The campaign accepts applications from ${campaign.opensAt} to ${campaign.closesAt}`,
      details: { opensAt: campaign.opensAt, closesAt: campaign.closesAt },
    };
  }
  return OK;
}

/** The roadmap passes the campaign's eligibility rules (population or capital, no errors, minimum coverage). */
export function roadmapIsEligible(context: WorkflowContext): GuardResult {
  const { eligibility } = context;
  if (!eligibility) {
    return { ok: false, code: 'applications.not-eligible', reason: 'The eligibility check has not been run' };
  }
  if (eligibility.eligible) return OK;
  const failed = eligibility.checks.filter((c) => !c.passed);
  return {
    ok: false,
    code: 'applications.not-eligible',
    reason: `Not eligible: ${failed.map((c) => c.reason).join('; ')}`,
    details: { checks: eligibility.checks, errors: eligibility.errors },
  };
}

/** The roadmap is not under review in another application. */
export function roadmapFree(context: WorkflowContext): GuardResult {
  const other = context.roadmapUnderOtherReview ?? null;
  if (other === null) return OK;
  return {
    ok: false,
    code: 'applications.already-active',
    reason: 'This roadmap is under review in another application; withdraw that one or wait for its decision',
    details: { applicationId: other },
  };
}

/** Every criterion of the checklist is answered for this stage and none is answered "not met". */
export function checklistPasses(context: WorkflowContext): GuardResult {
  const { criteria, answered, notMet } = context.checklist;
  if (answered < criteria) {
    return {
      ok: false,
      code: 'applications.checklist-incomplete',
      reason: `Answer every criterion of the checklist first (${answered} of ${criteria} answered)`,
      details: { criteria, answered },
    };
  }
  if (notMet.length > 0) {
    return {
      ok: false,
      code: 'applications.checklist-incomplete',
      reason: `Criteria not met: ${notMet.join(', ')}; request changes or reject instead`,
      details: { notMet },
    };
  }
  return OK;
}

/** A decision against the municipality says why. */
export function reasonsGiven(context: WorkflowContext): GuardResult {
  if (context.reasons.some((r) => r.trim().length > 0)) return OK;
  return {
    ok: false,
    code: 'applications.reasons-required',
    reason: 'Give at least one reason for the decision',
  };
}

/** The agreement has a number, a date, one signatory per party and a signed file. */
export function agreementComplete(context: WorkflowContext): GuardResult {
  const a = context.agreement;
  const missing: string[] = [];
  if (!a || a.number.trim() === '') missing.push('number');
  if (!a || !/^\d{4}-\d{2}-\d{2}$/.test(a.signedOn)) missing.push('signedOn');
  const parties = new Set((a?.signatories ?? []).filter((s) => s.name.trim() !== '').map((s) => s.party));
  for (const party of ['ministry', 'region', 'municipality'] as const) {
    if (!parties.has(party)) missing.push(`signatory:${party}`);
  }
  if (!a?.hasFile) missing.push('file');
  if (missing.length === 0) return OK;
  return {
    ok: false,
    code: 'applications.agreement-incomplete',
    reason: `The agreement lacks: ${missing.join(', ')}`,
    details: { missing },
  };
}

const returnsTo =
  (stage: ReviewStage) =>
  (context: WorkflowContext): GuardResult =>
    context.currentStage === stage
      ? OK
      : {
          ok: false,
          code: 'applications.invalid-transition',
          reason: `Changes were requested at the ${context.currentStage ?? 'no'} stage, not the ${stage} stage`,
        };

const both =
  (...guards: ((c: WorkflowContext) => GuardResult)[]) =>
  (context: WorkflowContext): GuardResult => {
    for (const guard of guards) {
      const result = guard(context);
      if (!result.ok) return result;
    }
    return OK;
  };

/** The workflow. Read it as a table; `decide()` interprets it. */
export const WORKFLOW: Record<ApplicationTransition, TransitionDefinition> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    actor: people(MUNICIPAL_LEAD),
    guard: both(campaignAcceptsSubmissions, roadmapFree, roadmapIsEligible),
    effects: [
      { kind: 'freeze_snapshot' },
      { kind: 'lock_roadmap' },
      { kind: 'render_document', document: 'application' },
      { kind: 'notify', audience: 'municipal_leads' },
    ],
  },
  begin_regional_review: {
    from: ['submitted'],
    to: 'regional_review',
    actor: SYSTEM,
    automatic: true,
    guard: always,
    effects: [
      { kind: 'assign_reviewers', stage: 'regional' },
      { kind: 'start_sla', stage: 'regional' },
      { kind: 'notify', audience: 'stage_reviewers', stage: 'regional' },
    ],
  },
  pass_regional_review: {
    from: ['regional_review'],
    to: 'ministry_review',
    actor: people(REGIONAL_REVIEWER),
    guard: checklistPasses,
    effects: [
      { kind: 'stop_sla', stage: 'regional' },
      { kind: 'assign_reviewers', stage: 'ministry' },
      { kind: 'start_sla', stage: 'ministry' },
      { kind: 'notify', audience: 'stage_reviewers', stage: 'ministry' },
      { kind: 'notify', audience: 'municipal_leads' },
    ],
  },
  request_changes: {
    from: ['regional_review', 'ministry_review'],
    to: 'changes_requested',
    actor: people(REGIONAL_REVIEWER, MINISTRY_REVIEWER),
    guard: reasonsGiven,
    effects: [
      { kind: 'pause_sla', stage: 'current' },
      { kind: 'reopen_roadmap' },
      { kind: 'render_document', document: 'decision_letter' },
      { kind: 'notify', audience: 'municipal_leads' },
    ],
  },
  resubmit: {
    from: ['changes_requested'],
    to: 'resubmitted',
    actor: people(MUNICIPAL_LEAD),
    guard: both(roadmapFree, roadmapIsEligible),
    effects: [
      { kind: 'freeze_snapshot' },
      { kind: 'lock_roadmap' },
      { kind: 'render_document', document: 'application' },
    ],
  },
  resume_regional_review: {
    from: ['resubmitted'],
    to: 'regional_review',
    actor: SYSTEM,
    automatic: true,
    guard: returnsTo('regional'),
    effects: [
      { kind: 'resume_sla', stage: 'regional' },
      { kind: 'notify', audience: 'stage_reviewers', stage: 'regional' },
    ],
  },
  resume_ministry_review: {
    from: ['resubmitted'],
    to: 'ministry_review',
    actor: SYSTEM,
    automatic: true,
    guard: returnsTo('ministry'),
    effects: [
      { kind: 'resume_sla', stage: 'ministry' },
      { kind: 'notify', audience: 'stage_reviewers', stage: 'ministry' },
    ],
  },
  approve: {
    from: ['ministry_review'],
    to: 'approved',
    actor: people(MINISTRY_REVIEWER),
    guard: checklistPasses,
    effects: [
      { kind: 'stop_sla', stage: 'ministry' },
      { kind: 'baseline_roadmap' },
      { kind: 'render_document', document: 'decision_letter' },
      { kind: 'notify', audience: 'municipal_leads' },
      { kind: 'notify', audience: 'regional_coordinators' },
      { kind: 'notify', audience: 'programme_coordinators' },
    ],
  },
  reject: {
    from: ['regional_review', 'ministry_review'],
    to: 'rejected',
    actor: people(REGIONAL_REVIEWER, MINISTRY_REVIEWER),
    guard: reasonsGiven,
    effects: [
      { kind: 'stop_sla', stage: 'current' },
      { kind: 'reopen_roadmap' },
      { kind: 'render_document', document: 'decision_letter' },
      { kind: 'notify', audience: 'municipal_leads' },
    ],
  },
  withdraw: {
    from: ['draft', 'submitted', 'regional_review', 'ministry_review', 'changes_requested', 'resubmitted'],
    to: 'withdrawn',
    actor: people(MUNICIPAL_LEAD),
    guard: always,
    effects: [
      { kind: 'stop_sla', stage: 'current' },
      { kind: 'reopen_roadmap' },
      { kind: 'notify', audience: 'stage_reviewers', stage: 'current' },
    ],
  },
  sign_agreement: {
    from: ['approved'],
    to: 'agreement_signed',
    actor: people(PROGRAMME_COORDINATOR),
    guard: agreementComplete,
    effects: [
      { kind: 'notify', audience: 'municipal_leads' },
      { kind: 'notify', audience: 'regional_coordinators' },
    ],
  },
};

export function isApplicationTransition(value: string): value is ApplicationTransition {
  return (APPLICATION_TRANSITIONS as readonly string[]).includes(value);
}

function relationHolds(
  relation: ActorRelation,
  organization: OrganizationRef,
  municipality: OrganizationRef,
) {
  switch (relation) {
    case 'own_municipality':
      return organization.id === municipality.id;
    case 'municipality_region':
      return organization.kind === 'region' && municipality.parentId === organization.id;
    case 'ministry':
      return organization.kind === 'ministry';
  }
}

/** The stage a transition happens in: the one under review, or the one that requested changes. */
function stageAt(status: ApplicationStatus, context: WorkflowContext): ReviewStage | null {
  return stageOfStatus(status) ?? context.currentStage;
}

/** Whether `actor` matches one of the rules (role, relation and stage), ignoring assignment. */
function matchingRules(
  rules: readonly ActorRule[],
  actor: Extract<WorkflowActor, { kind: 'user' }>,
  municipality: OrganizationRef,
  stage: ReviewStage | null,
): ActorRule[] {
  return rules.filter(
    (rule) =>
      (rule.stage === undefined || rule.stage === stage) &&
      actor.memberships.some(
        (m) => rule.roles.includes(m.role) && relationHolds(rule.relation, m.organization, municipality),
      ),
  );
}

/** Whether the actor could take `transition` by role alone (for hiding buttons; the server still decides). */
export function mayTake(
  transition: ApplicationTransition,
  status: ApplicationStatus,
  actor: WorkflowActor,
  context: Pick<WorkflowContext, 'municipality' | 'currentStage' | 'stageReviewerIds'>,
): boolean {
  const definition = WORKFLOW[transition];
  if (!definition.from.includes(status)) return false;
  if (definition.actor.kind === 'system' || actor.kind === 'system')
    return definition.actor.kind === actor.kind;
  const stage = stageOfStatus(status) ?? context.currentStage;
  return matchingRules(definition.actor.rules, actor, context.municipality, stage).some(
    (rule) => !rule.mustBeAssigned || context.stageReviewerIds.includes(actor.userId),
  );
}

export type Decision =
  | {
      ok: true;
      transition: ApplicationTransition;
      from: ApplicationStatus;
      next: ApplicationStatus;
      /** The stage the transition happened in (see `currentStage`), null outside review. */
      stage: ReviewStage | null;
      /** The application's `currentStage` after the transition. */
      nextStage: ReviewStage | null;
      effects: TransitionEffect[];
    }
  | {
      ok: false;
      status: 403 | 409;
      code: WorkflowRefusalCode;
      reason: string;
      details?: Record<string, unknown>;
    };

function resolveEffects(templates: readonly EffectTemplate[], stage: ReviewStage | null): TransitionEffect[] {
  const effects: TransitionEffect[] = [];
  for (const template of templates) {
    if (template.kind === 'notify') {
      const target = template.stage === 'current' ? stage : (template.stage ?? null);
      // "The current stage's reviewers" of an application no stage has looked at yet: nobody to tell.
      if (template.audience === 'stage_reviewers' && target === null) continue;
      effects.push({ kind: 'notify', audience: template.audience, stage: target });
    } else if ('stage' in template && template.stage === 'current') {
      if (stage !== null) effects.push({ ...template, stage });
    } else {
      effects.push(template as TransitionEffect);
    }
  }
  return effects;
}

function refusal(
  status: 403 | 409,
  code: WorkflowRefusalCode,
  reason: string,
  details?: Record<string, unknown>,
) {
  return { ok: false as const, status, code, reason, ...(details ? { details } : {}) };
}

const TRANSITION_LABEL: Record<ApplicationTransition, string> = {
  submit: 'submit',
  begin_regional_review: 'start the regional review of',
  pass_regional_review: 'pass the regional review of',
  request_changes: 'request changes to',
  resubmit: 'resubmit',
  resume_regional_review: 'resume the regional review of',
  resume_ministry_review: 'resume the ministry review of',
  approve: 'approve',
  reject: 'reject',
  withdraw: 'withdraw',
  sign_agreement: 'sign the agreement for',
};

const ARTICLE = (status: ApplicationStatus) => (/^[aeiou]/.test(status) ? 'an' : 'a');

/**
 * Decides whether `actor` may take `transition` from `state` and, if so, what follows. Checks, in order: the role
 * and its relation to the municipality (403), the state (409), the reviewer assignment (403) and the guard (409).
 */
export function decide(
  state: ApplicationStatus,
  transition: ApplicationTransition,
  actor: WorkflowActor,
  context: WorkflowContext,
): Decision {
  const definition = WORKFLOW[transition];
  const stage = stageAt(state, context);
  const label = TRANSITION_LABEL[transition];

  if (definition.actor.kind === 'system') {
    if (actor.kind !== 'system') {
      return refusal(
        403,
        'common.forbidden',
        `Nobody may ${label} an application by hand; the system does it`,
      );
    }
  } else {
    if (actor.kind === 'system') {
      return refusal(
        403,
        'common.forbidden',
        `The system may not ${label} an application on anyone's behalf`,
      );
    }
    const anyStage = definition.actor.rules.filter((rule) =>
      actor.memberships.some(
        (m) =>
          rule.roles.includes(m.role) && relationHolds(rule.relation, m.organization, context.municipality),
      ),
    );
    if (anyStage.length === 0) {
      const roles = [...new Set(definition.actor.rules.flatMap((r) => r.roles))].join(' or ');
      return refusal(403, 'common.forbidden', `Only a ${roles} of this application may ${label} it`, {
        transition,
      });
    }
  }

  if (!definition.from.includes(state)) {
    const allowed = definition.from.join(', ');
    return refusal(
      409,
      'applications.invalid-transition',
      `Cannot ${label} ${ARTICLE(state)} ${state} application (only from: ${allowed})`,
      { status: state, transition, allowedFrom: definition.from },
    );
  }

  if (definition.actor.kind === 'people' && actor.kind === 'user') {
    const matching = matchingRules(definition.actor.rules, actor, context.municipality, stage);
    if (matching.length === 0) {
      return refusal(
        403,
        'common.forbidden',
        `At the ${stage ?? 'current'} stage your role may not ${label} it`,
        {
          transition,
          stage,
        },
      );
    }
    const assigned = matching.some(
      (rule) => !rule.mustBeAssigned || context.stageReviewerIds.includes(actor.userId),
    );
    if (!assigned) {
      return refusal(
        403,
        'common.forbidden',
        `You are not assigned to the ${stage ?? 'current'} stage of this application`,
        {
          transition,
          stage,
        },
      );
    }
  }

  const guard = definition.guard(context);
  if (!guard.ok) return refusal(409, guard.code, guard.reason, guard.details);

  const next = definition.to;
  return {
    ok: true,
    transition,
    from: state,
    next,
    stage,
    nextStage: stageOfStatus(next) ?? (next === 'changes_requested' || next === 'resubmitted' ? stage : null),
    effects: resolveEffects(definition.effects, stage),
  };
}

/** The effects of `transition` taken at `stage`, exactly as `decide()` resolves them (for recorded history). */
export function effectsOf(transition: ApplicationTransition, stage: ReviewStage | null): TransitionEffect[] {
  return resolveEffects(WORKFLOW[transition].effects, stage);
}

/** The automatic follow-up the system takes from `state` now, if any (e.g. submitted → regional_review). */
export function automaticTransition(
  state: ApplicationStatus,
  context: WorkflowContext,
): ApplicationTransition | null {
  for (const transition of APPLICATION_TRANSITIONS) {
    const definition = WORKFLOW[transition];
    if (definition.automatic && definition.from.includes(state) && definition.guard(context).ok)
      return transition;
  }
  return null;
}

/** Transitions leaving `state` that some person could take (for the detail view's available actions). */
export function transitionsFrom(state: ApplicationStatus): ApplicationTransition[] {
  return APPLICATION_TRANSITIONS.filter(
    (t) => WORKFLOW[t].from.includes(state) && WORKFLOW[t].actor.kind === 'people',
  );
}

/** The transition a reviewer's decision maps to in a stage (`pass` at the ministry stage, or outside review, approves). */
export function transitionForDecision(
  decision: 'pass' | 'request_changes' | 'reject',
  stage: ReviewStage | null,
): ApplicationTransition {
  switch (decision) {
    case 'pass':
      // Outside review (no stage) a "pass" can only mean the final approval, which the state check then refuses.
      return stage === 'regional' ? 'pass_regional_review' : 'approve';
    case 'request_changes':
      return 'request_changes';
    case 'reject':
      return 'reject';
  }
}
