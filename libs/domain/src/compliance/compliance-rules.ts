/**
 * The rules of the compliance engine, like a linter's rule list. Rule ids are durable: findings are stored with
 * them and the web app links to their documentation (docs/compliance-rules.md). Never rename a value; retire a
 * rule by removing it and add a new id instead.
 */
export const COMPLIANCE_RULE_IDS = [
  'coverage.basic-measure-missing',
  'coverage.implemented-without-evidence',
  'coverage.not-applicable-pending',
  'coverage.no-additional-measure',
  'horizon.engagement-platform-late',
  'horizon.basic-measure-late',
  'horizon.additional-measure-late',
  'horizon.after-2030',
  'item.problem-missing',
  'item.responsible-missing',
  'item.dates-missing',
  'item.dates-invalid',
  'item.budget-missing',
  'item.budget-line-invalid',
  'item.budget-outside-dates',
  'item.kpi-target-missing',
  'item.direction-mismatch',
  'reference.unknown-measure',
  'reference.unknown-problem',
  'reference.unknown-direction',
  'dependency.cycle',
  'dependency.starts-before-predecessor-ends',
  'dependency.unknown-item',
  'dependency.on-cancelled-item',
  'schedule.overdue',
  'schedule.start-overdue',
] as const;
export type ComplianceRuleId = (typeof COMPLIANCE_RULE_IDS)[number];

/** Errors block submission; warnings guide; infos only inform. Durable: stored with findings. */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/**
 * Bumped whenever a rule is added, removed or changes meaning, so stored results computed by an older engine can
 * be recognised and recomputed.
 */
export const COMPLIANCE_RULESET_VERSION = 1;

export type ComplianceRule = {
  id: ComplianceRuleId;
  severity: FindingSeverity;
  /**
   * The rule concerns a basic measure: where the measure is only a recommendation for the municipality (see
   * `basicMeasureRequirement`), its errors are reported as warnings.
   */
  isDowngradedWhenRecommended: boolean;
  titleRu: string;
  titleEn: string;
  rationaleRu: string;
  rationaleEn: string;
};

