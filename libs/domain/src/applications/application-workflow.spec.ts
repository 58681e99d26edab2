import type { MembershipGrant, OrganizationRef } from '../identity/access-scope';
import type { Role } from '../identity/roles';
import { checkEligibility, DEFAULT_ELIGIBILITY_RULES } from './application-eligibility';
import { APPLICATION_STATUSES, type ApplicationStatus } from './application-status';
import {
  APPLICATION_TRANSITIONS,
  automaticTransition,
  decide,
  effectsOf,
  IN_TRANSACTION_EFFECTS,
  mayTake,
  transitionForDecision,
  transitionsFrom,
  WORKFLOW,
  type ApplicationTransition,
  type WorkflowActor,
  type WorkflowContext,
} from './application-workflow';

const ministry: OrganizationRef = { id: 'ministry', kind: 'ministry', parentId: null };
const region: OrganizationRef = { id: 'kaluga-region', kind: 'region', parentId: null };
const otherRegion: OrganizationRef = { id: 'kostroma-region', kind: 'region', parentId: null };
const city: OrganizationRef = { id: 'kaluga', kind: 'municipality', parentId: region.id };
const otherCity: OrganizationRef = { id: 'obninsk', kind: 'municipality', parentId: region.id };

const user = (userId: string, role: Role, organization: OrganizationRef): WorkflowActor => ({
  kind: 'user',
  userId,
  memberships: [{ role, organization } satisfies MembershipGrant],
});

const lead = user('lead', 'municipal_lead', city);
const editor = user('editor', 'municipal_editor', city);
const foreignLead = user('foreign-lead', 'municipal_lead', otherCity);
const regional = user('regional', 'regional_coordinator', region);
const unassignedRegional = user('regional-2', 'regional_coordinator', region);
const foreignRegional = user('foreign-regional', 'regional_coordinator', otherRegion);
const reviewer = user('reviewer', 'ministry_reviewer', ministry);
const coordinator = user('coordinator', 'programme_coordinator', ministry);
const system: WorkflowActor = { kind: 'system' };

const eligible = checkEligibility(DEFAULT_ELIGIBILITY_RULES, {
  municipality: { population: 330_000, isRegionalCapital: true },
  compliance: { errors: [], coverageRatio: 1 },
});

function context(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    municipality: city,
    now: '2019-06-01T10:00:00.000Z',
    campaign: { status: 'open', opensAt: '2019-05-01T00:00:00.000Z', closesAt: '2019-07-01T00:00:00.000Z' },
    currentStage: null,
    stageReviewerIds: [],
    checklist: { criteria: 2, answered: 2, notMet: [] },
    eligibility: eligible,
    reasons: [],
    agreement: null,
    ...overrides,
  };
}

/** The actor and context under which each transition is legal from its states. */
function happyPath(
  transition: ApplicationTransition,
  state: ApplicationStatus,
): [WorkflowActor, WorkflowContext] {
  const reviewStage =
    state === 'ministry_review' ? 'ministry' : state === 'regional_review' ? 'regional' : null;
  switch (transition) {
    case 'submit':
    case 'resubmit':
    case 'withdraw':
      return [lead, context({ currentStage: reviewStage ?? 'regional', stageReviewerIds: ['regional'] })];
    case 'begin_regional_review':
      return [system, context()];
    case 'resume_regional_review':
      return [system, context({ currentStage: 'regional' })];
    case 'resume_ministry_review':
      return [system, context({ currentStage: 'ministry' })];
    case 'pass_regional_review':
      return [regional, context({ currentStage: 'regional', stageReviewerIds: ['regional'] })];
    case 'approve':
      return [reviewer, context({ currentStage: 'ministry', stageReviewerIds: ['reviewer'] })];
    case 'request_changes':
    case 'reject':
      return reviewStage === 'ministry'
        ? [reviewer, context({ currentStage: 'ministry', stageReviewerIds: ['reviewer'], reasons: ['Why'] })]
        : [regional, context({ currentStage: 'regional', stageReviewerIds: ['regional'], reasons: ['Why'] })];
    case 'sign_agreement':
      return [
        coordinator,
        context({
          agreement: {
            number: 'СГ-1/2019',
            signedOn: '2019-09-01',
            hasFile: true,
            signatories: [
              { party: 'ministry', name: 'Министр' },
              { party: 'region', name: 'Губернатор' },
              { party: 'municipality', name: 'Глава' },
            ],
          },
        }),
      ];
  }
}

