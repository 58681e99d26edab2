import { makeFinding } from './compliance-finding';
import { isDowngradedFinding, formatFinding, ruleTitle } from './format-finding';

const measure = {
  measureCode: 'SC2019-ZHKH-01',
  measureTitleRu: 'Внедрение систем интеллектуального учета коммунальных ресурсов',
  measureTitleEn: 'Deploy smart metering of utility resources',
};

describe('formatFinding', () => {
  it.each([
    [
      'a missing basic measure',
      makeFinding('coverage.basic-measure-missing', { measureIds: ['m'] }, measure),
      'Базовая мера SC2019-ZHKH-01 «Внедрение систем интеллектуального учета коммунальных ресурсов» не охвачена: ' +
        'добавьте мероприятие по ней или отметьте меру как уже реализованную либо неприменимую.',
      'Basic measure SC2019-ZHKH-01 “Deploy smart metering of utility resources” is not covered: add an item for it, ' +
        'or mark it as already implemented or not applicable.',
    ],
    [
      'a missing basic measure that is only recommended',
      makeFinding('coverage.basic-measure-missing', { measureIds: ['m'] }, measure, 'warning'),
      'Базовая мера SC2019-ZHKH-01 «Внедрение систем интеллектуального учета коммунальных ресурсов» не охвачена: ' +
        'добавьте мероприятие по ней или отметьте меру как уже реализованную либо неприменимую. Для этого ' +
        'муниципального образования мера не обязательна, а рекомендована.',
      'Basic measure SC2019-ZHKH-01 “Deploy smart metering of utility resources” is not covered: add an item for it, ' +
        'or mark it as already implemented or not applicable. For this municipality the measure is recommended, not ' +
        'mandatory.',
    ],
    [
      'a late basic measure',
      makeFinding(
        'horizon.basic-measure-late',
        { itemIds: ['i'], measureIds: ['m'] },
        {
          ...measure,
          itemTitle: 'Счётчики',
          endMonth: '2025-03',
          deadlineMonth: '2024-12',
        },
      ),
      'Мероприятие «Счётчики» по базовой мере SC2019-ZHKH-01 «Внедрение систем интеллектуального учета коммунальных ' +
        'ресурсов» заканчивается позже срока меры: окончание — март 2025 г., срок — декабрь 2024 г.',
      '“Счётчики” implements basic measure SC2019-ZHKH-01 “Deploy smart metering of utility resources” but ends ' +
        'after the measure’s deadline: it ends in March 2025, due by December 2024.',
    ],
    [
      'a cycle',
      makeFinding(
        'dependency.cycle',
        { itemIds: ['a', 'b'] },
        { itemTitle: 'A', path: 'A → B → A', size: 2 },
      ),
      'Мероприятия зависят друг от друга по кругу: A → B → A.',
      'Items depend on each other in a circle: A → B → A.',
    ],
    [
      'a malformed date with a missing one',
      makeFinding(
        'item.dates-invalid',
        { itemIds: ['i'] },
        { itemTitle: 'X', startMonth: '2020/1', endMonth: '', reason: 'malformed' },
      ),
      'У мероприятия «X» сроки записаны неверно (нужен месяц в формате ГГГГ-ММ): начало — «2020/1», окончание — «—».',
      '“X” has dates that are not months written YYYY-MM: start “2020/1”, end “—”.',
    ],
    [
      'money outside a one-year item',
      makeFinding(
        'item.budget-outside-dates',
        { itemIds: ['i'] },
        { itemTitle: 'X', year: 2022, startYear: 2020, endYear: 2020 },
      ),
      'Мероприятие «X» планирует расходы на 2022 г., вне сроков своей реализации (2020 г.).',
      '“X” plans money for 2022, outside the years it runs (2020).',
    ],
    [
      'an overdue delayed item',
      makeFinding(
        'schedule.overdue',
        { itemIds: ['i'] },
        { itemTitle: 'X', endMonth: '2020-06', status: 'delayed', asOfMonth: '2020-09' },
      ),
      'Срок окончания мероприятия «X» прошёл (июнь 2020 г.), а его статус — «задерживается».',
      '“X” was due to end in June 2020, but its status is still “delayed”.',
    ],
    [
      'an item without a direction',
      makeFinding('reference.unknown-direction', { itemIds: ['i'] }, { itemTitle: 'X', directionCode: '' }),
      'У мероприятия «X» не указано направление.',
      '“X” has no direction.',
    ],
  ])('formats %s', (_name, finding, ru, en) => {
    expect(formatFinding(finding, 'ru')).toBe(ru);
    expect(formatFinding(finding, 'en')).toBe(en);
  });

  it('marks only findings of downgradable rules reported below their severity as downgraded', () => {
    expect(isDowngradedFinding(makeFinding('coverage.basic-measure-missing', {}, measure, 'warning'))).toBe(
      true,
    );
    expect(isDowngradedFinding(makeFinding('coverage.basic-measure-missing', {}, measure))).toBe(false);
    expect(isDowngradedFinding(makeFinding('coverage.not-applicable-pending', {}, measure))).toBe(false);
  });

  it('titles rules in both languages', () => {
    expect(ruleTitle('dependency.cycle', 'ru')).toBe('Циклическая зависимость');
    expect(ruleTitle('dependency.cycle', 'en')).toBe('Dependency cycle');
  });
});
