// Strings of the catalogue's draft editor, publishing and retiring, and the import problem messages; merged into
// the main Russian dictionary (src/i18n/ru.ts) with one spread. Every key must exist in ./en.ts (its type
// enforces it). The older catalogue strings still live in src/i18n/ru.ts.
import { catalogueProblemsRu } from './problems-ru';

export const catalogueRu = {
  'catalogueDraft.edit': 'Редактировать черновик',
  'catalogueDraft.openDraft': 'Открыть черновик (версия {version})',
  'catalogueDraft.title': 'Черновик: {title}',
  'catalogueDraft.subtitle': 'Код {code} · редакция {edition} · версия {version} (черновик)',
  'catalogueDraft.back': 'К просмотру версии',
  'catalogueDraft.notDraftTitle': 'Эту версию нельзя изменить',
  'catalogueDraft.notDraftText':
    'Изменять можно только черновики. Опубликованные и выведенные из действия версии неизменяемы: создайте черновик новой редакции.',
  'catalogueDraft.openVersion': 'Открыть версию',
  'catalogueDraft.detailsHeading': 'Редакция и название',
  'catalogueDraft.saveDetails': 'Сохранить редакцию и название',
  'catalogueDraft.detailsSaved': 'Редакция и название сохранены.',
  'catalogueDraft.save': 'Сохранить',
  'catalogueDraft.add': 'Добавить',
  'catalogueDraft.saving': 'Сохраняем…',
  'catalogueDraft.actions': 'Действия',
  'catalogueDraft.itemsCaption': 'Элементы направления {direction}',
  'catalogueDraft.noItems': 'В направлении пока ничего нет.',
  'catalogueDraft.editItem': 'Изменить {code}',
  'catalogueDraft.deleteItem': 'Удалить {code}',
  'catalogueDraft.addMeasure': 'Добавить мероприятие',
  'catalogueDraft.addKpi': 'Добавить показатель',
  'catalogueDraft.editDirection': 'Переименовать {code}',
  'catalogueDraft.deleteDirection': 'Удалить направление {code}',
  'catalogueDraft.addDirection': 'Добавить направление',
  'catalogueDraft.newDirectionHeading': 'Новое направление',
  'catalogueDraft.editDirectionHeading': 'Направление {code}',
  'catalogueDraft.newMeasureHeading': 'Новое мероприятие',
  'catalogueDraft.editMeasureHeading': 'Мероприятие {code}',
  'catalogueDraft.newKpiHeading': 'Новый показатель',
  'catalogueDraft.editKpiHeading': 'Показатель {code}',
  'catalogueDraft.measureKind': 'Тип мероприятия',
  'catalogueDraft.minPopulationHint':
    'Базовое мероприятие обязательно для городов с такой численностью и больше.',
  'catalogueDraft.regionalCapitals': 'Обязательно для административных центров регионов',
  'catalogueDraft.sourcesHint': 'По одному источнику в строке.',
  'catalogueDraft.itemAdded': '{code} добавлен в черновик.',
  'catalogueDraft.itemSaved': 'Изменения {code} сохранены.',
  'catalogueDraft.itemDeleted': '{code} удалён из черновика.',
  'catalogueDraft.directionAdded': 'Направление {code} добавлено.',
  'catalogueDraft.directionSaved': 'Направление {code} сохранено.',
  'catalogueDraft.directionDeleted': 'Направление {code} удалено.',
  'catalogueDraft.deleteTitle': 'Удалить из черновика?',
  'catalogueDraft.deleteItemText': '{code} будет удалён из черновика. Опубликованные версии не изменятся.',
  'catalogueDraft.deleteDirectionText':
    'Направление {code} будет удалено из черновика. Удалить можно только пустое направление.',
  'catalogueDraft.deleteDraft': 'Удалить черновик',
  'catalogueDraft.deleteDraftTitle': 'Удалить черновик?',
  'catalogueDraft.deleteDraftText':
    'Черновик — версия {version} каталога {code} — будет удалён со всеми изменениями. Опубликованные версии не изменятся.',
  'catalogueDraft.deleteConfirm': 'Да, удалить',
  'catalogueDraft.publishKeepsOlder':
    'Прежние опубликованные версии остаются опубликованными: дорожные карты, которые на них ссылаются, не меняются. Вывести старую версию из действия можно отдельно.',
  'catalogueDraft.publishNoBase':
    'У каталога нет опубликованной версии: все элементы черновика будут новыми.',
  'catalogueDraft.publishDiffHeading': 'Изменения по сравнению с действующей версией {version}:',
  'catalogueDraft.publishDiffLabel': 'Изменения по сравнению с версией {version}',
  'catalogueDraft.order': 'Порядок',
  'catalogueDraft.moveUp': 'Выше',
  'catalogueDraft.moveDown': 'Ниже',
  'catalogueDraft.moveItemUp': 'Переместить {code} выше',
  'catalogueDraft.moveItemDown': 'Переместить {code} ниже',
  'catalogueDraft.moveDirectionUp': 'Переместить направление {code} выше',
  'catalogueDraft.moveDirectionDown': 'Переместить направление {code} ниже',
  'catalogueDraft.itemMoved': '{code} теперь на {place}-м месте из {count} в направлении {direction}.',
  'catalogueDraft.directionMoved': 'Направление {code} теперь на {place}-м месте из {count}.',

  'catalogueImport.failedText':
    'Файл не удалось обработать после нескольких попыток — это не ошибка в данных. Загрузите его ещё раз; если не получится, сообщите в поддержку номер импорта {id}.',

  'frameworkPage.retire': 'Вывести из действия',
  'frameworkPage.retireTitle': 'Вывести версию из действия?',
  'frameworkPage.retireText':
    'Версия {version} каталога {code} будет выведена из действия. Дорожные карты, которые на неё ссылаются, сохранят её; вернуть версию в действие нельзя.',
  'frameworkPage.retireReason': 'Причина (необязательно)',
  'frameworkPage.retireConfirm': 'Да, вывести из действия',
  'frameworkPage.retired': 'Версия выведена из действия.',

  ...catalogueProblemsRu,
} as const;
