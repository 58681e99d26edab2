import { assertNever } from '../shared/assert-never';
import { isRoadmapItemStatus, ROADMAP_ITEM_STATUS_LABELS } from '../roadmaps/roadmap-item-status';
import { formatYearMonth } from '../roadmaps/year-month';
import type { ComplianceFinding } from './compliance-finding';
import type { ComplianceRuleId } from './compliance-rules';
import { COMPLIANCE_RULES } from './compliance-rules';

export type ComplianceLocale = 'ru' | 'en';

type Text = { ru: string; en: string };

/** The rule's short title, e.g. for grouping findings in a list. */
export function ruleTitle(rule: ComplianceRuleId, locale: ComplianceLocale): string {
  return locale === 'ru' ? COMPLIANCE_RULES[rule].titleRu : COMPLIANCE_RULES[rule].titleEn;
}

/** Whether the finding was reported as a warning because the basic measure is only recommended for the city. */
export function isDowngradedFinding(finding: ComplianceFinding): boolean {
  const rule = COMPLIANCE_RULES[finding.rule];
  return rule.isDowngradedWhenRecommended && finding.severity !== rule.severity;
}

/** A finding as a sentence for people, in Russian or English, built from its params alone. */
export function formatFinding(finding: ComplianceFinding, locale: ComplianceLocale): string {
  const text = messageOf(finding);
  // Russian months end in "г.", which already closes a sentence; every other message brings its own full stop.
  const message = endSentence(locale === 'ru' ? text.ru : text.en);
  if (!isDowngradedFinding(finding)) return message;
  return locale === 'ru'
    ? `${message} Для этого муниципального образования мера не обязательна, а рекомендована.`
    : `${message} For this municipality the measure is recommended, not mandatory.`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function messageOf(finding: ComplianceFinding): Text {
  const param = (key: string): string => {
    const value = finding.params[key];
    return value === undefined ? '' : String(value);
  };
  const item = param('itemTitle');
  const month = (key: string): Text => ({
    ru: formatYearMonth(param(key), 'ru'),
    en: formatYearMonth(param(key), 'en'),
  });
  const code = param('measureCode');
  // A measure as "CODE «title»" / "CODE “title”", or its bare code when the catalogue has no title.
  const measure = {
    ru: param('measureTitleRu') ? `${code} «${param('measureTitleRu')}»` : code,
    en: param('measureTitleEn') ? `${code} “${param('measureTitleEn')}”` : code,
  };

  switch (finding.rule) {
    case 'coverage.basic-measure-missing':
      if (param('reason') === 'mark-rejected') {
        return {
          ru: `Базовая мера ${measure.ru} не охвачена: проверяющий отклонил отметку о ней; добавьте мероприятие по мере или обоснуйте её заново.`,
          en: `Basic measure ${measure.en} is not covered: a reviewer rejected its mark; add an item for it or justify it anew.`,
        };
      }
      return {
        ru: `Базовая мера ${measure.ru} не охвачена: добавьте мероприятие по ней или отметьте меру как уже реализованную либо неприменимую.`,
        en: `Basic measure ${measure.en} is not covered: add an item for it, or mark it as already implemented or not applicable.`,
      };
    case 'coverage.implemented-without-evidence':
      return {
        ru: `Базовая мера ${measure.ru} отмечена как реализованная, но подтверждающие материалы не приложены.`,
        en: `Basic measure ${measure.en} is marked as implemented, but no evidence is attached.`,
      };
    case 'coverage.not-applicable-pending':
      return {
        ru: `Базовая мера ${measure.ru} отмечена как неприменимая; пока проверяющий не примет обоснование, мера не считается охваченной.`,
        en: `Basic measure ${measure.en} is marked as not applicable; until a reviewer accepts the justification it does not count as covered.`,
      };
    case 'coverage.no-additional-measure':
      return {
        ru: 'В дорожной карте нет дополнительных мероприятий: добавьте хотя бы одно собственное мероприятие или дополнительную меру стандарта.',
        en: 'The roadmap has no additional measure: add at least one own measure or an additional measure of the standard.',
      };
    case 'horizon.engagement-platform-late': {
      const end = month('endMonth');
      const deadline = month('deadlineMonth');
      return {
        ru: `Мероприятие «${item}» создаёт платформу вовлечения граждан (${code}), но заканчивается позже срока: окончание — ${end.ru}, срок — ${deadline.ru}`,
        en: `“${item}” delivers the citizen-engagement platform (${code}) too late: it ends in ${end.en}, but the platform is due by ${deadline.en}.`,
      };
    }
    case 'horizon.basic-measure-late':
    case 'horizon.additional-measure-late': {
      const end = month('endMonth');
      const deadline = month('deadlineMonth');
      const isBasic = finding.rule === 'horizon.basic-measure-late';
      return {
        ru: `Мероприятие «${item}» по ${isBasic ? 'базовой' : 'дополнительной'} мере ${measure.ru} заканчивается позже срока меры: окончание — ${end.ru}, срок — ${deadline.ru}`,
        en: `“${item}” implements ${isBasic ? 'basic' : 'additional'} measure ${measure.en} but ends after the measure’s deadline: it ends in ${end.en}, due by ${deadline.en}.`,
      };
    }
    case 'horizon.after-2030': {
      const scheduled = month('month');
      const year = param('deadlineMonth').slice(0, 4);
      return {
        ru: `Мероприятие «${item}» выходит за горизонт программы: оно запланировано на ${scheduled.ru}, а все мероприятия должны завершиться до конца ${year} г.`,
        en: `“${item}” goes beyond the programme horizon: it is scheduled as late as ${scheduled.en}, but everything must finish by the end of ${year}.`,
      };
    }
    case 'item.problem-missing':
      return {
        ru: `Собственное мероприятие «${item}» не ссылается ни на одну проблему: укажите хотя бы одну проанализированную проблему, которую оно решает.`,
        en: `Own measure “${item}” cites no problem: link at least one analysed problem it solves.`,
      };
    case 'item.responsible-missing':
      switch (param('missing')) {
        case 'unit':
          return {
            ru: `У мероприятия «${item}» не указано ответственное подразделение.`,
            en: `“${item}” has no responsible unit.`,
          };
        case 'person':
          return {
            ru: `У мероприятия «${item}» не указано ответственное лицо.`,
            en: `“${item}” has no responsible person.`,
          };
        default:
          return {
            ru: `У мероприятия «${item}» не указаны ответственное подразделение и ответственное лицо.`,
            en: `“${item}” has neither a responsible unit nor a responsible person.`,
          };
      }
    case 'item.dates-missing':
      switch (param('missing')) {
        case 'start':
          return {
            ru: `У мероприятия «${item}» не указан месяц начала.`,
            en: `“${item}” has no start month.`,
          };
        case 'end':
          return {
            ru: `У мероприятия «${item}» не указан месяц окончания.`,
            en: `“${item}” has no end month.`,
          };
        default:
          return {
            ru: `У мероприятия «${item}» не указаны месяцы начала и окончания.`,
            en: `“${item}” has neither a start nor an end month.`,
          };
      }
    case 'item.dates-invalid': {
      if (param('reason') === 'end-before-start') {
        const start = month('startMonth');
        const end = month('endMonth');
        return {
          ru: `Мероприятие «${item}» заканчивается раньше, чем начинается: начало — ${start.ru}, окончание — ${end.ru}`,
          en: `“${item}” ends before it starts: it starts in ${start.en} and ends in ${end.en}.`,
        };
      }
      const start = param('startMonth') || '—';
      const end = param('endMonth') || '—';
      return {
        ru: `У мероприятия «${item}» сроки записаны неверно (нужен месяц в формате ГГГГ-ММ): начало — «${start}», окончание — «${end}».`,
        en: `“${item}” has dates that are not months written YYYY-MM: start “${start}”, end “${end}”.`,
      };
    }
    case 'item.budget-missing':
      return {
        ru: `У мероприятия «${item}» нет бюджета: добавьте хотя бы одну строку с источником финансирования и плановой суммой.`,
        en: `“${item}” has no budget: add at least one line with a financing source and a planned amount.`,
      };
    case 'item.budget-line-invalid': {
      const year = param('year');
      switch (param('reason')) {
        case 'source-missing':
          return {
            ru: `В строке бюджета мероприятия «${item}» на ${year} г. не указан источник финансирования.`,
            en: `A budget line of “${item}” for ${year} has no financing source.`,
          };
        case 'amount-invalid':
          return {
            ru: `В строке бюджета мероприятия «${item}» на ${year} г. неверная сумма: нужна неотрицательная сумма в целых копейках.`,
            en: `A budget line of “${item}” for ${year} has an invalid amount: it must be a non-negative whole number of kopecks.`,
          };
        default:
          return {
            ru: `В строке бюджета мероприятия «${item}» не указан год.`,
            en: `A budget line of “${item}” has no valid year.`,
          };
      }
    }
    case 'item.budget-outside-dates': {
      const startYear = param('startYear');
      const endYear = param('endYear');
      const years =
        startYear === endYear
          ? { ru: `${startYear} г.`, en: startYear }
          : {
              ru: `${startYear}–${endYear} гг.`,
              en: `${startYear}–${endYear}`,
            };
      return {
        ru: `Мероприятие «${item}» планирует расходы на ${param('year')} г., вне сроков своей реализации (${years.ru}).`,
        en: `“${item}” plans money for ${param('year')}, outside the years it runs (${years.en}).`,
      };
    }
    case 'item.kpi-target-missing':
      return {
        ru: `У мероприятия «${item}» нет целевого показателя: укажите хотя бы один показатель с целевым значением.`,
        en: `“${item}” has no KPI target: add at least one indicator with a target value.`,
      };
    case 'item.direction-mismatch':
      return {
        ru: `Мероприятие «${item}» отнесено к направлению ${param('itemDirectionCode')}, а его мера ${code} — к направлению ${param('measureDirectionCode')}.`,
        en: `“${item}” is filed under direction ${param('itemDirectionCode')}, but its measure ${code} belongs to ${param('measureDirectionCode')}.`,
      };
    case 'reference.unknown-measure': {
      const id = param('measureId');
      switch (param('reason')) {
        case 'item-measure-not-chosen':
          return {
            ru: `Мероприятие «${item}» отмечено как мера стандарта, но мера не выбрана.`,
            en: `“${item}” is marked as a measure of the standard, but no measure is chosen.`,
          };
        case 'item-measure-not-found':
          return {
            ru: `Мероприятие «${item}» ссылается на меру, которой нет в версии стандарта этой дорожной карты (${id}).`,
            en: `“${item}” refers to a measure that is not in this roadmap’s version of the standard (${id}).`,
          };
        case 'coverage-measure-not-basic':
          return {
            ru: `Отметка об охвате относится к мере ${code || id}, которая не является базовой: отмечать можно только базовые меры.`,
            en: `A coverage record refers to measure ${code || id}, which is not a basic measure: only basic measures can be marked.`,
          };
        default:
          return {
            ru: `Отметка об охвате ссылается на меру, которой нет в версии стандарта этой дорожной карты (${id}).`,
            en: `A coverage record refers to a measure that is not in this roadmap’s version of the standard (${id}).`,
          };
      }
    }
    case 'reference.unknown-problem':
      return {
        ru: `Мероприятие «${item}» ссылается на проблему, которой нет в этой дорожной карте (${param('problemId')}).`,
        en: `“${item}” cites a problem that is not in this roadmap (${param('problemId')}).`,
      };
    case 'reference.unknown-direction': {
      const direction = param('directionCode');
      if (direction.trim() === '') {
        return { ru: `У мероприятия «${item}» не указано направление.`, en: `“${item}” has no direction.` };
      }
      return {
        ru: `Мероприятие «${item}» отнесено к направлению «${direction}», которого нет в стандарте.`,
        en: `“${item}” is filed under direction “${direction}”, which the standard does not have.`,
      };
    }
    case 'dependency.cycle':
      if (param('size') === '1') {
        return { ru: `Мероприятие «${item}» зависит само от себя.`, en: `“${item}” depends on itself.` };
      }
      return {
        ru: `Мероприятия зависят друг от друга по кругу: ${param('path')}.`,
        en: `Items depend on each other in a circle: ${param('path')}.`,
      };
    case 'dependency.starts-before-predecessor-ends': {
      const start = month('startMonth');
      const predecessorEnd = month('predecessorEndMonth');
      const predecessor = param('predecessorTitle');
      return {
        ru: `Мероприятие «${item}» начинается раньше, чем заканчивается мероприятие «${predecessor}», от которого оно зависит: начало — ${start.ru}, окончание предшествующего — ${predecessorEnd.ru}`,
        en: `“${item}” starts in ${start.en}, before “${predecessor}”, which it depends on, ends in ${predecessorEnd.en}.`,
      };
    }
    case 'dependency.unknown-item':
      return {
        ru: `Мероприятие «${item}» зависит от мероприятия, которого нет в этой дорожной карте (${param('dependsOnId')}).`,
        en: `“${item}” depends on an item that is not in this roadmap (${param('dependsOnId')}).`,
      };
    case 'dependency.on-cancelled-item':
      return {
        ru: `Мероприятие «${item}» зависит от отменённого мероприятия «${param('predecessorTitle')}».`,
        en: `“${item}” depends on “${param('predecessorTitle')}”, which is cancelled.`,
      };
    case 'schedule.overdue': {
      const end = month('endMonth');
      const status = param('status');
      const label = isRoadmapItemStatus(status)
        ? ROADMAP_ITEM_STATUS_LABELS[status]
        : { ru: status, en: status };
      return {
        ru: `Срок окончания мероприятия «${item}» прошёл (${end.ru}), а его статус — «${label.ru}».`,
        en: `“${item}” was due to end in ${end.en}, but its status is still “${label.en}”.`,
      };
    }
    case 'schedule.start-overdue': {
      const start = month('startMonth');
      return {
        ru: `Срок начала мероприятия «${item}» наступил (${start.ru}), а оно всё ещё в статусе «запланировано».`,
        en: `“${item}” was due to start in ${start.en}, but it is still planned.`,
      };
    }
    default:
      return assertNever(finding.rule, 'Unknown compliance rule');
  }
}
