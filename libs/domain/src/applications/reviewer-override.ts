import {
  FINAL_APPLICATION_STATUSES,
  REVIEW_STAGES,
  stageOfStatus,
  type ApplicationStatus,
  type ReviewStage,
} from './application-status';

/**
 * When a programme coordinator may still override the reviewers of a stage (issue 6). Allowed:
 * - the stage the application is at — under review, or paused while changes are requested and the application is
 *   resubmitted (it resumes with the reviewers assigned then, and they are the ones notified);
 * - a later stage that has not started yet, so the ministry's reviewers can be lined up in advance: the automatic
 *   assignment at the stage's start (`assign_reviewers`) keeps a stage that already has reviewers, and the SLA
 *   clock, its reminders and the stage-start notification go to whoever is assigned when they fire.
 * Refused: a stage the application has already passed, and every stage of an application that is approved,
 * rejected, withdrawn or has its agreement signed — nobody will review it again, so the people added would be
 * notified of work that does not exist.
 */

// Durable: HTTP-visible error code (contracts lists it). Never rename the value.
export type ReviewerOverrideRefusalCode = 'applications.stage-closed';

export type ReviewerOverrideCheck =
  | { ok: true }
  | {
      ok: false;
      code: ReviewerOverrideRefusalCode;
      reason: string;
      details: { status: ApplicationStatus; stage: ReviewStage; currentStage: ReviewStage | null };
    };

/** Statuses whose review is over: no stage of theirs will be reviewed again. */
const REVIEW_OVER: readonly ApplicationStatus[] = ['approved', ...FINAL_APPLICATION_STATUSES];

const words = (status: ApplicationStatus) => status.replace(/_/g, ' ');

const OVER: Partial<Record<ApplicationStatus, string>> = {
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  agreement_signed: 'approved and its agreement is signed',
};

/**
 * The stage the application is at: the one under review, or — while changes are requested or the application is
 * resubmitted — the one that will resume (`currentStage`). Null before the first review.
 */
function stageAt(status: ApplicationStatus, currentStage: ReviewStage | null): ReviewStage | null {
  return stageOfStatus(status) ?? currentStage;
}

/** Whether the reviewers of `stage` may be overridden now, and if not, why (the stage and the status named). */
export function checkReviewerOverride(
  status: ApplicationStatus,
  currentStage: ReviewStage | null,
  stage: ReviewStage,
): ReviewerOverrideCheck {
  const details = { status, stage, currentStage };
  if (REVIEW_OVER.includes(status)) {
    return {
      ok: false,
      code: 'applications.stage-closed',
      reason: `The application is ${OVER[status] ?? words(status)}, so the reviewers of its ${stage} stage can no longer change`,
      details,
    };
  }
  const at = stageAt(status, currentStage);
  if (at !== null && REVIEW_STAGES.indexOf(stage) < REVIEW_STAGES.indexOf(at)) {
    return {
      ok: false,
      code: 'applications.stage-closed',
      reason:
        `The ${stage} stage of this application is over: it is at the ${at} stage now (status: ${words(status)}), ` +
        `so the reviewers of the ${stage} stage can no longer change`,
      details,
    };
  }
  return { ok: true };
}

/** The stages whose reviewers may be overridden now, in review order (for offering only those). */
export function stagesOpenForReviewers(
  status: ApplicationStatus,
  currentStage: ReviewStage | null,
): ReviewStage[] {
  return REVIEW_STAGES.filter((stage) => checkReviewerOverride(status, currentStage, stage).ok);
}
