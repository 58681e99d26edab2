import type {
  ApplicationCommentResponse,
  ApplicationDetailResponse,
  ApplicationDocumentResponse,
  ApplicationSummaryResponse,
  ApplicationSnapshotDiffResponse,
  ChecklistAnswerDto,
  ReviewResponse,
  SlaBoardItem,
  TransitionResponse,
} from '@smartcity/contracts';
import type {
  ApplicationDocument,
  ApplicationStatus,
  ApplicationTransition,
  ChecklistVerdict,
  ReviewStage,
} from '@smartcity/domain';

/* View-model rules of the application pages: pure functions over the API's responses, unit-tested. */

/** The workflow moves a reviewer takes from the review panel. */
const DECISION_TRANSITIONS: readonly ApplicationTransition[] = [
  'pass_regional_review',
  'approve',
  'request_changes',
  'reject',
];

/** Whether the caller may decide the current stage now (the server still re-checks assignment and guards). */
export function canDecide(application: Pick<ApplicationDetailResponse, 'availableTransitions'>): boolean {
  return application.availableTransitions.some((t) => DECISION_TRANSITIONS.includes(t));
}

export function canMove(
  application: Pick<ApplicationDetailResponse, 'availableTransitions'>,
  transition: ApplicationTransition,
): boolean {
  return application.availableTransitions.includes(transition);
}

/** The review of the stage under review (or the one that asked for changes), if any. */
export function currentReview(
  application: Pick<ApplicationDetailResponse, 'currentStage' | 'reviews'>,
): ReviewResponse | null {
  if (!application.currentStage) return null;
  return application.reviews.find((r) => r.stage === application.currentStage) ?? null;
}

export type ChangeRequest = { stage: ReviewStage | null; reasons: string[]; by: string | null; at: string };

/**
 * What the reviewers asked for, shown to the municipality while the application is back with it: the reasons of
 * the latest `request_changes` transition. Null in every other status.
 */
export function latestChangeRequest(
  application: Pick<ApplicationDetailResponse, 'status' | 'transitions'>,
): ChangeRequest | null {
  if (application.status !== 'changes_requested') return null;
  const last = [...application.transitions].reverse().find((t) => t.transition === 'request_changes');
  if (!last) return null;
  return { stage: last.stage, reasons: last.reasons, by: last.actorName, at: last.occurredAt };
}

export type CommentsByItem = {
  /** Item id → its comments, oldest first. */
  byItem: Map<string, ApplicationCommentResponse[]>;
  /** Comments on the application as a whole. */
  general: ApplicationCommentResponse[];
};

/** Sorts reviewers' comments onto the items they are anchored to (ids are stable across snapshots). */
export function groupCommentsByItem(comments: readonly ApplicationCommentResponse[]): CommentsByItem {
  const byItem = new Map<string, ApplicationCommentResponse[]>();
  const general: ApplicationCommentResponse[] = [];
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of sorted) {
    if (comment.itemId === null) {
      general.push(comment);
      continue;
    }
    const list = byItem.get(comment.itemId) ?? [];
    list.push(comment);
    byItem.set(comment.itemId, list);
  }
  return { byItem, general };
}

export type TimelineEntry = {
  id: string;
  transition: ApplicationTransition;
  from: ApplicationStatus;
  to: ApplicationStatus;
  stage: ReviewStage | null;
  /** Null for the system's automatic moves. */
  actor: string | null;
  reasons: string[];
  at: string;
  /** The snapshot this move froze (submit, resubmit). */
  snapshotId: string | null;
};

/** The status history, newest first. */
export function timelineOf(transitions: readonly TransitionResponse[]): TimelineEntry[] {
  return [...transitions]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .map((t) => ({
      id: t.id,
      transition: t.transition,
      from: t.fromStatus,
      to: t.toStatus,
      stage: t.stage,
      actor: t.actorName,
      reasons: t.reasons,
      at: t.occurredAt,
      snapshotId: t.snapshotId,
    }));
}

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function statusTone(status: ApplicationStatus): StatusTone {
  switch (status) {
    case 'draft':
    case 'withdrawn':
      return 'neutral';
    case 'submitted':
    case 'regional_review':
    case 'ministry_review':
    case 'resubmitted':
      return 'info';
    case 'changes_requested':
      return 'warning';
    case 'approved':
    case 'agreement_signed':
      return 'success';
    case 'rejected':
      return 'danger';
  }
}

export type ChecklistDraft = Record<string, { verdict: ChecklistVerdict | ''; comment: string }>;