export const COMPLIANCE_RULES: Record<ComplianceRuleId, ComplianceRule> = {
  'coverage.basic-measure-missing': {
    id: 'coverage.basic-measure-missing',
    severity: 'error',
    isDowngradedWhenRecommended: true,
    titleRu: 'Базовая мера не охвачена',
    titleEn: 'Basic measure not covered',
    rationaleRu:
      'Стандарт обязывает каждый город-участник реализовать базовые меры. Мера считается охваченной мероприятием ' +
      'дорожной карты, подтверждённой реализацией или принятым обоснованием неприменимости; отметка, отклонённая ' +
      'проверяющим, не засчитывается.',
    rationaleEn:
      'The standard obliges every participating city to implement its basic measures. A measure is covered by a ' +
      'roadmap item, by evidenced implementation, or by an accepted justification that it does not apply; a mark a ' +
      'reviewer rejected counts for nothing.',
  },
  'coverage.implemented-without-evidence': {
    id: 'coverage.implemented-without-evidence',
    severity: 'error',
    isDowngradedWhenRecommended: true,
    titleRu: 'Реализация меры не подтверждена',
    titleEn: 'Implemented measure without evidence',
    rationaleRu:
      'Отметка «уже реализовано» заменяет мероприятие дорожной карты только вместе с подтверждающими материалами ' +
      '(документы, ссылки), иначе проверяющему нечего оценивать.',
    rationaleEn:
      'Marking a basic measure as already implemented replaces a roadmap item only with evidence (files, links); ' +
      'otherwise the reviewer has nothing to assess.',
  },
  'coverage.not-applicable-pending': {
    id: 'coverage.not-applicable-pending',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Неприменимость меры ещё не принята',
    titleEn: 'Not-applicable claim awaiting acceptance',
    rationaleRu:
      'Неприменимость базовой меры решает проверяющий. До принятия обоснования мера не считается охваченной, ' +
      'но заявку можно подать: обоснование рассматривается в ходе проверки.',
    rationaleEn:
      'Whether a basic measure does not apply is the reviewer’s decision. Until the justification is accepted the ' +
      'measure does not count as covered, but the application may be submitted: review is where it is decided.',
  },
  'coverage.no-additional-measure': {
    id: 'coverage.no-additional-measure',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Нет дополнительных мероприятий',
    titleEn: 'No additional measure',
    rationaleRu:
      'Дорожная карта должна содержать не только меры стандарта, но и дополнительные мероприятия, выбранные по ' +
      'итогам анализа наиболее острых проблем города.',
    rationaleEn:
      'A roadmap must contain, besides the standard’s measures, additional measures chosen from an analysis of the ' +
      'city’s most acute problems.',
  },
  'horizon.engagement-platform-late': {
    id: 'horizon.engagement-platform-late',
    severity: 'error',
    isDowngradedWhenRecommended: true,
    titleRu: 'Платформа вовлечения граждан позже 2020 года',
    titleEn: 'Citizen-engagement platform after 2020',
    rationaleRu:
      'Цифровая платформа вовлечения граждан — единственная мера со сроком, установленным самим стандартом: она ' +
      'должна работать в каждом регионе в 2020 году.',
    rationaleEn:
      'The citizen-engagement platform is the one measure whose deadline the standard sets itself: it must work in ' +
      'every region in 2020.',
  },
  'horizon.basic-measure-late': {
    id: 'horizon.basic-measure-late',
    severity: 'error',
    isDowngradedWhenRecommended: true,
    titleRu: 'Базовая мера позже срока',
    titleEn: 'Basic measure after its deadline',
    rationaleRu:
      'Базовые меры стандарта должны быть реализованы до конца 2024 года (или до своего срока, если он указан). ' +
      'Мероприятие, которое заканчивается позже, не засчитывается в охват меры.',
    rationaleEn:
      'The standard’s basic measures are due by the end of 2024 (or their own deadline where one is set). An item ' +
      'ending later does not count towards the measure’s coverage.',
  },
  'horizon.additional-measure-late': {
    id: 'horizon.additional-measure-late',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Дополнительная мера стандарта позже срока',
    titleEn: 'Additional measure of the standard after its deadline',
    rationaleRu:
      'Меры стандарта, в том числе дополнительные, рассчитаны на реализацию до конца 2024 года (или до своего ' +
      'срока). Дополнительные меры необязательны, поэтому это предупреждение.',
    rationaleEn:
      'The standard’s measures, additional ones included, are planned for delivery by the end of 2024 (or their ' +
      'own deadline). Additional measures are optional, hence a warning.',
  },
  'horizon.after-2030': {
    id: 'horizon.after-2030',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Мероприятие позже 2030 года',
    titleEn: 'Item after 2030',
    rationaleRu:
      'Горизонт дорожной карты — национальные цели развития до 2030 года; всё, что запланировано позже, лежит вне ' +
      'программы.',
    rationaleEn:
      'The roadmap’s horizon is the national development goals to 2030; anything scheduled later is outside the ' +
      'programme.',
  },
  'item.problem-missing': {
    id: 'item.problem-missing',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Собственное мероприятие без проблемы',
    titleEn: 'Own measure citing no problem',
    rationaleRu:
      'Собственные мероприятия города обосновываются анализом наиболее острых проблем: каждое должно ссылаться ' +
      'хотя бы на одну проблему, которую оно решает.',
    rationaleEn:
      'A city’s own measures are justified by its analysis of the most acute problems: each must cite at least one ' +
      'problem it solves.',
  },
  'item.responsible-missing': {
    id: 'item.responsible-missing',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Не указан ответственный',
    titleEn: 'No responsible unit or person',
    rationaleRu: 'У каждого мероприятия должны быть ответственное подразделение и ответственное лицо.',
    rationaleEn: 'Every item needs a responsible unit and a responsible person.',
  },
  'item.dates-missing': {
    id: 'item.dates-missing',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Не указаны сроки',
    titleEn: 'Dates missing',
    rationaleRu:
      'Без месяцев начала и окончания нельзя проверить горизонты программы и зависимости, а мероприятие не ' +
      'засчитывается в охват.',
    rationaleEn:
      'Without a start and an end month neither horizons nor dependencies can be checked, and the item does not ' +
      'count towards coverage.',
  },
  'item.dates-invalid': {
    id: 'item.dates-invalid',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Неверные сроки',
    titleEn: 'Invalid dates',
    rationaleRu: 'Сроки задаются месяцами в формате ГГГГ-ММ, и окончание не может быть раньше начала.',
    rationaleEn: 'Dates are months written YYYY-MM, and an item cannot end before it starts.',
  },
  'item.budget-missing': {
    id: 'item.budget-missing',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Нет бюджета',
    titleEn: 'No budget',
    rationaleRu:
      'Каждое мероприятие должно иметь плановый бюджет хотя бы с одним источником финансирования: федеральный, ' +
      'региональный, местный бюджет или внебюджетные средства.',
    rationaleEn:
      'Every item needs a planned budget with at least one financing source: federal, regional, municipal or ' +
      'extra-budgetary.',
  },
  'item.budget-line-invalid': {
    id: 'item.budget-line-invalid',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Неполная строка бюджета',
    titleEn: 'Incomplete budget line',
    rationaleRu:
      'Каждая строка бюджета — это год, источник финансирования и неотрицательная сумма в целых копейках.',
    rationaleEn:
      'Every budget line is a year, a financing source and a non-negative whole number of kopecks.',
  },
  'item.budget-outside-dates': {
    id: 'item.budget-outside-dates',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Бюджет вне сроков мероприятия',
    titleEn: 'Budget outside the item’s dates',
    rationaleRu:
      'Расходы, запланированные на год, в котором мероприятие не выполняется, обычно означают ошибку в сроках или ' +
      'в бюджете.',
    rationaleEn:
      'Money planned for a year in which the item does not run usually means a mistake in the dates or the budget.',
  },
  'item.kpi-target-missing': {
    id: 'item.kpi-target-missing',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Нет целевого показателя',
    titleEn: 'No KPI target',
    rationaleRu:
      'Результат мероприятия измеряется показателями: нужен хотя бы один показатель с целевым значением.',
    rationaleEn: 'An item’s result is measured by KPIs: it needs at least one indicator with a target value.',
  },
  'item.direction-mismatch': {
    id: 'item.direction-mismatch',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Направление не совпадает с мерой',
    titleEn: 'Direction differs from the measure’s',
    rationaleRu:
      'Мероприятие по мере стандарта обычно относится к направлению этой меры; иначе оценка по направлениям ' +
      'искажается.',
    rationaleEn:
      'An item implementing a measure of the standard normally belongs to that measure’s direction; otherwise the ' +
      'per-direction assessment is skewed.',
  },
  'reference.unknown-measure': {
    id: 'reference.unknown-measure',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Ссылка на неизвестную меру',
    titleEn: 'Reference to an unknown measure',
    rationaleRu:
      'Мероприятие по стандарту и отметка об охвате должны ссылаться на меру той версии стандарта, к которой ' +
      'привязана дорожная карта.',
    rationaleEn:
      'A standard item and a coverage record must refer to a measure of the standard version the roadmap is pinned ' +
      'to.',
  },
  'reference.unknown-problem': {
    id: 'reference.unknown-problem',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Ссылка на неизвестную проблему',
    titleEn: 'Reference to an unknown problem',
    rationaleRu: 'Мероприятие может ссылаться только на проблемы, проанализированные в этой дорожной карте.',
    rationaleEn: 'An item may cite only problems analysed in this roadmap.',
  },
  'reference.unknown-direction': {
    id: 'reference.unknown-direction',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Неизвестное направление',
    titleEn: 'Unknown direction',
    rationaleRu: 'Каждое мероприятие относится к одному из направлений стандарта.',
    rationaleEn: 'Every item belongs to one of the standard’s directions.',
  },
  'dependency.cycle': {
    id: 'dependency.cycle',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Циклическая зависимость',
    titleEn: 'Dependency cycle',
    rationaleRu:
      'Зависимости «окончание — начало» не могут замыкаться в круг: ни одно мероприятие цикла не сможет начаться.',
    rationaleEn: 'Finish-to-start dependencies cannot form a circle: no item in it could ever start.',
  },
  'dependency.starts-before-predecessor-ends': {
    id: 'dependency.starts-before-predecessor-ends',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Начало раньше окончания предшествующего',
    titleEn: 'Starts before its predecessor ends',
    rationaleRu:
      'Мероприятие, зависящее от другого, может начаться не раньше месяца его окончания (сроки ведутся по месяцам).',
    rationaleEn:
      'An item that depends on another may start no earlier than the month that one ends (dates are kept to the ' +
      'month).',
  },
  'dependency.unknown-item': {
    id: 'dependency.unknown-item',
    severity: 'error',
    isDowngradedWhenRecommended: false,
    titleRu: 'Зависимость от неизвестного мероприятия',
    titleEn: 'Dependency on an unknown item',
    rationaleRu: 'Мероприятие может зависеть только от мероприятий этой же дорожной карты.',
    rationaleEn: 'An item may depend only on items of the same roadmap.',
  },
  'dependency.on-cancelled-item': {
    id: 'dependency.on-cancelled-item',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Зависимость от отменённого мероприятия',
    titleEn: 'Dependency on a cancelled item',
    rationaleRu: 'Отменённое мероприятие не будет выполнено, поэтому зависящее от него нужно пересмотреть.',
    rationaleEn: 'A cancelled item will not be delivered, so whatever depends on it needs another look.',
  },
  'schedule.overdue': {
    id: 'schedule.overdue',
    severity: 'warning',
    isDowngradedWhenRecommended: false,
    titleRu: 'Срок окончания прошёл',
    titleEn: 'Overdue',
    rationaleRu:
      'На дату оценки месяц окончания уже прошёл, а мероприятие не выполнено: нужно обновить статус или сроки.',
    rationaleEn:
      'As of the assessment date the end month has passed but the item is not done: update its status or dates.',
  },
  'schedule.start-overdue': {
    id: 'schedule.start-overdue',
    severity: 'info',
    isDowngradedWhenRecommended: false,
    titleRu: 'Не начато в срок',
    titleEn: 'Not started on time',
    rationaleRu: 'На дату оценки месяц начала уже прошёл, а мероприятие всё ещё в статусе «запланировано».',
    rationaleEn: 'As of the assessment date the start month has passed but the item is still planned.',
  },
};

export function isComplianceRuleId(value: unknown): value is ComplianceRuleId {
  return typeof value === 'string' && (COMPLIANCE_RULE_IDS as readonly string[]).includes(value);
}
