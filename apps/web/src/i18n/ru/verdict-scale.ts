import type { verdictScale as english } from "../en/verdict-scale.ts";
import type { Translation } from "../translation.ts";

export const verdictScale: Translation<typeof english> = {
  "verdictScale.title": "Шкала вердиктов",
  "verdictScale.hint":
    "Метки, из которых выбирают проверяющие, в этом порядке. У каждой есть формулировка на казахском, русском и английском, цвет, оценка для ClaimReview (1 ложь … 5 правда) и встроенное значение, по которому работают повторные появления и метрики. Опубликованная заметка сохраняет метку такой, какой она была при публикации.",
  "verdictScale.wording.kk": "По-казахски",
  "verdictScale.wording.ru": "По-русски",
  "verdictScale.wording.en": "По-английски",
  "verdictScale.colour": "Цвет",
  "verdictScale.rating": "Оценка",
  "verdictScale.ratingValue.1": "1 — ложь",
  "verdictScale.ratingValue.2": "2 — скорее ложь",
  "verdictScale.ratingValue.3": "3 — смешанно",
  "verdictScale.ratingValue.4": "4 — скорее правда",
  "verdictScale.ratingValue.5": "5 — правда",
  "verdictScale.meaning": "Значение",
  "verdictScale.summary": "Оценка {rating} · значит «{meaning}»",
  "verdictScale.retired": "выведена из употребления",
  "verdictScale.addTitle": "Добавить метку",
  "verdictScale.add": "Добавить метку",
  "verdictScale.save": "Сохранить",
  "verdictScale.cancel": "Отмена",
  "verdictScale.edit": "Изменить метку «{label}»",
  "verdictScale.editShort": "Изменить",
  "verdictScale.editLabel": "Изменить метку «{label}»",
  "verdictScale.moveUp": "Поднять «{label}» выше",
  "verdictScale.moveDown": "Опустить «{label}» ниже",
  "verdictScale.retire": "Вывести метку «{label}» из употребления",
  "verdictScale.retireShort": "Вывести",
  "verdictScale.restore": "Вернуть метку «{label}»",
  "verdictScale.restoreShort": "Вернуть",
  "verdictScale.delete": "Удалить метку «{label}»",
  "verdictScale.deleteConfirm":
    "Удалить метку «{label}»? Удалить можно только метку, которую не использовал ни один вердикт; остальные выводятся из употребления.",
};
