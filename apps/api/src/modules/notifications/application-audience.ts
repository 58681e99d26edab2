import { Injectable } from '@nestjs/common';
import type { NotificationAudience, ReviewStage } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { Application, ApplicationReviewer, Campaign } from '../applications/application.entities';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';

/** What a notification about an application names, loaded once per event. */
export type ApplicationFacts = {
  application: Application;
  campaignTitle: string;
  municipality: Organization;
};

/**
 * Resolves a workflow audience (libs/domain NOTIFICATION_AUDIENCES) to user ids at the time of delivery: the
 * memberships and reviewer assignments as they are now, not when the transition was decided.
 */
@Injectable()
export class ApplicationAudience {
  async facts(manager: EntityManager, applicationId: string): Promise<ApplicationFacts | null> {
    const application = await manager.getRepository(Application).findOneBy({ id: applicationId });
    if (!application) return null;
    const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
    const municipality = await manager
      .getRepository(Organization)
      .findOneByOrFail({ id: application.municipalityId });
    return { application, campaignTitle: campaign.title, municipality };
  }

  async userIds(
    manager: EntityManager,
    facts: ApplicationFacts,
    audience: NotificationAudience,
    stage: ReviewStage | null,
  ): Promise<string[]> {
    switch (audience) {
      case 'municipal_leads':
        return this.members(manager, [facts.municipality.id], 'municipal_lead');
      case 'regional_coordinators':
        return facts.municipality.parentId
          ? this.members(manager, [facts.municipality.parentId], 'regional_coordinator')
          : [];
      case 'programme_coordinators': {
        const ministries = await manager.getRepository(Organization).findBy({ kind: 'ministry' });
        return this.members(
          manager,
          ministries.map((m) => m.id),
          'programme_coordinator',
        );
      }
      case 'stage_reviewers': {
        if (!stage) return [];
        const rows = await manager
          .getRepository(ApplicationReviewer)
          .findBy({ applicationId: facts.application.id, stage });
        return rows.map((r) => r.userId);
      }
    }
  }

  async displayName(manager: EntityManager, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    return (await manager.getRepository(User).findOneBy({ id: userId }))?.displayName ?? null;
  }

  private async members(
    manager: EntityManager,
    organizationIds: string[],
    role: Membership['role'],
  ): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await manager
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select('DISTINCT m.user_id', 'userId')
      .where('m.organization_id IN (:...organizationIds)', { organizationIds })
      .andWhere('m.role = :role', { role })
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }
}
