import { Injectable, Logger } from '@nestjs/common';
import type { ApplicationNotificationParams } from '@smartcity/contracts';
import type { NotificationAudience, TransitionEffect } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import type { ApplicationTransitionRecord } from '../applications/application.entities';
import type { TransitionEffectHandler } from '../applications/transition-effects';
import { ApplicationAudience } from './application-audience';
import { ApplicationNotifier } from './application-notifier';

/**
 * People told of an outcome (the applicant, the region) get `application-decision`; people whose turn it is
 * (reviewers, the coordinators who prepare the agreement) get `application-action-required`.
 */
const KIND_BY_AUDIENCE: Record<NotificationAudience, 'application-decision' | 'application-action-required'> =
  {
    municipal_leads: 'application-decision',
    regional_coordinators: 'application-decision',
    stage_reviewers: 'application-action-required',
    programme_coordinators: 'application-action-required',
  };

/**
 * The `notify` effects of a transition: one in-app notification and one e-mail per recipient and channel, keyed
 * `transition:<transition id>:<user id>:<channel>` (UNIQUE), so a redelivered job notifies nobody twice and a
 * person in two audiences of the same transition hears once. The person who took the transition is not told.
 */
@Injectable()
export class TransitionNotificationsEffect implements TransitionEffectHandler {
  private readonly logger = new Logger(TransitionNotificationsEffect.name);

  constructor(
    private readonly audience: ApplicationAudience,
    private readonly notifier: ApplicationNotifier,
  ) {}

  async handle(
    transition: ApplicationTransitionRecord,
    effects: readonly TransitionEffect[],
    manager: EntityManager,
  ): Promise<void> {
    const notify = effects.filter((e) => e.kind === 'notify');
    if (notify.length === 0) return;
    const facts = await this.audience.facts(manager, transition.applicationId);
    if (!facts) return;
    const params: ApplicationNotificationParams = {
      applicationId: facts.application.id,
      campaignTitle: facts.campaignTitle,
      municipalityRu: facts.municipality.nameRu,
      municipalityEn: facts.municipality.nameEn,
      fromStatus: transition.fromStatus,
      toStatus: transition.toStatus,
      actor: await this.audience.displayName(manager, transition.actorUserId),
      reason: transition.reasons.length > 0 ? transition.reasons.join('; ') : null,
    };
    const link = `/organizations/${facts.municipality.id}/applications/${facts.application.id}`;
    const told = new Set<string>(transition.actorUserId ? [transition.actorUserId] : []);
    const total = { inApp: 0, email: 0 };
    for (const effect of notify) {
      const userIds = (await this.audience.userIds(manager, facts, effect.audience, effect.stage)).filter(
        (id) => !told.has(id),
      );
      userIds.forEach((id) => told.add(id));
      const count = await this.notifier.deliver(manager, {
        kind: KIND_BY_AUDIENCE[effect.audience],
        userIds,
        params,
        link,
        keyPrefix: `transition:${transition.id}`,
      });
      total.inApp += count.inApp;
      total.email += count.email;
    }
    this.logger.log({ transitionId: transition.id, ...total }, 'Transition notifications delivered');
  }
}
