import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';
import { DataSource } from 'typeorm';

import { EnvConfig } from '../../config/env.config';
import { HandlesJob, PermanentJobError, type JobHandler } from '../../queue/job-handler';
import { User } from '../identity/user.entity';
import { MailDeliveryService } from '../notifications/mail-delivery.service';
import { invitationAcceptedMail } from '../notifications/mail-templates';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { Organization } from '../organizations/organization.entity';
import { Invitation } from './invitation.entity';

/**
 * Tells the inviter that their invitation was accepted: one in-app notification and one e-mail. Both are keyed
 * by the invitation id, so a job delivered twice (relay retry, worker crash) notifies once.
 */
@Injectable()
@HandlesJob('invitations.notify-accepted')
export class NotifyInvitationAcceptedHandler implements JobHandler<'invitations.notify-accepted'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly delivery: MailDeliveryService,
    private readonly config: EnvConfig,
  ) {}

  async handle({ invitationId }: JobPayloads['invitations.notify-accepted']): Promise<void> {
    const messageId = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOneBy({ id: invitationId });
      if (!invitation?.acceptedBy) throw new PermanentJobError(`Invitation ${invitationId} is not accepted`);
      // One connection per transaction: queries run one after another.
      const inviter = await manager.getRepository(User).findOneByOrFail({ id: invitation.invitedBy });
      const invitee = await manager.getRepository(User).findOneByOrFail({ id: invitation.acceptedBy });
      const organization = await manager
        .getRepository(Organization)
        .findOneByOrFail({ id: invitation.organizationId });
      const link = `/organizations/${organization.id}/members`;
      const key = `invitation-accepted:${invitation.id}:${inviter.id}`;
      await this.notifications.insertOnce(manager, {
        userId: inviter.id,
        kind: 'invitation-accepted',
        params: {
          invitee: invitee.displayName,
          email: invitee.email,
          organizationRu: organization.nameRu,
          organizationEn: organization.nameEn,
          role: invitation.role,
        },
        link,
        deliveryKey: key,
      });
      return this.notifications.composeMail(
        manager,
        key,
        inviter.email,
        invitationAcceptedMail({
          invitee: invitee.displayName,
          organizationRu: organization.nameRu,
          organizationEn: organization.nameEn,
          role: invitation.role,
          link: `${this.config.PUBLIC_WEB_URL}${link}`,
        }),
        this.config.MAIL_TRANSPORT,
      );
    });
    await this.delivery.deliver(messageId);
  }
}
