import type {
  ApplicationCommentResponse,
  ApplicationSnapshotDiffResponse,
  ApplicationSummaryResponse,
  TransitionResponse,
} from '@smartcity/contracts';

import {
  applicationReturnedFor,
  awaitedDocuments,
  canDecide,
  commentsForItem,
  checklistAnswers,
  checklistDraft,
  currentReview,
  groupCommentsByItem,
  itemReviewMarks,
  latestChangeRequest,
  reasonsFromText,
  shortHash,
  slaTone,
  statusTone,
  timelineOf,
} from './application-view';

const ITEM_A = '00000000-0000-4000-8000-00000000000a';
const ITEM_B = '00000000-0000-4000-8000-00000000000b';
const ITEM_C = '00000000-0000-4000-8000-00000000000c';

function comment(id: string, itemId: string | null, createdAt: string): ApplicationCommentResponse {
  return {
    id,
    stage: 'regional',
    snapshotId: 'snap',
    itemId,
    itemTitle: itemId ? 'Item' : null,
    body: `body ${id}`,
    authorId: 'u',
    authorName: 'Reviewer',
    createdAt,
  };
}

function transition(
  id: string,
  name: TransitionResponse['transition'],
  occurredAt: string,
  reasons: string[] = [],
): TransitionResponse {
  return {
    id,
    transition: name,
    fromStatus: 'regional_review',
    toStatus: 'changes_requested',
    stage: 'regional',
    actorUserId: 'u',
    actorName: 'Reviewer',
    reasons,
    effects: [],
    snapshotId: null,
    occurredAt,
  };
}

describe('groupCommentsByItem', () => {
  it('puts each comment on its item, oldest first, and keeps application-wide ones apart', () => {
    const grouped = groupCommentsByItem([
      comment('2', ITEM_A, '2026-01-02T00:00:00Z'),
      comment('1', ITEM_A, '2026-01-01T00:00:00Z'),
      comment('3', null, '2026-01-03T00:00:00Z'),
      comment('4', ITEM_B, '2026-01-04T00:00:00Z'),
    ]);

    expect(grouped.byItem.get(ITEM_A)?.map((c) => c.id)).toEqual(['1', '2']);
    expect(grouped.byItem.get(ITEM_B)?.map((c) => c.id)).toEqual(['4']);
    expect(grouped.byItem.has(ITEM_C)).toBe(false);
    expect(grouped.general.map((c) => c.id)).toEqual(['3']);
  });
});

describe('latestChangeRequest', () => {
  it('gives the reasons of the latest request for changes while the application is back with the municipality', () => {
    const request = latestChangeRequest({
      status: 'changes_requested',
      transitions: [
        transition('t1', 'request_changes', '2026-01-01T00:00:00Z', ['old']),
        transition('t2', 'resubmit', '2026-01-02T00:00:00Z'),
        transition('t3', 'request_changes', '2026-01-03T00:00:00Z', ['Add a KPI target']),
      ],
    });

    expect(request).toEqual({
      stage: 'regional',
      reasons: ['Add a KPI target'],
      by: 'Reviewer',
      at: '2026-01-03T00:00:00Z',
    });
  });

  it('is null in any other status', () => {
    expect(
      latestChangeRequest({
        status: 'resubmitted',
        transitions: [transition('t1', 'request_changes', '2026-01-01T00:00:00Z', ['x'])],
      }),
    ).toBeNull();
  });
});

