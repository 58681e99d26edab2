import { Inject, Injectable, Logger, type Provider, type Type } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';
import type { TransitionEffect } from '@smartcity/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { HandlesJob, PermanentJobError, type JobHandler } from '../../queue/job-handler';
import { ApplicationTransitionRecord } from './application.entities';

/**
 * The contract between the applications module and the worker-side consumers of transitions (notifications, SLA
 * clocks, documents — issue 6, engineer B). See docs/applications.md § Transition effects.
 *
 * Every transition writes one `application_transitions` row (with its effects as data) and, in the same
 * transaction, the outbox job `applications.transition-recorded { transitionId }`. The worker runs
 * `TransitionRecordedHandler`, which loads the row and calls every registered `TransitionEffectHandler` with the
 * row, its effects and one EntityManager (one transaction for all handlers: if any throws, everything rolls back
 * and BullMQ retries the whole job). Handlers act on the effect kinds they own, ignore the rest, and must be
 * idempotent per (transition id, effect), e.g. with a unique delivery key.
 */
export interface TransitionEffectHandler {
  handle(
    transition: ApplicationTransitionRecord,
    effects: readonly TransitionEffect[],
    manager: EntityManager,
  ): Promise<void>;
}

/** Injection token: the array of registered effect handlers. Provide it with `transitionEffectHandlerProviders`. */
export const TRANSITION_EFFECT_HANDLERS = Symbol('TRANSITION_EFFECT_HANDLERS');

/**
 * Providers registering `classes` as the effect handlers (Nest has no multi-providers: the token is one factory
 * over the listed classes). The worker module passes its list; add a class there to register it.
 */
export function transitionEffectHandlerProviders(
  classes: readonly Type<TransitionEffectHandler>[],
): Provider[] {
  return [
    ...classes,
    {
      provide: TRANSITION_EFFECT_HANDLERS,
      inject: [...classes],
      useFactory: (...handlers: TransitionEffectHandler[]) => handlers,
    },
  ];
}

/** Fans one recorded transition out to every effect handler. */
@Injectable()
@HandlesJob('applications.transition-recorded')
export class TransitionRecordedHandler implements JobHandler<'applications.transition-recorded'> {
  private readonly logger = new Logger(TransitionRecordedHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(TRANSITION_EFFECT_HANDLERS) private readonly handlers: TransitionEffectHandler[],
  ) {}

  async handle({ transitionId }: JobPayloads['applications.transition-recorded']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const transition = await manager
        .getRepository(ApplicationTransitionRecord)
        .findOneBy({ id: transitionId });
      // Transitions are append-only, so a missing row means the payload is wrong: retrying cannot help.
      if (!transition) throw new PermanentJobError(`Application transition ${transitionId} does not exist`);
      for (const handler of this.handlers) {
        await handler.handle(transition, transition.effects, manager);
      }
      this.logger.log({
        msg: 'application transition effects applied',
        transitionId,
        applicationId: transition.applicationId,
        transition: transition.transition,
        handlers: this.handlers.length,
      });
    });
  }
}
