import type { TimelineStrings } from '../strings.js';

/**
 * The element's own texts in Russian. Counted nouns take the CLDR categories: `one` (1, 21, 101 —
 * «событие»), `few` (2–4, 22–24 — «события»), `many` (0, 5–20, 25 — «событий») and `other`
 * (fractions — «1,5 события»). After «из» the noun is genitive: «из 21 события», «из 5 событий».
 */
export const RUSSIAN: TimelineStrings = {
  noEvents: 'Нет событий',
  eventsLabel: 'События',
  unreadable: 'Не удалось прочитать события',
  loading: 'Загрузка событий…',
  retry: 'Повторить',
  loadFailed: 'Не удалось загрузить {url}: {reason}',
  readFailed: 'Не удалось прочитать {url}: {reason}',
  networkFailed: 'сетевой запрос не удался',
  notShown: {
    one: '{n} событие не удалось показать',
    few: '{n} события не удалось показать',
    many: '{n} событий не удалось показать',
    other: '{n} события не удалось показать',
  },
  warnings: {
    one: '{n} событие показано с предупреждением',
    few: '{n} события показаны с предупреждениями',
    many: '{n} событий показано с предупреждениями',
    other: '{n} события показано с предупреждениями',
  },
  item: 'Элемент {n}',
  itemCount: { one: '{n} элемент', few: '{n} элемента', many: '{n} элементов', other: '{n} элемента' },
  more: { one: 'ещё {n}', few: 'ещё {n}', many: 'ещё {n}', other: 'ещё {n}' },
  close: 'Закрыть',
  previous: 'Предыдущее',
  next: 'Следующее',
  actors: 'Участники',
  sources: 'Источники',
  controlsLabel: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fit: 'Вся хронология',
  showingAll: 'Показаны все события',
  showingWindow: 'Показано: {range}',
  hiddenByFilter: 'Это событие скрыто текущими фильтрами.',
  showAll: 'Показать все',
  searchLabel: 'Поиск событий',
  searchPlaceholder: 'Поиск',
  categoriesLabel: 'Категории',
  uncategorized: 'Без категории',
  eventCount: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  showingCount: {
    one: 'Показано {shown} из {n} события',
    few: 'Показано {shown} из {n} событий',
    many: 'Показано {shown} из {n} событий',
    other: 'Показано {shown} из {n} события',
  },
  clusterCount: { other: '+{n}' },
  clusterDetail: {
    one: 'Ещё {n} событие, {range}; нажмите, чтобы приблизить',
    few: 'Ещё {n} события, {range}; нажмите, чтобы приблизить',
    many: 'Ещё {n} событий, {range}; нажмите, чтобы приблизить',
    other: 'Ещё {n} события, {range}; нажмите, чтобы приблизить',
  },
  exportLabel: 'Скачать',
  downloadJson: 'Скачать JSON',
  downloadCsv: 'Скачать CSV',
  earlierEvents: {
    one: 'Показать более раннее событие ({n})',
    few: 'Показать более ранние события ({n})',
    many: 'Показать более ранние события ({n})',
    other: 'Показать более ранние события ({n})',
  },
  laterEvents: {
    one: 'Показать более позднее событие ({n})',
    few: 'Показать более поздние события ({n})',
    many: 'Показать более поздние события ({n})',
    other: 'Показать более поздние события ({n})',
  },
};
