import type { archiveImport as english } from "../en/archive-import.ts";
import type { Translation } from "../translation.ts";

export const archiveImport: Translation<typeof english> = {
  "archiveImport.title": "Импорт архива редакции",
  "archiveImport.intro":
    "Прошлые проверки становятся утверждениями с вердиктами, и их повторное появление отмечается с первого дня. Подходят: сохранённые страницы с разметкой ClaimReview, JSON или JSON Lines из Google Fact Check Tools, CSV. Импортированные заметки показываются как опубликованные в другом месте и никогда не подписываются от имени Tekser.",
  "archiveImport.file": "Файл",
  "archiveImport.fileTooLarge":
    "Размер файла {size} КБ; через панель импортируются архивы до {limit} КБ. Импортируйте его командой tekser import fact-checks <файл>.",
  "archiveImport.mapping": "Сопоставление (необязательно)",
  "archiveImport.mappingPlaceholder": "claimText=Утверждение\nСкорее ложь=fake",
  "archiveImport.mappingHint":
    "По одному в строке: столбец CSV для поля (claimText, verdict, date, url, lang, publisher, claimant, appearanceUrl) или ярлык и вердикт, который он означает (verified, fake, misleading, unverifiable).",
  "archiveImport.badMapping": "Строка не вида поле=Столбец или Ярлык=вердикт: {line}",
  "archiveImport.preview": "Предпросмотр",
  "archiveImport.previewTitle": "Предпросмотр",
  "archiveImport.previewCounts":
    "Прочитано проверок: {total}, из них уже импортировано: {already}; не импортируются записей: {errors}.",
  "archiveImport.noRecords": "В этом файле не найдено ни одной проверки.",
  "archiveImport.import": "Импортировать",
  "archiveImport.importing": "Импорт…",
  "archiveImport.reportTitle": "Импортировано",
  "archiveImport.reportCounts": "Импортировано {imported}, уже было {already}, отклонено {rejected}.",
  "archiveImport.errors": "Записи, которые нельзя импортировать",
  "archiveImport.alreadyImported": "уже импортирована",
  "archiveImport.new": "новая",
  "archiveImport.col.location": "Где",
  "archiveImport.col.claim": "Утверждение",
  "archiveImport.col.label": "Ярлык в публикации",
  "archiveImport.col.verdict": "Вердикт",
  "archiveImport.col.date": "Дата",
  "archiveImport.col.publisher": "Издание",
  "archiveImport.col.status": "Статус",
  "archiveImport.error.unreadableFile": "файл не читается: {value}",
  "archiveImport.error.notJson": "это не JSON: {value}",
  "archiveImport.error.noClaimReviews": "здесь нет ClaimReview",
  "archiveImport.error.badJsonLd": "блок JSON-LD — не JSON, пропущен: {value}",
  "archiveImport.error.missingClaimText": "нет текста утверждения",
  "archiveImport.error.missingVerdict": "нет вердикта: ни ярлыка, ни оценки",
  "archiveImport.error.unknownLabel":
    "ярлыка «{value}» нет в шкале команды: добавьте в сопоставление «{value}=fake» (или другой вердикт)",
  "archiveImport.error.badRating": "оценка {value} вне собственной шкалы",
  "archiveImport.error.badDate": "«{value}» — не дата",
  "archiveImport.error.badUrl": "«{value}» — не адрес http(s)",
  "archiveImport.error.unknownColumn": "в сопоставлении назван столбец, которого нет в файле: {value}",
  "archiveImport.error.noClaimTextColumn":
    "нет столбца с текстом утверждения: укажите claimText=<столбец> (столбцы: {value})",
  "archiveImport.error.unreadableRow": "строка CSV не читается: {value}",
  "archiveImport.error.duplicateInFile": "та же проверка, что и {value}; прочитана один раз",
  "archiveImport.error.refusedByDatabase": "база данных отклонила запись: {value}",
};
