import {
  APPLICATION_STATUSES,
  REVIEW_STAGES,
  type ApplicationStatus,
  type ReviewStage,
} from './application-status';
import { checkReviewerOverride, stagesOpenForReviewers } from './reviewer-override';

type Row = [
  status: ApplicationStatus,
  currentStage: ReviewStage | null,
  regional: boolean,
  ministry: boolean,
];

/**
 * Every status with the `currentStage` it can have, and whether each stage's reviewers may be overridden. While
 * changes are requested or the application is resubmitted, `currentStage` is the stage that will resume.
 */
const TABLE: Row[] = [
  ['draft', null, true, true],
  ['submitted', null, true, true],
  ['regional_review', 'regional', true, true],
  ['ministry_review', 'ministry', false, true],
  ['changes_requested', 'regional', true, true],
  ['changes_requested', 'ministry', false, true],
  ['resubmitted', 'regional', true, true],
  ['resubmitted', 'ministry', false, true],
  ['approved', null, false, false],
  ['rejected', null, false, false],
  ['withdrawn', null, false, false],
  ['agreement_signed', null, false, false],
];

describe(checkReviewerOverride.name, () => {
  it('covers every status and stage', () => {
    expect([...new Set(TABLE.map(([status]) => status))].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  describe.each(TABLE)('%s (current stage %s)', (status, currentStage, regional, ministry) => {
    it.each(REVIEW_STAGES.map((stage) => [stage, stage === 'regional' ? regional : ministry] as const))(
      'the %s stage: allowed %s',
      (stage, allowed) => {
        const check = checkReviewerOverride(status, currentStage, stage);

        expect(check.ok).toBe(allowed);
        if (!check.ok) {
          expect(check.code).toBe('applications.stage-closed');
          expect(check.details).toEqual({ status, stage, currentStage });
          expect(check.reason).toContain(`${stage} stage`);
        }
      },
    );

    it('offers exactly the allowed stages, in review order', () => {
      expect(stagesOpenForReviewers(status, currentStage)).toEqual(
        REVIEW_STAGES.filter((stage) => (stage === 'regional' ? regional : ministry)),
      );
    });
  });

  it('refuses a stage a finished review leaves behind, whatever stage was recorded last', () => {
    for (const status of ['approved', 'rejected', 'withdrawn', 'agreement_signed'] as const) {
      for (const currentStage of [null, 'regional', 'ministry'] as const) {
        expect(stagesOpenForReviewers(status, currentStage)).toEqual([]);
      }
    }
  });

  it('names the stage and the status in a sentence a person understands', () => {
    expect(checkReviewerOverride('ministry_review', 'ministry', 'regional')).toMatchObject({
      ok: false,
      reason:
        'The regional stage of this application is over: it is at the ministry stage now (status: ministry review), ' +
        'so the reviewers of the regional stage can no longer change',
    });
    expect(checkReviewerOverride('changes_requested', 'ministry', 'regional')).toMatchObject({
      reason:
        'The regional stage of this application is over: it is at the ministry stage now ' +
        '(status: changes requested), so the reviewers of the regional stage can no longer change',
    });
    expect(checkReviewerOverride('approved', null, 'ministry')).toMatchObject({
      reason: 'The application is approved, so the reviewers of its ministry stage can no longer change',
    });
    expect(checkReviewerOverride('agreement_signed', null, 'regional')).toMatchObject({
      reason:
        'The application is approved and its agreement is signed, so the reviewers of its regional stage ' +
        'can no longer change',
    });
  });
});