/** The form state of the checklist: every criterion, pre-filled with the stage's answers. */
export function checklistDraft(
  criteria: readonly { code: string }[],
  review: Pick<ReviewResponse, 'checklist'> | null,
): ChecklistDraft {
  const draft: ChecklistDraft = {};
  for (const criterion of criteria) {
    const answer = review?.checklist.find((a) => a.criterionCode === criterion.code);
    draft[criterion.code] = { verdict: answer?.verdict ?? '', comment: answer?.comment ?? '' };
  }
  return draft;
}

/** Answers to send: the criteria with a verdict (a comment only when written). */
export function checklistAnswers(draft: ChecklistDraft): ChecklistAnswerDto[] {
  return Object.entries(draft)
    .filter(([, answer]) => answer.verdict !== '')
    .map(([criterionCode, answer]) => ({
      criterionCode,
      verdict: answer.verdict as ChecklistVerdict,
      comment: answer.comment.trim() === '' ? null : answer.comment.trim(),
    }));
}

/** Reasons typed one per line → the list the API takes (blank lines dropped). */
export function reasonsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type ItemReviewMark = {
  change: 'added' | 'changed' | 'unchanged';
  /** Accepted in the previous snapshot and still accepted because the item did not change. */
  carriedOver: boolean;
  /** Accepted before, dropped because the item changed. */
  acceptanceDropped: boolean;
};

/** How each item of the latest snapshot compares with the previous one; null when there is no previous one. */
export function itemReviewMarks(
  diff: ApplicationSnapshotDiffResponse | undefined,
): Map<string, ItemReviewMark> | null {
  if (!diff || diff.from === null) return null;
  const marks = new Map<string, ItemReviewMark>();
  const kept = new Set(diff.keptAcceptances);
  const dropped = new Set(diff.droppedAcceptances);
  for (const added of diff.diff.items.added) {
    marks.set(added.key, { change: 'added', carriedOver: false, acceptanceDropped: false });
  }
  for (const changed of diff.diff.items.changed) {
    marks.set(changed.key, {
      change: 'changed',
      carriedOver: false,
      acceptanceDropped: dropped.has(changed.key),
    });
  }
  for (const id of kept) {
    if (!marks.has(id)) marks.set(id, { change: 'unchanged', carriedOver: true, acceptanceDropped: false });
  }
  return marks;
}

export type SlaTone = 'danger' | 'warning' | 'neutral' | 'success';

/** Overdue: red; two days or less left: amber; paused (back with the municipality): grey; otherwise green. */
export function slaTone(item: Pick<SlaBoardItem, 'isOverdue' | 'isPaused' | 'remainingDays'>): SlaTone {
  if (item.isOverdue) return 'danger';
  if (item.isPaused) return 'neutral';
  if (item.remainingDays <= 2) return 'warning';
  return 'success';
}

/** How long after a move the page keeps waiting for the PDF that move asked for to be listed. */
export const DOCUMENT_LISTING_WAIT_MS = 2 * 60_000;

export type AwaitedDocument = { transitionId: string; kind: ApplicationDocument };

/**
 * PDFs that a recent move asked the worker for (its `render_document` effects) and that the documents list does not
 * show yet: the worker creates their rows only after the move commits, so a list fetched right after the move lacks
 * them. The page shows them as queued and keeps polling; for a move older than DOCUMENT_LISTING_WAIT_MS it stops
 * waiting (nothing is coming any more).
 */
export function awaitedDocuments(
  transitions: readonly Pick<TransitionResponse, 'id' | 'effects' | 'occurredAt'>[],
  documents: readonly Pick<ApplicationDocumentResponse, 'kind' | 'transitionId'>[],
  now: number,
): AwaitedDocument[] {
  const listed = new Set(documents.map((d) => `${d.transitionId ?? ''}:${d.kind}`));
  const awaited: AwaitedDocument[] = [];
  for (const transition of transitions) {
    if (now - Date.parse(transition.occurredAt) > DOCUMENT_LISTING_WAIT_MS) continue;
    for (const effect of transition.effects) {
      if (effect.kind !== 'render_document') continue;
      if (!listed.has(`${transition.id}:${effect.document}`))
        awaited.push({ transitionId: transition.id, kind: effect.document });
    }
  }
  return awaited;
}

/** The hex SHA-256 shortened for display (the full hash stays in a title and in the PDF). */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

/** The roadmap's application that is back with the municipality for changes, if any (the newest one). */
export function applicationReturnedFor(
  applications: readonly ApplicationSummaryResponse[],
  roadmapId: string,
): ApplicationSummaryResponse | null {
  return (
    [...applications]
      .filter((a) => a.roadmapId === roadmapId && a.status === 'changes_requested')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
  );
}

/** The comments anchored to one item, oldest first. */
export function commentsForItem(
  comments: readonly ApplicationCommentResponse[],
  itemId: string,
): ApplicationCommentResponse[] {
  return groupCommentsByItem(comments).byItem.get(itemId) ?? [];
}
