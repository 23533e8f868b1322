import type { tags as english } from "../en/tags.ts";
import type { Translation } from "../translation.ts";

export const tags: Translation<typeof english> = {
  "tags.title": "Теги",
  "tags.hint":
    "Метки для утверждений (тема, регион, выборы…). Рецензенты и редакторы ставят их на утверждения; очередь фильтруется по ним, а метрики считают утверждения по тегам.",
  "tags.name": "Название тега",
  "tags.colour": "Цвет",
  "tags.add": "Добавить тег",
  "tags.needName": "Назовите тег (не длиннее 60 символов).",
  "tags.delete": "Удалить тег «{name}»",
  "tags.deleteConfirm": "Удалить тег «{name}»? Он будет снят со всех утверждений.",
  "tags.edit": "Переименовать тег «{name}» или изменить его цвет",
  "tags.editShort": "Переименовать",
  "tags.editLabel": "Переименование тега «{name}»",
  "tags.save": "Сохранить",
  "tags.cancel": "Отмена",
  "tags.claimTitle": "Теги",
  "tags.none": "Тегов пока нет.",
  "tags.noneDefined": "У команды ещё нет тегов; их добавляет администратор в настройках команды.",
  "tags.toggle": "Отметьте теги этого утверждения",
  "tags.filter": "Тег",
  "tags.bulkTag": "Поставить тег",
  "tags.bulkUntag": "Снять тег",
};
