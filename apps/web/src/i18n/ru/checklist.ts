import type { checklist as english } from "../en/checklist.ts";
import type { Translation } from "../translation.ts";

export const checklist: Translation<typeof english> = {
  "checklist.title": "Чек-лист проверки",
  "checklist.hint":
    "Показывается в каждой форме вердикта; обязательные пункты нужно отметить до отправки. Уже написанные вердикты сохраняют свои отметки и тексты.",
  "checklist.itemText": "Пункт {n}",
  "checklist.required": "обязательный",
  "checklist.up": "Поднять пункт {n}",
  "checklist.down": "Опустить пункт {n}",
  "checklist.remove": "Удалить пункт {n}",
  "checklist.add": "Добавить пункт",
  "checklist.save": "Сохранить чек-лист",
  "checklist.saved": "Чек-лист сохранён.",
  "checklist.legend": "Чек-лист проверки",
  "checklist.requiredNote": "Пункты со * обязательны.",
  "checklist.needTicks": "Отметьте все обязательные пункты чек-листа перед отправкой вердикта.",
  "checklist.ticksTitle": "Чек-лист",
  "checklist.ticked": "отмечено",
  "checklist.notTicked": "не отмечено",
};
