import { Injectable, Logger } from '@nestjs/common';
import type { ReviewStage, TransitionEffect } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { OutboxPublisher } from '../../queue/outbox.publisher';
import {
  Application,
  Campaign,
  type ApplicationTransitionRecord,
} from '../applications/application.entities';
import type { TransitionEffectHandler } from '../applications/transition-effects';
import { Organization } from '../organizations/organization.entity';
import type { SlaClock } from './sla-clock.entity';
import { SlaClocksRepository } from './sla-clocks.repository';

/** Used when a campaign names no SLA for a stage (campaigns created before stages carried one). */
const DEFAULT_SLA_DAYS = 10;

type SlaEffect = Extract<TransitionEffect, { kind: 'start_sla' | 'pause_sla' | 'resume_sla' | 'stop_sla' }>;

/**
 * Applies a transition's SLA effects to the clocks in PostgreSQL, at the moment the transition happened (not when
 * the job runs, which may be later if Redis was down). Effects of a transition older than the last one applied to
 * the clock are ignored (jobs of one application can run out of order); re-applying the same transition changes
 * nothing. Starting or resuming a clock publishes `sla.check-clock`, which schedules its wake-ups.
 */
@Injectable()
export class SlaClocksEffect implements TransitionEffectHandler {
  private readonly logger = new Logger(SlaClocksEffect.name);

  constructor(
    private readonly clocks: SlaClocksRepository,
    private readonly outbox: OutboxPublisher,
  ) {}

  async handle(
    transition: ApplicationTransitionRecord,
    effects: readonly TransitionEffect[],
    manager: EntityManager,
  ): Promise<void> {
    for (const change of await this.applyAll(transition, effects, manager)) {
      this.logger.log({ applicationId: transition.applicationId, ...change }, 'SLA clock updated');
    }
  }

  /** Applies the SLA effects and returns what changed (the demo seed calls this without logging). */
  async applyAll(
    transition: ApplicationTransitionRecord,
    effects: readonly TransitionEffect[],
    manager: EntityManager,
  ): Promise<{ stage: ReviewStage; effect: SlaEffect['kind']; status: SlaClock['status'] | null }[]> {
    const sla = effects.filter((e): e is SlaEffect =>
      ['start_sla', 'pause_sla', 'resume_sla', 'stop_sla'].includes(e.kind),
    );
    const changes = [];
    for (const effect of sla) {
      const clock = await this.clocks.findForUpdate(manager, transition.applicationId, effect.stage);
      if (clock && clock.appliedRevision >= transition.applicationRevision) continue;
      const changed = await this.apply(manager, transition, effect, clock);
      if (changed?.status === 'running') {
        await this.outbox.publish(manager, 'sla.check-clock', { v: 1, clockId: changed.id });
      }
      changes.push({ stage: effect.stage, effect: effect.kind, status: changed?.status ?? null });
    }
    return changes;
  }

  private async apply(
    manager: EntityManager,
    transition: ApplicationTransitionRecord,
    effect: SlaEffect,
    clock: SlaClock | null,
  ): Promise<SlaClock | null> {
    const at = transition.occurredAt;
    const stamp = { lastTransitionId: transition.id, appliedRevision: transition.applicationRevision };
    const counted = (c: SlaClock) =>
      String(
        Number(c.elapsedMs) + (c.runningSince ? Math.max(0, at.getTime() - c.runningSince.getTime()) : 0),
      );

    if (!clock) {
      // Pausing, resuming or stopping a clock that never started: nothing to count.
      if (effect.kind !== 'start_sla' && effect.kind !== 'resume_sla') return null;
      return this.clocks.insert(manager, {
        ...(await this.placement(manager, transition.applicationId, effect.stage)),
        stage: effect.stage,
        status: 'running',
        startedAt: at,
        elapsedMs: '0',
        runningSince: at,
        ...stamp,
      });
    }
    let changes: Partial<SlaClock>;
    switch (effect.kind) {
      case 'start_sla':
      case 'resume_sla':
        // Resuming moves the due date: the reminder is due again (it names the new date).
        changes =
          clock.status === 'running'
            ? {}
            : { status: 'running', runningSince: at, stoppedAt: null, reminderSentAt: null };
        break;
      case 'pause_sla':
        changes =
          clock.status === 'running'
            ? { status: 'paused', elapsedMs: counted(clock), runningSince: null, pausedAt: at }
            : {};
        break;
      case 'stop_sla':
        changes =
          clock.status === 'stopped'
            ? {}
            : { status: 'stopped', elapsedMs: counted(clock), runningSince: null, stoppedAt: at };
        break;
    }
    await this.clocks.update(manager, clock.id, { ...changes, ...stamp });
    return { ...clock, ...changes, ...stamp };
  }

  private async placement(manager: EntityManager, applicationId: string, stage: ReviewStage) {
    const application = await manager.getRepository(Application).findOneByOrFail({ id: applicationId });
    const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
    const municipality = await manager
      .getRepository(Organization)
      .findOneByOrFail({ id: application.municipalityId });
    return {
      applicationId,
      municipalityId: municipality.id,
      regionId: municipality.parentId,
      slaDays: campaign.stages.find((s) => s.stage === stage)?.slaDays ?? DEFAULT_SLA_DAYS,
    };
  }
}
