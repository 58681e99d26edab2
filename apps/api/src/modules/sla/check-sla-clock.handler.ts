import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads, SlaNotificationParams } from '@smartcity/contracts';
import { DataSource } from 'typeorm';

import { EnvConfig } from '../../config/env.config';
import { HandlesJob, type JobHandler } from '../../queue/job-handler';
import { ApplicationAudience } from '../notifications/application-audience';
import { ApplicationNotifier } from '../notifications/application-notifier';
import { Clock } from './clock';
import { DAY_MS, dueAt, remainingMsAt, wakeUp } from './sla-clock-math';
import { clockState, SlaClocksRepository } from './sla-clocks.repository';
import { SlaScheduler } from './sla-scheduler';

/**
 * A clock's wake-up: re-reads the clock under a row lock and does what is due now — remind the stage's reviewers
 * `SLA_REMINDER_DAYS` before the due date (once per running spell), or escalate once it has passed (mark overdue; tell the programme
 * coordinators, the region's coordinators and the reviewers) — then schedules the next wake-up. Reminder and
 * escalation are recorded on the clock and keyed per (clock, recipient, channel), so repeated wake-ups notify once.
 */
@Injectable()
@HandlesJob('sla.check-clock')
export class CheckSlaClockHandler implements JobHandler<'sla.check-clock'> {
  private readonly logger = new Logger(CheckSlaClockHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clocks: SlaClocksRepository,
    private readonly audience: ApplicationAudience,
    private readonly notifier: ApplicationNotifier,
    private readonly scheduler: SlaScheduler,
    private readonly clock: Clock,
    private readonly config: EnvConfig,
  ) {}

  async handle({ clockId }: JobPayloads['sla.check-clock']): Promise<void> {
    const next = await this.dataSource.transaction(async (manager) => {
      const clock = await this.clocks.findByIdForUpdate(manager, clockId);
      // A clock is never deleted while its application exists; a missing one went with its application.
      if (!clock) return null;
      const now = this.clock.now();
      const state = clockState(clock);
      const { actions, nextWakeAt } = wakeUp(state, now, this.config.SLA_REMINDER_DAYS);
      if (actions.length === 0) return nextWakeAt;
      const facts = await this.audience.facts(manager, clock.applicationId);
      if (!facts) return null;
      const base: SlaNotificationParams = {
        applicationId: clock.applicationId,
        campaignTitle: facts.campaignTitle,
        municipalityRu: facts.municipality.nameRu,
        municipalityEn: facts.municipality.nameEn,
        stage: clock.stage,
        dueAt: (dueAt(state, now) ?? now).toISOString(),
      };
      const link = `/organizations/${clock.municipalityId}/applications/${clock.applicationId}`;
      const reviewers = await this.audience.userIds(manager, facts, 'stage_reviewers', clock.stage);
      const remaining = remainingMsAt(state, now);
      if (actions.includes('remind')) {
        const count = await this.notifier.deliver(manager, {
          kind: 'sla-reminder',
          userIds: reviewers,
          params: { ...base, daysLeft: Math.max(0, Math.ceil(remaining / DAY_MS)) },
          link,
          // One reminder per running spell: a resumed clock (new applied revision) is reminded of its new date.
          keyPrefix: `sla-reminder:${clock.id}:${clock.appliedRevision}`,
        });
        await this.clocks.update(manager, clock.id, { reminderSentAt: now });
        this.logger.log({ clockId, stage: clock.stage, ...count }, 'SLA reminder sent');
      }
      if (actions.includes('escalate')) {
        const coordinators = await this.audience.userIds(manager, facts, 'programme_coordinators', null);
        const regional =
          clock.stage === 'regional'
            ? await this.audience.userIds(manager, facts, 'regional_coordinators', null)
            : [];
        const count = await this.notifier.deliver(manager, {
          kind: 'sla-overdue',
          userIds: [...coordinators, ...regional, ...reviewers],
          params: { ...base, daysOverdue: Math.floor(-remaining / DAY_MS) },
          link,
          keyPrefix: `sla-overdue:${clock.id}`,
        });
        await this.clocks.update(manager, clock.id, { overdueAt: now });
        this.logger.warn({ clockId, stage: clock.stage, ...count }, 'SLA missed: escalated');
      }
      return nextWakeAt;
    });
    if (next) await this.scheduler.schedule(clockId, next);
  }
}
