/**
 * Where a pilot application stands (DESIGN §4): `draft → submitted → regional_review → ministry_review →
 * approved | rejected`, `changes_requested → resubmitted`, `withdrawn`, `approved → agreement_signed`.
 */
// Durable: stored in the database (applications.status, application_transitions.from_status/to_status).
// Never rename a value.
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'regional_review',
  'ministry_review',
  'changes_requested',
  'resubmitted',
  'approved',
  'rejected',
  'withdrawn',
  'agreement_signed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses after which nothing can happen to the application any more. */
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'rejected',
  'withdrawn',
  'agreement_signed',
];

/**
 * Statuses that count as the municipality's one active application in a campaign. Rejected and withdrawn ones do
 * not, so a municipality may start again; approved and signed ones do (the municipality is in the programme).
 */
export const ACTIVE_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'regional_review',
  'ministry_review',
  'changes_requested',
  'resubmitted',
  'approved',
  'agreement_signed',
];

/** Review stages, in order: the region first, then the ministry. */
// Durable: stored in the database (campaign stages, application reviews, transitions). Never rename a value.
export const REVIEW_STAGES = ['regional', 'ministry'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** The stage a status is reviewed in; null when the application is with nobody's review. */
export function stageOfStatus(status: ApplicationStatus): ReviewStage | null {
  switch (status) {
    case 'regional_review':
      return 'regional';
    case 'ministry_review':
      return 'ministry';
    case 'draft':
    case 'submitted':
    case 'changes_requested':
    case 'resubmitted':
    case 'approved':
    case 'rejected':
    case 'withdrawn':
    case 'agreement_signed':
      return null;
  }
}

/** A campaign's life: drafted by the ministry, opened (published) for applications, closed. */
// Durable: stored in the database (campaigns.status). Never rename a value.
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** A reviewer's answer to one criterion of the campaign's checklist. */
// Durable: stored in the database (application_checklist_answers.verdict). Never rename a value.
export const CHECKLIST_VERDICTS = ['met', 'not_met', 'comment'] as const;
export type ChecklistVerdict = (typeof CHECKLIST_VERDICTS)[number];

/** What a reviewer decides at the end of a stage. `pass` at the ministry stage approves the application. */
export const REVIEW_DECISIONS = ['pass', 'request_changes', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Who signs a pilot agreement: the ministry, the region and the municipality. */
// Durable: stored in the database (application_agreements.signatories[].party). Never rename a value.
export const AGREEMENT_PARTIES = ['ministry', 'region', 'municipality'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];
