import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';
import { DataSource } from 'typeorm';

import { HandlesJob, PermanentJobError, type JobHandler } from '../../queue/job-handler';
import { User } from '../identity/user.entity';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { RoadmapComment, RoadmapItem } from './roadmap-parts.entity';
import { Roadmap } from './roadmap.entity';

const EXCERPT_LENGTH = 160;

/** Turns `@[name](id)` mention markup into plain names for the notification excerpt. */
const plainText = (body: string) => body.replace(/@\[([^\]\n]{1,120})\]\([0-9a-fA-F-]{36}\)/g, '@$1');

/**
 * Notifies each person mentioned in a roadmap comment, in the app. The delivery key is (comment, recipient), so a
 * job delivered twice notifies once.
 */
@Injectable()
@HandlesJob('roadmaps.notify-mentions')
export class NotifyMentionsHandler implements JobHandler<'roadmaps.notify-mentions'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {}

  async handle({ commentId }: JobPayloads['roadmaps.notify-mentions']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const comment = await manager.getRepository(RoadmapComment).findOneBy({ id: commentId });
      // The roadmap (and with it the comment) may have been deleted since: nothing left to tell.
      if (!comment) throw new PermanentJobError(`Comment ${commentId} no longer exists`);
      const roadmap = await manager.getRepository(Roadmap).findOneByOrFail({ id: comment.roadmapId });
      const author = await manager.getRepository(User).findOneByOrFail({ id: comment.authorId });
      const item = comment.itemId
        ? await manager.getRepository(RoadmapItem).findOneBy({ id: comment.itemId })
        : null;
      const text = plainText(comment.body);
      const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
      const link = `/organizations/${roadmap.municipalityId}/roadmaps/${roadmap.id}${item ? `/items/${item.id}` : ''}#comment-${comment.id}`;
      for (const userId of comment.mentionedUserIds) {
        await this.notifications.insertOnce(manager, {
          userId,
          kind: 'roadmap-mention',
          params: {
            author: author.displayName,
            roadmapTitle: roadmap.title,
            itemTitle: item?.title ?? null,
            excerpt,
          },
          link,
          deliveryKey: `roadmap-mention:${comment.id}:${userId}`,
        });
      }
    });
  }
}