describe('timelineOf', () => {
  it('lists the transitions newest first', () => {
    const entries = timelineOf([
      transition('a', 'submit', '2026-01-01T00:00:00Z'),
      transition('b', 'request_changes', '2026-01-03T00:00:00Z', ['r']),
      transition('c', 'begin_regional_review', '2026-01-02T00:00:00Z'),
    ]);

    expect(entries.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(entries[0].reasons).toEqual(['r']);
  });
});

describe('canDecide and currentReview', () => {
  it('lets a reviewer decide only when a decision transition is available', () => {
    expect(canDecide({ availableTransitions: ['request_changes', 'reject', 'pass_regional_review'] })).toBe(
      true,
    );
    expect(canDecide({ availableTransitions: ['withdraw'] })).toBe(false);
  });

  it('finds the review of the current stage', () => {
    const reviews = [
      { stage: 'regional' as const, slaDays: 10, reviewers: [], checklist: [], decisions: [] },
      { stage: 'ministry' as const, slaDays: 20, reviewers: [], checklist: [], decisions: [] },
    ];
    expect(currentReview({ currentStage: 'ministry', reviews })?.slaDays).toBe(20);
    expect(currentReview({ currentStage: null, reviews })).toBeNull();
  });
});

describe('checklist', () => {
  it('pre-fills the draft with the stage answers and sends only answered criteria', () => {
    const draft = checklistDraft([{ code: 'C1' }, { code: 'C2' }, { code: 'C3' }], {
      checklist: [
        {
          criterionCode: 'C2',
          verdict: 'comment',
          comment: 'See item 3',
          answeredBy: 'u',
          answeredByName: 'R',
          answeredAt: '2026-01-01T00:00:00Z',
        },
      ],
    });
    expect(draft.C1).toEqual({ verdict: '', comment: '' });
    expect(draft.C2).toEqual({ verdict: 'comment', comment: 'See item 3' });

    draft.C1 = { verdict: 'met', comment: '  ' };

    expect(checklistAnswers(draft)).toEqual([
      { criterionCode: 'C1', verdict: 'met', comment: null },
      { criterionCode: 'C2', verdict: 'comment', comment: 'See item 3' },
    ]);
  });

  it('reads reasons one per line, dropping blank lines', () => {
    expect(reasonsFromText(' First \n\n  Second\n ')).toEqual(['First', 'Second']);
    expect(reasonsFromText('   ')).toEqual([]);
  });
});

describe('itemReviewMarks', () => {
  const summary = (sequence: number) => ({
    id: `s${sequence}`,
    sequence,
    roadmapRevision: sequence,
    contentHash: 'h',
    complianceScore: 90,
    errorCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
  });

  it('marks added and changed items, and unchanged ones whose acceptance carried over', () => {
    const diff: ApplicationSnapshotDiffResponse = {
      from: summary(1),
      to: summary(2),
      diff: {
        roadmap: [],
        problems: { added: [], removed: [], changed: [] },
        coverage: { added: [], removed: [], changed: [] },
        items: {
          added: [{ key: ITEM_C, title: 'New' }],
          removed: [],
          changed: [{ key: ITEM_B, title: 'B', changes: [{ field: 'title', before: 'b', after: 'B' }] }],
        },
        isEmpty: false,
      },
      keptAcceptances: [ITEM_A],
      droppedAcceptances: [ITEM_B],
    };

    const marks = itemReviewMarks(diff);

    expect(marks?.get(ITEM_A)).toEqual({ change: 'unchanged', carriedOver: true, acceptanceDropped: false });
    expect(marks?.get(ITEM_B)).toEqual({ change: 'changed', carriedOver: false, acceptanceDropped: true });
    expect(marks?.get(ITEM_C)).toEqual({ change: 'added', carriedOver: false, acceptanceDropped: false });
  });

  it('is null for a first submission', () => {
    expect(itemReviewMarks(undefined)).toBeNull();
    expect(
      itemReviewMarks({
        from: null,
        to: summary(1),
        diff: {
          roadmap: [],
          problems: { added: [], removed: [], changed: [] },
          coverage: { added: [], removed: [], changed: [] },
          items: { added: [], removed: [], changed: [] },
          isEmpty: true,
        },
        keptAcceptances: [],
        droppedAcceptances: [],
      }),
    ).toBeNull();
  });
});

describe('tones and hashes', () => {
  it('colours SLA clocks: overdue, paused, nearly due, fine', () => {
    expect(slaTone({ isOverdue: true, isPaused: false, remainingDays: -1 })).toBe('danger');
    expect(slaTone({ isOverdue: false, isPaused: true, remainingDays: 1 })).toBe('neutral');
    expect(slaTone({ isOverdue: false, isPaused: false, remainingDays: 2 })).toBe('warning');
    expect(slaTone({ isOverdue: false, isPaused: false, remainingDays: 7.5 })).toBe('success');
  });

  it('gives every status a tone', () => {
    expect(statusTone('changes_requested')).toBe('warning');
    expect(statusTone('agreement_signed')).toBe('success');
    expect(statusTone('rejected')).toBe('danger');
    expect(statusTone('regional_review')).toBe('info');
  });

  it('shortens a SHA-256 to its ends', () => {
    const hash = 'a'.repeat(8) + 'b'.repeat(48) + 'c'.repeat(8);
    expect(shortHash(hash)).toBe('aaaaaaaa…cccccccc');
    expect(shortHash('abc')).toBe('abc');
  });
});

describe('comments on a roadmap item page', () => {
  const summary = (
    id: string,
    roadmapId: string,
    status: 'changes_requested' | 'approved',
    updatedAt: string,
  ) => ({ id, roadmapId, status, updatedAt }) as ApplicationSummaryResponse;

  it('takes the newest application of the roadmap that was returned for changes', () => {
    const found = applicationReturnedFor(
      [
        summary('old', 'r1', 'changes_requested', '2026-01-01T00:00:00Z'),
        summary('new', 'r1', 'changes_requested', '2026-02-01T00:00:00Z'),
        summary('other', 'r2', 'changes_requested', '2026-03-01T00:00:00Z'),
        summary('done', 'r1', 'approved', '2026-04-01T00:00:00Z'),
      ],
      'r1',
    );
    expect(found?.id).toBe('new');
    expect(
      applicationReturnedFor([summary('done', 'r1', 'approved', '2026-04-01T00:00:00Z')], 'r1'),
    ).toBeNull();
  });

  it('keeps only the comments anchored to the item', () => {
    const list = [
      comment('1', ITEM_A, '2026-01-01T00:00:00Z'),
      comment('2', ITEM_B, '2026-01-02T00:00:00Z'),
      comment('3', null, '2026-01-03T00:00:00Z'),
    ];
    expect(commentsForItem(list, ITEM_B).map((c) => c.id)).toEqual(['2']);
    expect(commentsForItem(list, ITEM_C)).toEqual([]);
  });
});

describe('awaitedDocuments', () => {
  const approvedAt = '2026-12-07T10:00:00.000Z';
  const approve: TransitionResponse = {
    ...transition('t-approve', 'approve', approvedAt),
    effects: [
      { kind: 'stop_sla', stage: 'ministry' },
      { kind: 'render_document', document: 'decision_letter' },
    ],
  };
  const submit: TransitionResponse = {
    ...transition('t-submit', 'submit', '2026-12-07T09:00:00.000Z'),
    effects: [{ kind: 'render_document', document: 'application' }],
  };
  const soon = Date.parse(approvedAt) + 5_000;

  it('awaits the letter a decision just asked for until the list shows it, in any status', () => {
    const listed = [{ kind: 'application' as const, transitionId: 't-submit' }];
    expect(awaitedDocuments([submit, approve], listed, soon)).toEqual([
      { transitionId: 't-approve', kind: 'decision_letter' },
    ]);
    expect(
      awaitedDocuments(
        [submit, approve],
        [...listed, { kind: 'decision_letter', transitionId: 't-approve' }],
        soon,
      ),
    ).toEqual([]);
  });

  it('ignores moves that render nothing and stops waiting for moves older than the limit', () => {
    expect(awaitedDocuments([transition('t-pass', 'pass_regional_review', approvedAt)], [], soon)).toEqual(
      [],
    );
    expect(awaitedDocuments([approve], [], Date.parse(approvedAt) + 3 * 60_000)).toEqual([]);
  });
});
