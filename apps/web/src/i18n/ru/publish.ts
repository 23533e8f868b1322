import type { publish as english } from "../en/publish.ts";
import type { Translation } from "../translation.ts";

export const publish: Translation<typeof english> = {
  "publish.title": "Публикация заметки",
  "publish.language": "Язык",
  "publish.headline": "Заголовок",
  "publish.labelAdded":
    "Метка «{label}» сама ставится перед заголовком на странице заметки и в лентах: её не нужно писать.",
  "publish.summary": "Краткое содержание",
  "publish.submit": "Опубликовать заметку",
  "publish.submitting": "Публикация…",
  "publish.allDone": "Заметки опубликованы на всех языках.",
  "publish.notices": "Опубликованные заметки",
  "publish.noNotices": "Заметок пока нет.",
  "publish.feeds": "Открытые ленты:",
  "publish.feedXml": "RSS-лента (feed.xml)",
  "publish.feedJson": "JSON-лента (feed.json)",
  "publish.done": "Заметка опубликована.",
  "publish.noticeLink": "Заметка ({lang})",
  "correct.open": "Исправить или отозвать",
  "correct.title": "Исправление заметки ({lang}, версия {version})",
  "correct.changeNote": "Описание изменения (видно всем)",
  "correct.submit": "Опубликовать исправление",
  "correct.retract": "Отозвать заметку",
  "correct.retractHint": "После отзыва страница остаётся с заметной пометкой; причину объясняет описание изменения.",
  "correct.done": "Версия {version} опубликована.",
  "correct.cancel": "Закрыть",
  "correct.retracted": "отозвано",
  "correct.published": "Исправление опубликовано: версия {version} доступна всем.",
  "retract.open": "Отозвать заметку…",
  "retract.confirm":
    "Отозвать заметку «{headline}»? Её страница останется с пометкой об отзыве, в лентах она будет отмечена как отозванная.",
  "retract.reason": "Причина отзыва (видна всем)",
  "retract.submit": "Да, отозвать «{headline}»",
  "retract.cancel": "Отмена",
  "retract.done": "Заметка отозвана (версия {version}).",
};
