import type { NotificationResponse } from '@smartcity/contracts';

import { createTranslate } from '../../../i18n/i18n';
import { notificationText } from './notification-text';

const base = {
  applicationId: '3c6f0e4e-4f7c-4d0a-9a44-0c3b0f7b1a01',
  campaignTitle: 'Пилотный отбор 2019',
  municipalityRu: 'Кострома',
  municipalityEn: 'Kostroma',
};

const notification = (kind: NotificationResponse['kind'], params: object): NotificationResponse => ({
  id: 'c1d7a8d0-6a3e-4c5b-9d1e-2f3a4b5c6d7e',
  kind,
  params: params as NotificationResponse['params'],
  link: null,
  createdAt: '2026-11-22T08:00:00.000Z',
  readAt: null,
});

describe(notificationText.name, () => {
  it('says which application changed, its new status and the reason, in the reader’s language', () => {
    const decision = notification('application-decision', {
      ...base,
      fromStatus: 'ministry_review',
      toStatus: 'changes_requested',
      actor: 'Анна Петрова',
      reason: 'Бюджет не обоснован',
    });

    expect(notificationText(createTranslate('ru'), 'ru', decision)).toBe(
      'Заявка Кострома на отбор «Пилотный отбор 2019»: возвращена на доработку. Основание: Бюджет не обоснован',
    );
    expect(notificationText(createTranslate('en'), 'en', decision)).toBe(
      'The application of Kostroma to “Пилотный отбор 2019” is returned for changes. Reason: Бюджет не обоснован',
    );
  });

  it('tells a reviewer it is their turn', () => {
    const action = notification('application-action-required', {
      ...base,
      fromStatus: 'submitted',
      toStatus: 'regional_review',
      actor: null,
      reason: null,
    });

    expect(notificationText(createTranslate('ru'), 'ru', action)).toBe(
      'Заявка Кострома на отбор «Пилотный отбор 2019»: на региональной экспертизе. Следующий шаг за вами.',
    );
  });

  it('names the stage, the due date and the days for SLA reminders and escalations', () => {
    const sla = { ...base, stage: 'ministry', dueAt: '2019-07-15T09:00:00.000Z' };

    expect(
      notificationText(createTranslate('ru'), 'ru', notification('sla-reminder', { ...sla, daysLeft: 2 })),
    ).toBe('Срок этапа «экспертиза министерства» по заявке Кострома — 2019-07-15 09:00; осталось дней: 2.');
    expect(
      notificationText(createTranslate('en'), 'en', notification('sla-overdue', { ...sla, daysOverdue: 3 })),
    ).toBe('The ministry review of the application of Kostroma was due 2019-07-15 09:00; days overdue: 3.');
  });

  it('tells a person they were assigned to review a stage, and by whom', () => {
    const assigned = notification('application-reviewer-assigned', {
      ...base,
      stage: 'regional',
      actor: 'Олег Координатов',
    });
    const unsigned = notification('application-reviewer-assigned', {
      ...base,
      stage: 'ministry',
      actor: null,
    });

    expect(notificationText(createTranslate('ru'), 'ru', assigned)).toBe(
      'Вас назначили экспертом по заявке Кострома на отбор «Пилотный отбор 2019» (региональная экспертиза). Назначил(а): Олег Координатов.',
    );
    expect(notificationText(createTranslate('en'), 'en', assigned)).toBe(
      'You are now a reviewer of the application of Kostroma to “Пилотный отбор 2019” (regional review). Assigned by Олег Координатов.',
    );
    expect(notificationText(createTranslate('en'), 'en', unsigned)).toBe(
      'You are now a reviewer of the application of Kostroma to “Пилотный отбор 2019” (ministry review).',
    );
  });
});
