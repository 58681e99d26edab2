import type { Locale, NotificationParams, NotificationResponse } from '@smartcity/contracts';
import { APPLICATION_STATUSES, REVIEW_STAGES, ROLES } from '@smartcity/domain';
import type { ApplicationStatus, ReviewStage, Role } from '@smartcity/domain';

import { quoted } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/i18n';

function isRole(value: string | undefined): value is Role {
  return value !== undefined && (ROLES as readonly string[]).includes(value);
}

function isApplicationStatus(value: string | undefined): value is ApplicationStatus {
  return value !== undefined && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

function isReviewStage(value: string | undefined): value is ReviewStage {
  return value !== undefined && (REVIEW_STAGES as readonly string[]).includes(value);
}

/** `2019-07-01T10:00:00.000Z` → `2019-07-01 10:00` (UTC), as the e-mails write it. */
const shortDate = (iso: string | undefined) => (iso ?? '').slice(0, 16).replace('T', ' ');

/** The sentence for a notification in the interface language, from its `kind` and `params`. */
export function notificationText(t: Translate, locale: Locale, notification: NotificationResponse): string {
  switch (notification.kind) {
    case 'invitation-accepted': {
      // Stored params of older rows may miss a field: read them defensively.
      const p = notification.params as Partial<NotificationParams['invitation-accepted']>;
      return t('notification.invitation-accepted', {
        invitee: p.invitee ?? p.email ?? '',
        email: p.email ?? '',
        organization: quoted(
          locale,
          (locale === 'en' ? p.organizationEn : p.organizationRu) ?? p.organizationRu ?? '',
        ),
        role: isRole(p.role) ? t(`role.${p.role}`) : (p.role ?? ''),
      });
    }
    case 'roadmap-mention': {
      const p = notification.params as Partial<NotificationParams['roadmap-mention']>;
      const roadmap = quoted(locale, p.roadmapTitle ?? '');
      return p.itemTitle
        ? t('notification.roadmap-mention-item', {
            author: p.author ?? '',
            roadmap,
            item: quoted(locale, p.itemTitle),
            excerpt: p.excerpt ?? '',
          })
        : t('notification.roadmap-mention', { author: p.author ?? '', roadmap, excerpt: p.excerpt ?? '' });
    }
    case 'application-action-required':
    case 'application-decision': {
      const p = notification.params as Partial<NotificationParams['application-decision']>;
      const args = {
        municipality: (locale === 'en' ? p.municipalityEn : p.municipalityRu) ?? p.municipalityRu ?? '',
        campaign: quoted(locale, p.campaignTitle ?? ''),
        status: isApplicationStatus(p.toStatus)
          ? t(`notification.applicationStatus.${p.toStatus}`)
          : (p.toStatus ?? ''),
      };
      if (notification.kind === 'application-action-required') {
        return t('notification.application-action-required', args);
      }
      return p.reason
        ? t('notification.application-decision-reason', { ...args, reason: p.reason })
        : t('notification.application-decision', args);
    }
    case 'sla-reminder':
    case 'sla-overdue': {
      const p = notification.params as Partial<
        NotificationParams['sla-reminder'] & NotificationParams['sla-overdue']
      >;
      const args = {
        stage: isReviewStage(p.stage) ? t(`notification.reviewStage.${p.stage}`) : (p.stage ?? ''),
        municipality: (locale === 'en' ? p.municipalityEn : p.municipalityRu) ?? p.municipalityRu ?? '',
        due: shortDate(p.dueAt),
      };
      return notification.kind === 'sla-reminder'
        ? t('notification.sla-reminder', { ...args, days: p.daysLeft ?? 0 })
        : t('notification.sla-overdue', { ...args, days: p.daysOverdue ?? 0 });
    }
    case 'application-reviewer-assigned': {
      const p = notification.params as Partial<NotificationParams['application-reviewer-assigned']>;
      const args = {
        stage: isReviewStage(p.stage) ? t(`notification.reviewStage.${p.stage}`) : (p.stage ?? ''),
        municipality: (locale === 'en' ? p.municipalityEn : p.municipalityRu) ?? p.municipalityRu ?? '',
        campaign: quoted(locale, p.campaignTitle ?? ''),
      };
      return p.actor
        ? t('notification.application-reviewer-assigned', { ...args, actor: p.actor })
        : t('notification.application-reviewer-assigned-system', args);
    }
    default:
      // A kind added by a newer API than this bundle knows.
      return t('notification.unknown');
  }
}
