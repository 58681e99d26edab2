import type {
  ApplicationNotificationParams,
  Locale,
  NotificationParams,
  ReviewerAssignedNotificationParams,
  SlaNotificationParams,
} from '@smartcity/contracts';

import type { ComposedMail } from './mail-templates';

/**
 * E-mails about pilot applications, in the recipient's language (users.locale). The in-app notification carries
 * the same facts as params and the web renders them in the reader's language.
 */
const STATUS: Record<Locale, Record<string, string>> = {
  ru: {
    draft: 'черновик',
    submitted: 'подана',
    regional_review: 'на региональной экспертизе',
    ministry_review: 'на экспертизе министерства',
    changes_requested: 'возвращена на доработку',
    resubmitted: 'подана повторно',
    approved: 'одобрена',
    rejected: 'отклонена',
    withdrawn: 'отозвана',
    agreement_signed: 'соглашение подписано',
  },
  en: {
    draft: 'draft',
    submitted: 'submitted',
    regional_review: 'in regional review',
    ministry_review: 'in ministry review',
    changes_requested: 'returned for changes',
    resubmitted: 'resubmitted',
    approved: 'approved',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
    agreement_signed: 'agreement signed',
  },
};

const STAGE: Record<Locale, Record<string, string>> = {
  ru: { regional: 'региональная экспертиза', ministry: 'экспертиза министерства' },
  en: { regional: 'regional review', ministry: 'ministry review' },
};

const municipality = (locale: Locale, p: { municipalityRu: string; municipalityEn: string }) =>
  locale === 'en' ? p.municipalityEn : p.municipalityRu;

function transitionMail(
  locale: Locale,
  p: ApplicationNotificationParams,
  link: string,
  actionRequired: boolean,
): ComposedMail {
  const status = STATUS[locale][p.toStatus] ?? p.toStatus;
  const city = municipality(locale, p);
  if (locale === 'en') {
    return {
      subject: `Application of ${city}: ${status}`,
      text: [
        `The application of ${city} to “${p.campaignTitle}” is now ${status}.`,
        p.actor ? `By: ${p.actor}.` : '',
        p.reason ? `Reason: ${p.reason}` : '',
        actionRequired ? 'It is your turn to act on it.' : '',
        `Open the application: ${link}`,
      ]
        .filter(Boolean)
        .join('\n'),
    };
  }
  return {
    subject: `Заявка: ${city} — ${status}`,
    text: [
      `Заявка муниципального образования ${city} на отбор «${p.campaignTitle}»: ${status}.`,
      p.actor ? `Кто: ${p.actor}.` : '',
      p.reason ? `Основание: ${p.reason}` : '',
      actionRequired ? 'Следующий шаг за вами.' : '',
      `Открыть заявку: ${link}`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

function slaMail(
  locale: Locale,
  p: SlaNotificationParams,
  link: string,
  days: number,
  overdue: boolean,
): ComposedMail {
  const city = municipality(locale, p);
  const stage = STAGE[locale][p.stage] ?? p.stage;
  const due = p.dueAt.slice(0, 16).replace('T', ' ');
  if (locale === 'en') {
    return {
      subject: overdue
        ? `Overdue: ${stage} of ${city} (${days} d)`
        : `Reminder: ${stage} of ${city} is due in ${days} d`,
      text: [
        overdue
          ? `The ${stage} of the application of ${city} (“${p.campaignTitle}”) was due ${due} UTC and is ${days} day(s) overdue.`
          : `The ${stage} of the application of ${city} (“${p.campaignTitle}”) is due ${due} UTC (${days} day(s) left).`,
        `Open the application: ${link}`,
      ].join('\n'),
    };
  }
  return {
    subject: overdue
      ? `Просрочено: ${stage}, ${city} (${days} дн.)`
      : `Напоминание: ${stage}, ${city} — осталось ${days} дн.`,
    text: [
      overdue
        ? `Срок этапа «${stage}» по заявке ${city} (отбор «${p.campaignTitle}») истёк ${due} UTC; просрочка ${days} дн.`
        : `Срок этапа «${stage}» по заявке ${city} (отбор «${p.campaignTitle}») — ${due} UTC; осталось ${days} дн.`,
      `Открыть заявку: ${link}`,
    ].join('\n'),
  };
}

function reviewerAssignedMail(
  locale: Locale,
  p: ReviewerAssignedNotificationParams,
  link: string,
): ComposedMail {
  const city = municipality(locale, p);
  const stage = STAGE[locale][p.stage] ?? p.stage;
  if (locale === 'en') {
    return {
      subject: `You are a reviewer of the application of ${city} (${stage})`,
      text: [
        `You are now a reviewer of the application of ${city} to “${p.campaignTitle}” (${stage}).`,
        p.actor ? `Assigned by: ${p.actor}.` : '',
        `Open the application: ${link}`,
      ]
        .filter(Boolean)
        .join('\n'),
    };
  }
  return {
    subject: `Вы назначены экспертом: ${city} (${stage})`,
    text: [
      `Вы назначены экспертом по заявке муниципального образования ${city} на отбор «${p.campaignTitle}» (${stage}).`,
      p.actor ? `Назначил(а): ${p.actor}.` : '',
      `Открыть заявку: ${link}`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

export type ApplicationMailKind =
  | 'application-action-required'
  | 'application-decision'
  | 'sla-reminder'
  | 'sla-overdue'
  | 'application-reviewer-assigned';

/** The e-mail for an application notification, in `locale`. */
export function applicationMail<K extends ApplicationMailKind>(
  kind: K,
  locale: Locale,
  params: NotificationParams[K],
  link: string,
): ComposedMail {
  switch (kind) {
    case 'application-action-required':
      return transitionMail(locale, params as ApplicationNotificationParams, link, true);
    case 'application-decision':
      return transitionMail(locale, params as ApplicationNotificationParams, link, false);
    case 'sla-reminder': {
      const p = params as NotificationParams['sla-reminder'];
      return slaMail(locale, p, link, p.daysLeft, false);
    }
    case 'sla-overdue': {
      const p = params as NotificationParams['sla-overdue'];
      return slaMail(locale, p, link, p.daysOverdue, true);
    }
    case 'application-reviewer-assigned':
      return reviewerAssignedMail(locale, params as ReviewerAssignedNotificationParams, link);
  }
  throw new Error(`Unknown application mail kind ${String(kind)}`);
}
