import { Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { FEATURE_MODULES } from './app.module';
import {
  TransitionRecordedHandler,
  transitionEffectHandlerProviders,
  type TransitionEffectHandler,
} from './modules/applications/transition-effects';
import { RunCatalogueImportHandler } from './modules/catalogue/run-catalogue-import.handler';
import { ComplianceScheduler } from './modules/compliance/compliance-scheduler';
import { EvaluateRoadmapHandler } from './modules/compliance/jobs/evaluate-roadmap.handler';
import { RecomputeFrameworkHandler } from './modules/compliance/jobs/recompute-framework.handler';
import { RunComplianceRecomputeHandler } from './modules/compliance/jobs/run-compliance-recompute.handler';
import { SnapshotDailyScoresHandler } from './modules/compliance/jobs/snapshot-daily-scores.handler';
import { DocumentsEffect } from './modules/documents/documents.effect';
import { DocumentsSweeper } from './modules/documents/documents-sweeper';
import { RenderDocumentHandler } from './modules/documents/render-document.handler';
import { NotifyInvitationAcceptedHandler } from './modules/members/notify-invitation-accepted.handler';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { NotifyAssignedReviewersHandler } from './modules/notifications/notify-assigned-reviewers.handler';
import { SendMailMessageHandler } from './modules/notifications/send-mail-message.handler';
import { TransitionNotificationsEffect } from './modules/notifications/transition-notifications.effect';
import { DeleteEvidenceFileHandler } from './modules/roadmaps/delete-evidence-file.handler';
import { NotifyMentionsHandler } from './modules/roadmaps/notify-mentions.handler';
import { CheckSlaClockHandler } from './modules/sla/check-sla-clock.handler';
import { SlaClocksEffect } from './modules/sla/sla-clocks.effect';
import { SlaScheduler } from './modules/sla/sla-scheduler';
import { JobRegistry } from './queue/job-registry.service';
import { OutboxRelay } from './queue/outbox-relay.service';
import { QueueConnections } from './queue/queue-connections';
import { WorkerRunner } from './queue/worker-runner.service';

/** Job handlers, one per job name in contracts' JOB_DEFINITIONS (checked at boot). */
export const JOB_HANDLERS = [
  SendMailMessageHandler,
  NotifyInvitationAcceptedHandler,
  NotifyMentionsHandler,
  DeleteEvidenceFileHandler,
  RunCatalogueImportHandler,
  EvaluateRoadmapHandler,
  RunComplianceRecomputeHandler,
  RecomputeFrameworkHandler,
  SnapshotDailyScoresHandler,
  TransitionRecordedHandler,
  NotifyAssignedReviewersHandler,
  RenderDocumentHandler,
  CheckSlaClockHandler,
];

/**
 * Consumers of application transitions (notifications, SLA clocks, documents), called by TransitionRecordedHandler
 * for every `applications.transition-recorded` job; see docs/applications.md. Add a class here to register it.
 */
export const TRANSITION_EFFECT_HANDLER_CLASSES: Type<TransitionEffectHandler>[] = [
  TransitionNotificationsEffect,
  SlaClocksEffect,
  DocumentsEffect,
];

/** The worker: the same feature modules, plus the outbox relay, BullMQ processors and schedulers. No HTTP. */
@Module({
  imports: [...FEATURE_MODULES, DiscoveryModule, NotificationsModule],
  providers: [
    QueueConnections,
    OutboxRelay,
    JobRegistry,
    WorkerRunner,
    // Schedulers (repeatable jobs), registered at worker boot.
    ComplianceScheduler,
    SlaScheduler,
    DocumentsSweeper,
    ...JOB_HANDLERS,
    ...transitionEffectHandlerProviders(TRANSITION_EFFECT_HANDLER_CLASSES),
  ],
})
export class WorkerModule {}
