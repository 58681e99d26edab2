import type { ReviewStage } from '@smartcity/domain';

import type { QueueName } from './queues';

/** Fields every job payload carries. Payloads hold ids only; handlers reload state from PostgreSQL. */
export type JobEnvelope = { v: 1 };

/**
 * Job name → payload. `publisher.publish(name, payload)` is type-checked against this map, and the worker
 * refuses to start unless every name here has exactly one handler.
 * WARNING: job names are durable identifiers (stored in the outbox and in Redis). Never rename one; add a new
 * name and retire the old one once its queue is drained.
 */
export type JobPayloads = {
  /** Deliver an e-mail composed in a business transaction (mail_messages row), e.g. an invitation link. */
  'mail.send-message': JobEnvelope & { messageId: string };
  /** An invitation was accepted: notify the inviter in the app and by e-mail. */
  'invitations.notify-accepted': JobEnvelope & { invitationId: string };
  /** Parse and validate an uploaded catalogue file, with progress; store row errors or a preview diff. */
  'catalogue.run-import': JobEnvelope & { importId: string };
  /** A roadmap comment mentions people: notify each mentioned person in the app. */
  'roadmaps.notify-mentions': JobEnvelope & { commentId: string };
  /**
   * Delete a stored evidence file whose row is gone (evidence or its item deleted). The key is the server-made
   * storage key, never user input; deleting a missing file is fine, so redelivery is harmless.
   */
  'roadmaps.delete-evidence-file': JobEnvelope & { storageKey: string };
  /**
   * An application moved (one `application_transitions` row, published in the transition's own transaction). The
   * handler loads the row and its effects and runs every registered effect handler (notifications, SLA clocks,
   * documents); each must be idempotent per (transition, effect). See docs/applications.md.
   */
  'applications.transition-recorded': JobEnvelope & { transitionId: string };
  /**
   * A programme coordinator added reviewers to a stage (manual override): tell each added person, in the app and by
   * e-mail. The handler re-reads the `application_reviewers` rows (a person removed since is not told) and keys each
   * delivery by the row's assignment time, so a redelivered job notifies nobody twice.
   */
  'applications.notify-assigned-reviewers': JobEnvelope & {
    applicationId: string;
    stage: ReviewStage;
    userIds: string[];
    assignedBy: string;
  };
  /**
   * Render one `documents` row (the submitted application or a decision letter) to PDF and store it. Idempotent by
   * the row's render claim: a ready document is left alone; a claim abandoned by a dead worker is taken over.
   */
  'documents.render': JobEnvelope & { documentId: string };
  /**
   * Wake-up of one review SLA clock (`sla_clocks` row): remind or escalate if due, then schedule the next wake-up
   * as a delayed job. The clock is re-read, so a stale wake-up does nothing.
   */
  'sla.check-clock': JobEnvelope & { clockId: string };
  /**
   * Evaluate one roadmap revision and store its compliance report. Published by every roadmap write; deduplicated
   * by `jobIdFor` (one BullMQ job per roadmap revision) and skipped when the roadmap has moved past `revision`.
   */
  'compliance.evaluate-roadmap': JobEnvelope & { roadmapId: string; revision: number };
  /** A bulk recompute (compliance_runs row): evaluates every roadmap in scope in batches, with progress. */
  'compliance.run-recompute': JobEnvelope & { runId: string };
  /** A framework version was published: recompute every roadmap pinned to it (as a compliance run). */
  'compliance.recompute-framework': JobEnvelope & { frameworkId: string };
  /** Daily (repeatable): one score snapshot per roadmap for today's trend point; idempotent per (roadmap, day). */
  'compliance.snapshot-daily-scores': JobEnvelope;
};

export type JobName = keyof JobPayloads;

/** Where each job runs and how hard it is retried. One table, so defaults cannot be forgotten. */
export const JOB_DEFINITIONS: Record<JobName, { queue: QueueName; attempts: number }> = {
  'mail.send-message': { queue: 'notifications', attempts: 8 },
  'invitations.notify-accepted': { queue: 'notifications', attempts: 8 },
  'catalogue.run-import': { queue: 'default', attempts: 3 },
  'roadmaps.notify-mentions': { queue: 'notifications', attempts: 8 },
  'roadmaps.delete-evidence-file': { queue: 'default', attempts: 8 },
  'applications.transition-recorded': { queue: 'default', attempts: 8 },
  'applications.notify-assigned-reviewers': { queue: 'notifications', attempts: 8 },
  'documents.render': { queue: 'default', attempts: 5 },
  'sla.check-clock': { queue: 'sla', attempts: 8 },
  'compliance.evaluate-roadmap': { queue: 'compliance', attempts: 5 },
  // Bulk runs go to `default` so they do not hold up per-edit evaluations on the single-slot `compliance` queue.
  'compliance.run-recompute': { queue: 'default', attempts: 3 },
  'compliance.recompute-framework': { queue: 'default', attempts: 3 },
  'compliance.snapshot-daily-scores': { queue: 'scheduled', attempts: 3 },
};

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

/**
 * The BullMQ job id of a published job: derived from the payload where one piece of work may be published many
 * times (so BullMQ keeps one job), otherwise the outbox row id. BullMQ rejects `:` in custom ids.
 */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayloads[N], outboxId: string): string {
  if (name === 'compliance.evaluate-roadmap') {
    const { roadmapId, revision } = payload as JobPayloads['compliance.evaluate-roadmap'];
    return `compliance.evaluate-roadmap_${roadmapId}_${revision}`;
  }
  return outboxId;
}
