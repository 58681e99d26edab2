// What is wrong with an import row or a draft field, by problem code (libs/domain catalogue-problems.ts).
// The `satisfies` clause makes a code without a message a type error; every key must exist in ./problems-en.ts.
import type { CatalogueProblemCode } from '@smartcity/domain';

export const catalogueProblemsRu = {
  'catalogueProblem.not-text': 'Должен быть текст.',
  'catalogueProblem.too-long': 'Не длиннее {max} символов (сейчас {actual}).',
  'catalogueProblem.required': 'Обязательное поле.',
  'catalogueProblem.bad-code':
    'Код начинается с буквы или цифры и содержит только буквы, цифры, пробелы и знаки . _ - :',
  'catalogueProblem.not-one-of': 'Недопустимое значение «{value}»; допустимо: {allowed}.',
  'catalogueProblem.not-integer': 'Должно быть целое число.',
  'catalogueProblem.out-of-range': 'Должно быть от {min} до {max}.',
  'catalogueProblem.not-yes-no': 'Укажите «да» или «нет».',
  'catalogueProblem.sources-not-text': 'Источники — текст, по одному в строке.',
  'catalogueProblem.source-not-text': 'Каждый источник должен быть текстом.',
  'catalogueProblem.source-too-long': 'Каждый источник не длиннее {max} символов.',
  'catalogueProblem.too-many-sources': 'Не больше {max} источников.',
  'catalogueProblem.title-required': 'Нужно название на русском или английском.',
  'catalogueProblem.applies-to-nobody':
    'Правило без порога численности и без административных центров не относится ни к кому; оставьте оба поля пустыми, если мероприятие обязательно для всех.',
  'catalogueProblem.unknown-direction': 'Направления «{direction}» нет в разделе направлений.',
  'catalogueProblem.framework-row-count':
    'В разделе каталога должна быть ровно одна строка (сейчас {count}).',
  'catalogueProblem.directions-required': 'Нужно хотя бы одно направление.',
  'catalogueProblem.wrong-item-section': 'Каталог вида «{kind}» не может содержать раздел «{section}».',
  'catalogueProblem.duplicate-code': 'Код «{code}» уже использован в строке {firstRow}.',
  'catalogueProblem.code-taken': 'Этот код уже использован в этой версии.',
  'catalogueProblem.too-many-rows': 'Слишком много строк ({count}); не больше {max} в файле.',
  'catalogueProblem.invalid-json': 'Файл — не корректный JSON (разбор: «{detail}»).',
  'catalogueProblem.json-not-object': 'JSON-файл должен содержать объект с ключом "framework".',
  'catalogueProblem.bad-format-marker': 'Поле "format" должно быть "{expected}".',
  'catalogueProblem.unsupported-format-version':
    'Версия формата {version} не поддерживается; используйте {supported}.',
  'catalogueProblem.unknown-key': 'Неизвестный ключ «{key}»; допустимы: {allowed}.',
  'catalogueProblem.section-not-array': 'Раздел «{section}» должен быть массивом.',
  'catalogueProblem.entry-not-object': 'Каждая запись должна быть объектом.',
  'catalogueProblem.unknown-column': 'Неизвестный столбец; допустимы: {allowed}.',
  'catalogueProblem.duplicate-column': 'Столбец встречается дважды.',
  'catalogueProblem.cell-without-header': 'Значение в столбце без заголовка.',
  'catalogueProblem.duplicate-sheet': 'Два листа с именем «{sheet}».',
  'catalogueProblem.empty-file': 'Файл пуст.',
  'catalogueProblem.csv-stray-quote':
    'Строка {row}: кавычка внутри значения без кавычек; заключите всё значение в кавычки.',
  'catalogueProblem.csv-unclosed-quote': 'Строка {row}: значение в кавычках не закрыто.',
  'catalogueProblem.record-column-missing':
    'Нужен столбец «{column}» (framework, direction, measure или kpi в каждой строке).',
  'catalogueProblem.unknown-record-type': 'Неизвестный тип записи «{value}»; допустимы: {allowed}.',
  'catalogueProblem.too-many-cells': 'В строке {cells} значений, а в заголовке {columns} столбцов.',
  'catalogueProblem.column-not-applicable': 'Не относится к записи «{record}»; оставьте пустым.',
  'catalogueProblem.not-utf8': 'Файл не в кодировке UTF-8: сохраните его в UTF-8.',
  'catalogueProblem.unreadable-workbook': 'Книгу XLSX не удалось прочитать (причина: «{detail}»).',
  'catalogueProblem.framework-kind-mismatch':
    'Каталог {code} — вида «{existingKind}», а в файле вид «{kind}».',
} as const satisfies { readonly [C in CatalogueProblemCode as `catalogueProblem.${C}`]: string };