const EXPECTED: Record<ApplicationTransition, [ApplicationStatus[], ApplicationStatus]> = {
  submit: [['draft'], 'submitted'],
  begin_regional_review: [['submitted'], 'regional_review'],
  pass_regional_review: [['regional_review'], 'ministry_review'],
  request_changes: [['regional_review', 'ministry_review'], 'changes_requested'],
  resubmit: [['changes_requested'], 'resubmitted'],
  resume_regional_review: [['resubmitted'], 'regional_review'],
  resume_ministry_review: [['resubmitted'], 'ministry_review'],
  approve: [['ministry_review'], 'approved'],
  reject: [['regional_review', 'ministry_review'], 'rejected'],
  withdraw: [
    ['draft', 'submitted', 'regional_review', 'ministry_review', 'changes_requested', 'resubmitted'],
    'withdrawn',
  ],
  sign_agreement: [['approved'], 'agreement_signed'],
};

describe('application workflow', () => {
  describe('decide: every transition from every state', () => {
    const cases = APPLICATION_TRANSITIONS.flatMap((transition) =>
      APPLICATION_STATUSES.map((state) => ({
        transition,
        state,
        legal: EXPECTED[transition][0].includes(state),
      })),
    );

    it.each(cases.filter((c) => c.legal))('$transition from $state is allowed', ({ transition, state }) => {
      const [actor, ctx] = happyPath(transition, state);

      const decision = decide(state, transition, actor, ctx);

      expect(decision).toMatchObject({ ok: true, from: state, next: EXPECTED[transition][1] });
    });

    it.each(cases.filter((c) => !c.legal))(
      '$transition from $state is refused with 409',
      ({ transition, state }) => {
        const [actor, ctx] = happyPath(transition, state);

        const decision = decide(state, transition, actor, ctx);

        expect(decision).toMatchObject({ ok: false, status: 409, code: 'applications.invalid-transition' });
        expect(!decision.ok && decision.reason).toContain(state);
      },
    );
  });

  describe('decide: who may take a transition', () => {
    const forbidden: [
      string,
      ApplicationTransition,
      ApplicationStatus,
      WorkflowActor,
      Partial<WorkflowContext>,
    ][] = [
      ['an editor submitting', 'submit', 'draft', editor, {}],
      ['a lead of another city submitting', 'submit', 'draft', foreignLead, {}],
      ['a reviewer submitting', 'submit', 'draft', reviewer, {}],
      ['an editor approving', 'approve', 'ministry_review', editor, { currentStage: 'ministry' }],
      ['a lead approving', 'approve', 'ministry_review', lead, { currentStage: 'ministry' }],
      [
        'a regional coordinator approving',
        'approve',
        'ministry_review',
        regional,
        { currentStage: 'ministry' },
      ],
      [
        'a programme coordinator approving',
        'approve',
        'ministry_review',
        coordinator,
        { currentStage: 'ministry' },
      ],
      ['another region passing', 'pass_regional_review', 'regional_review', foreignRegional, {}],
      [
        'an unassigned regional coordinator passing',
        'pass_regional_review',
        'regional_review',
        unassignedRegional,
        { currentStage: 'regional', stageReviewerIds: ['regional'] },
      ],
      [
        'a ministry reviewer deciding the regional stage',
        'request_changes',
        'regional_review',
        reviewer,
        { currentStage: 'regional', stageReviewerIds: ['reviewer'], reasons: ['x'] },
      ],
      [
        'a regional coordinator deciding the ministry stage',
        'reject',
        'ministry_review',
        regional,
        { currentStage: 'ministry', stageReviewerIds: ['regional'], reasons: ['x'] },
      ],
      ['a lead signing the agreement', 'sign_agreement', 'approved', lead, {}],
      ['a ministry reviewer signing the agreement', 'sign_agreement', 'approved', reviewer, {}],
      ['a person starting the review by hand', 'begin_regional_review', 'submitted', coordinator, {}],
      ['the system submitting', 'submit', 'draft', system, {}],
      ['an editor withdrawing', 'withdraw', 'regional_review', editor, {}],
    ];

    it.each(forbidden)('refuses %s with 403 and a reason', (_, transition, state, actor, overrides) => {
      const decision = decide(state, transition, actor, context(overrides));

      expect(decision).toMatchObject({ ok: false, status: 403, code: 'common.forbidden' });
      expect(!decision.ok && decision.reason.length).toBeGreaterThan(10);
    });

    it('checks the role before the state: an editor approving a withdrawn application gets 403', () => {
      expect(decide('withdrawn', 'approve', editor, context())).toMatchObject({ status: 403 });
    });

    it('refuses a ministry reviewer approving a withdrawn application with 409 naming the state', () => {
      const decision = decide('withdrawn', 'approve', reviewer, context({ stageReviewerIds: ['reviewer'] }));

      expect(decision).toMatchObject({ ok: false, status: 409, code: 'applications.invalid-transition' });
      expect(!decision.ok && decision.reason).toBe(
        'Cannot approve a withdrawn application (only from: ministry_review)',
      );
    });
  });

  describe('decide: guards', () => {
    it('refuses submitting with compliance errors, naming them', () => {
      const notEligible = checkEligibility(DEFAULT_ELIGIBILITY_RULES, {
        municipality: { population: 330_000, isRegionalCapital: true },
        compliance: {
          errors: [
            {
              rule: 'item-has-responsible',
              itemIds: ['i1'],
              measureIds: [],
              message: 'Item «A» has no responsible',
            },
          ],
          coverageRatio: 1,
        },
      });

      const decision = decide('draft', 'submit', lead, context({ eligibility: notEligible }));

      expect(decision).toMatchObject({ ok: false, status: 409, code: 'applications.not-eligible' });
      expect(!decision.ok && decision.reason).toContain('Item «A» has no responsible');
      expect(!decision.ok && decision.details?.errors).toHaveLength(1);
    });

    it('refuses submitting without an eligibility check', () => {
      expect(decide('draft', 'submit', lead, context({ eligibility: null }))).toMatchObject({
        status: 409,
        code: 'applications.not-eligible',
      });
    });

    it.each([
      ['a draft campaign', { status: 'draft' as const, opensAt: '2019-05-01', closesAt: '2019-07-01' }],
      ['a closed campaign', { status: 'closed' as const, opensAt: '2019-05-01', closesAt: '2019-07-01' }],
      ['before the window', { status: 'open' as const, opensAt: '2019-06-02', closesAt: '2019-07-01' }],
      ['after the window', { status: 'open' as const, opensAt: '2019-05-01', closesAt: '2019-05-31' }],
    ])('refuses submitting to %s', (_, campaign) => {
      expect(decide('draft', 'submit', lead, context({ campaign }))).toMatchObject({
        status: 409,
        code: 'applications.campaign-not-open',
      });
    });

    it.each(['submit', 'resubmit'] as const)(
      'refuses to %s a roadmap under review in another application',
      (t) => {
        const state = t === 'submit' ? 'draft' : 'changes_requested';

        const decision = decide(state, t, lead, context({ roadmapUnderOtherReview: 'other-application' }));

        expect(decision).toMatchObject({
          ok: false,
          status: 409,
          code: 'applications.already-active',
          details: { applicationId: 'other-application' },
        });
      },
    );

    it('lets a resubmission through after the window closed', () => {
      const campaign = { status: 'closed' as const, opensAt: '2019-05-01', closesAt: '2019-05-31' };

      expect(decide('changes_requested', 'resubmit', lead, context({ campaign }))).toMatchObject({
        ok: true,
      });
    });

    it.each([
      ['unanswered criteria', { criteria: 3, answered: 2, notMet: [] }, 'of 3 answered'],
      ['criteria not met', { criteria: 2, answered: 2, notMet: ['C2'] }, 'C2'],
    ])('refuses passing a stage with %s', (_, checklist, text) => {
      const [actor, ctx] = happyPath('pass_regional_review', 'regional_review');

      const decision = decide('regional_review', 'pass_regional_review', actor, { ...ctx, checklist });

      expect(decision).toMatchObject({ ok: false, status: 409, code: 'applications.checklist-incomplete' });
      expect(!decision.ok && decision.reason).toContain(text);
    });

    it.each(['request_changes', 'reject'] as const)('refuses %s without a reason', (transition) => {
      const [actor, ctx] = happyPath(transition, 'ministry_review');

      expect(decide('ministry_review', transition, actor, { ...ctx, reasons: ['  '] })).toMatchObject({
        status: 409,
        code: 'applications.reasons-required',
      });
    });

    it('refuses an agreement without a file and a region signatory, listing both', () => {
      const decision = decide(
        'approved',
        'sign_agreement',
        coordinator,
        context({
          agreement: {
            number: '1',
            signedOn: '2019-09-01',
            hasFile: false,
            signatories: [
              { party: 'ministry', name: 'A' },
              { party: 'municipality', name: 'B' },
            ],
          },
        }),
      );

      expect(decision).toMatchObject({ status: 409, code: 'applications.agreement-incomplete' });
      expect(!decision.ok && decision.details?.missing).toEqual(['signatory:region', 'file']);
    });

    it('resumes only the stage that requested the changes', () => {
      expect(
        decide('resubmitted', 'resume_ministry_review', system, context({ currentStage: 'regional' })),
      ).toMatchObject({ ok: false, status: 409 });
    });
  });

  describe('decide: effects', () => {
    it('submit freezes a snapshot, locks the roadmap, renders the application and tells the leads', () => {
      const [actor, ctx] = happyPath('submit', 'draft');

      const decision = decide('draft', 'submit', actor, ctx);

      expect(decision.ok && decision.effects).toEqual([
        { kind: 'freeze_snapshot' },
        { kind: 'lock_roadmap' },
        { kind: 'render_document', document: 'application' },
        { kind: 'notify', audience: 'municipal_leads', stage: null },
      ]);
    });

    it('request_changes at the ministry stage pauses the ministry clock and reopens the roadmap', () => {
      const [actor, ctx] = happyPath('request_changes', 'ministry_review');

      const decision = decide('ministry_review', 'request_changes', actor, ctx);

      expect(decision).toMatchObject({ ok: true, stage: 'ministry', nextStage: 'ministry' });
      expect(decision.ok && decision.effects).toEqual([
        { kind: 'pause_sla', stage: 'ministry' },
        { kind: 'reopen_roadmap' },
        { kind: 'render_document', document: 'decision_letter' },
        { kind: 'notify', audience: 'municipal_leads', stage: null },
      ]);
    });

    it('withdrawing a draft drops the stage effects (no clock, no reviewers yet)', () => {
      const decision = decide('draft', 'withdraw', lead, context());

      expect(decision.ok && decision.effects).toEqual([{ kind: 'reopen_roadmap' }]);
    });

    it('withdrawing under regional review stops the regional clock and tells its reviewers', () => {
      const decision = decide('regional_review', 'withdraw', lead, context({ currentStage: 'regional' }));

      expect(decision.ok && decision.effects).toEqual([
        { kind: 'stop_sla', stage: 'regional' },
        { kind: 'reopen_roadmap' },
        { kind: 'notify', audience: 'stage_reviewers', stage: 'regional' },
      ]);
    });

    it('every stage effect names a concrete stage once resolved', () => {
      for (const transition of APPLICATION_TRANSITIONS) {
        for (const state of EXPECTED[transition][0]) {
          const [actor, ctx] = happyPath(transition, state);
          const decision = decide(state, transition, actor, ctx);
          const stages = decision.ok
            ? decision.effects.filter((e) => 'stage' in e && e.kind !== 'notify')
            : [];
          expect(
            stages.every((e) => 'stage' in e && (e.stage === 'regional' || e.stage === 'ministry')),
          ).toBe(true);
        }
      }
    });

    it('effectsOf gives the effects decide() resolves', () => {
      const [actor, ctx] = happyPath('reject', 'regional_review');
      const decision = decide('regional_review', 'reject', actor, ctx);

      expect(decision.ok && decision.effects).toEqual(effectsOf('reject', 'regional'));
    });

    it('marks only roadmap, snapshot and assignment effects as in-transaction', () => {
      expect([...IN_TRANSACTION_EFFECTS].sort()).toEqual(
        ['assign_reviewers', 'baseline_roadmap', 'freeze_snapshot', 'lock_roadmap', 'reopen_roadmap'].sort(),
      );
    });
  });

  describe('automatic follow-ups', () => {
    it.each([
      ['submitted', null, 'begin_regional_review'],
      ['resubmitted', 'regional', 'resume_regional_review'],
      ['resubmitted', 'ministry', 'resume_ministry_review'],
      ['regional_review', 'regional', null],
      ['draft', null, null],
      ['approved', null, null],
    ] as const)('from %s (stage %s) the system takes %s', (state, currentStage, expected) => {
      expect(automaticTransition(state, context({ currentStage }))).toBe(expected);
    });

    it('marks exactly the system transitions as automatic', () => {
      const automatic = APPLICATION_TRANSITIONS.filter((t) => WORKFLOW[t].automatic);
      const system = APPLICATION_TRANSITIONS.filter((t) => WORKFLOW[t].actor.kind === 'system');
      expect(automatic).toEqual(system);
    });
  });

  describe('helpers', () => {
    it('lists what people can do from a state', () => {
      expect(transitionsFrom('ministry_review').sort()).toEqual([
        'approve',
        'reject',
        'request_changes',
        'withdraw',
      ]);
      expect(transitionsFrom('agreement_signed')).toEqual([]);
    });

    it('maps decisions to transitions by stage', () => {
      expect(transitionForDecision('pass', 'regional')).toBe('pass_regional_review');
      expect(transitionForDecision('pass', 'ministry')).toBe('approve');
      expect(transitionForDecision('pass', null)).toBe('approve');
      expect(transitionForDecision('reject', 'ministry')).toBe('reject');
      expect(transitionForDecision('request_changes', 'regional')).toBe('request_changes');
    });

    it.each([
      ['approve', 'ministry_review', reviewer, ['reviewer'], true],
      ['approve', 'ministry_review', reviewer, [], false],
      ['approve', 'ministry_review', editor, ['editor'], false],
      ['withdraw', 'regional_review', lead, [], true],
      ['withdraw', 'approved', lead, [], false],
    ] as const)('mayTake(%s from %s) for a role', (transition, state, actor, assigned, expected) => {
      expect(
        mayTake(transition, state, actor, {
          municipality: city,
          currentStage: 'ministry',
          stageReviewerIds: assigned,
        }),
      ).toBe(expected);
    });
  });
});
