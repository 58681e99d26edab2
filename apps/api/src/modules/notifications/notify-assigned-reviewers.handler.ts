import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads, ReviewerAssignedNotificationParams } from '@smartcity/contracts';
import { DataSource, In } from 'typeorm';

import { HandlesJob, type JobHandler } from '../../queue/job-handler';
import { ApplicationReviewer } from '../applications/application.entities';
import { ApplicationAudience } from './application-audience';
import { ApplicationNotifier } from './application-notifier';

/**
 * Tells the people a programme coordinator added to a stage's reviewers (`application-reviewer-assigned`, in the
 * app and by e-mail, by each person's preferences and language). Only people still assigned are told. Each delivery
 * is keyed `reviewer-assigned:<application>:<stage>:<assignment time>:<user id>:<channel>` (UNIQUE), so a job
 * delivered twice tells nobody twice, while someone removed and assigned again later hears of the new assignment.
 */
@Injectable()
@HandlesJob('applications.notify-assigned-reviewers')
export class NotifyAssignedReviewersHandler implements JobHandler<'applications.notify-assigned-reviewers'> {
  private readonly logger = new Logger(NotifyAssignedReviewersHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audience: ApplicationAudience,
    private readonly notifier: ApplicationNotifier,
  ) {}

  async handle({
    applicationId,
    stage,
    userIds,
    assignedBy,
  }: JobPayloads['applications.notify-assigned-reviewers']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const facts = await this.audience.facts(manager, applicationId);
      // The application is gone (deleted with its municipality's data): nobody is left to review it.
      if (!facts || userIds.length === 0) return;
      const rows = await manager
        .getRepository(ApplicationReviewer)
        .findBy({ applicationId, stage, userId: In(userIds) });
      const params: ReviewerAssignedNotificationParams = {
        applicationId,
        campaignTitle: facts.campaignTitle,
        municipalityRu: facts.municipality.nameRu,
        municipalityEn: facts.municipality.nameEn,
        stage,
        actor: await this.audience.displayName(manager, assignedBy),
      };
      const link = `/organizations/${facts.municipality.id}/applications/${applicationId}`;
      const total = { inApp: 0, email: 0 };
      for (const row of rows) {
        const count = await this.notifier.deliver(manager, {
          kind: 'application-reviewer-assigned',
          userIds: [row.userId],
          params,
          link,
          keyPrefix: `reviewer-assigned:${applicationId}:${stage}:${row.assignedAt.getTime()}`,
        });
        total.inApp += count.inApp;
        total.email += count.email;
      }
      this.logger.log(
        { applicationId, stage, reviewers: rows.length, ...total },
        'Assigned reviewers notified',
      );
    });
  }
}
