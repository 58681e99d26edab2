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
import { NotifyInvitationAcceptedHandler } from './modules/members/notify-invitation-accepted.handler';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { SendMailMessageHandler } from './modules/notifications/send-mail-message.handler';
import { DeleteEvidenceFileHandler } from './modules/roadmaps/delete-evidence-file.handler';
import { NotifyMentionsHandler } from './modules/roadmaps/notify-mentions.handler';
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
];

/**
 * Consumers of application transitions (notifications, SLA clocks, documents), called by TransitionRecordedHandler
 * for every `applications.transition-recorded` job; see docs/applications.md. Add a class here to register it.
 */
export const TRANSITION_EFFECT_HANDLER_CLASSES: Type<TransitionEffectHandler>[] = [];

/** The worker: the same feature modules, plus the outbox relay, BullMQ processors and schedulers. No HTTP. */
@Module({
  imports: [...FEATURE_MODULES, DiscoveryModule, NotificationsModule],
  providers: [QueueConnections, OutboxRelay, JobRegistry, WorkerRunner, ComplianceScheduler, ...JOB_HANDLERS, ...transitionEffectHandlerProviders(TRANSITION_EFFECT_HANDLER_CLASSES)],
})
export class WorkerModule {}
