import type { TUiLocale } from "./auth.ts";
import { fillPlaceholders } from "./validation-issues.ts";

/**
 * Why an ingest input or record was refused, by code, worded in every dashboard language. The
 * parser keeps its English message beside the code (the CLI and the pull API print it, the
 * database keeps it); the dashboard's ingest report words the code in the user's language with
 * the error's parameters in `{placeholders}` (a title, a format, column names: the file's own
 * words, never English prose).
 */
export const INGEST_ERROR_MESSAGES = {
  "input.empty": { en: "The file is empty (0 bytes).", kk: "Файл бос (0 байт).", ru: "Файл пуст (0 байт)." },
  "input.whitespaceOnly": {
    en: "The file has no text, only spaces and line breaks.",
    kk: "Файлда мәтін жоқ, тек бос орындар мен жол ауыстырулар.",
    ru: "В файле нет текста, только пробелы и переводы строк.",
  },
  "input.binary": {
    en: "This looks like a binary file, not a text or HTML page.",
    kk: "Бұл мәтін немесе HTML бет емес, екілік файлға ұқсайды.",
    ru: "Это похоже на двоичный файл, а не на текст или HTML-страницу.",
  },
  "input.mostlyJunk": {
    en: "The file is mostly non-printable characters: not a text or HTML page.",
    kk: "Файлдың көбі басып шығаруға келмейтін таңбалар: бұл мәтін не HTML бет емес.",
    ru: "Файл в основном из непечатаемых символов: это не текст и не HTML-страница.",
  },
  "input.undecodable": {
    en: "The text is neither UTF-8 nor windows-1251: re-save it as UTF-8.",
    kk: "Мәтін UTF-8 те, windows-1251 де емес: оны UTF-8 түрінде қайта сақтаңыз.",
    ru: "Текст не в UTF-8 и не в windows-1251: пересохраните его в UTF-8.",
  },
  "input.nestedTooDeep": {
    en: "The file is nested too deeply to read.",
    kk: "Файлдың ішкі құрылымы тым терең, оқу мүмкін емес.",
    ru: "Файл слишком глубоко вложен, его нельзя прочитать.",
  },
  "input.noItems": {
    en: "No items found: read as {format}, the file holds none of its records. Check the file or choose its format.",
    kk: "Материал табылмады: файл {format} ретінде оқылды, бірақ онда бірде-бір жазба жоқ. Файлды тексеріңіз немесе пішімін таңдаңыз.",
    ru: "Материалы не найдены: файл прочитан как {format}, но записей в нём нет. Проверьте файл или выберите его формат.",
  },
  "json.invalid": { en: "Not valid JSON.", kk: "JSON дұрыс емес.", ru: "Некорректный JSON." },
  "json.truncated": {
    en: "Not valid JSON: the file looks cut short.",
    kk: "JSON дұрыс емес: файл соңына дейін жетпей үзілген сияқты.",
    ru: "Некорректный JSON: файл, похоже, оборван.",
  },
  "json.notObject": {
    en: "Expected a JSON object for {format}.",
    kk: "{format} үшін JSON нысаны күтілген еді.",
    ru: "Для {format} ожидался JSON-объект.",
  },
  "textPage.noArticle": {
    en: "No article found: expected the title printed twice, or a title above an attribution line, before the body.",
    kk: "Мақала табылмады: мәтіннің алдында екі рет басылған тақырып немесе дереккөз жолының үстіндегі тақырып болуы керек.",
    ru: "Статья не найдена: перед текстом ожидался заголовок, напечатанный дважды, или заголовок над строкой со ссылкой на источник.",
  },
  "textPage.noBody": {
    en: "The article «{title}» has no body: no paragraphs between its title and the footer.",
    kk: "«{title}» мақаласының мәтіні жоқ: тақырып пен төменгі жолдар арасында бірде-бір абзац жоқ.",
    ru: "У статьи «{title}» нет текста: между заголовком и нижними строками нет ни одного абзаца.",
  },
  "csv.unreadable": { en: "Not readable as CSV.", kk: "CSV ретінде оқылмайды.", ru: "Не читается как CSV." },
  "csv.unreadableRow": {
    en: "This CSV row cannot be read.",
    kk: "Бұл CSV жолы оқылмайды.",
    ru: "Эту строку CSV не прочитать.",
  },
  "csv.noTextColumn": {
    en: "No text column: name the column that holds the text (columns: {columns}).",
    kk: "Мәтін бағаны жоқ: мәтін тұрған бағанды көрсетіңіз (бағандар: {columns}).",
    ru: "Нет столбца с текстом: укажите столбец, где текст (столбцы: {columns}).",
  },
  "csv.mappedColumnMissing": {
    en: "The mapping names the column «{column}», but the header has: {columns}.",
    kk: "Сәйкестендіруде «{column}» бағаны аталған, бірақ тақырып жолында: {columns}.",
    ru: "В сопоставлении указан столбец «{column}», но в заголовке есть: {columns}.",
  },
  "feed.malformedXml": {
    en: "Malformed XML: entries after this point may be missing.",
    kk: "XML қате жазылған: осы жерден кейінгі жазбалар жетіспеуі мүмкін.",
    ru: "Повреждённый XML: записи после этого места могут отсутствовать.",
  },
  "feed.unreadable": { en: "Not a readable feed.", kk: "Арна оқылмайды.", ru: "Ленту не прочитать." },
  "feed.htmlPage": {
    en: "Expected an RSS, RDF or Atom feed but this is an HTML page: check the feed URL.",
    kk: "RSS, RDF немесе Atom арнасы күтілген еді, бірақ бұл HTML бет: арна мекенжайын тексеріңіз.",
    ru: "Ожидалась лента RSS, RDF или Atom, но это HTML-страница: проверьте адрес ленты.",
  },
  "feed.otherXml": {
    en: "Expected an RSS, RDF or Atom feed but this XML document's root is <{root}>.",
    kk: "RSS, RDF немесе Atom арнасы күтілген еді, бірақ бұл XML құжатының түбірі — <{root}>.",
    ru: "Ожидалась лента RSS, RDF или Atom, но корень этого XML-документа — <{root}>.",
  },
  "input.apiError": {
    en: "The file is an error reply of the {service}, not posts: {description}",
    kk: "Файлда жазбалар емес, {service} қызметінің қате туралы жауабы тұр: {description}",
    ru: "В файле не посты, а ответ {service} с ошибкой: {description}",
  },
  "record.notObject": {
    en: "This record is not a JSON object: it was skipped.",
    kk: "Бұл жазба JSON нысаны емес: ол өткізіп жіберілді.",
    ru: "Эта запись не JSON-объект: она пропущена.",
  },
  "record.noId": {
    en: "This record has no identifier ({fields}): it was skipped.",
    kk: "Бұл жазбада идентификатор жоқ ({fields}): ол өткізіп жіберілді.",
    ru: "У этой записи нет идентификатора ({fields}): она пропущена.",
  },
  "post.noText": {
    en: "The post has no text: a post with only pictures or video carries nothing to check.",
    kk: "Жазбада мәтін жоқ: тек сурет не бейне бар жазбада тексеретін ештеңе жоқ.",
    ru: "В посте нет текста: в посте только с картинками или видео проверять нечего.",
  },
  "feed.entryEmpty": {
    en: "The feed entry has neither a title nor a body.",
    kk: "Арна жазбасында тақырып та, мәтін де жоқ.",
    ru: "У записи ленты нет ни заголовка, ни текста.",
  },
  "htmlPage.noBody": {
    en: "No article text found on the page, and it has no JSON-LD article body.",
    kk: "Беттен мақала мәтіні табылмады, JSON-LD ішінде де мақала мәтіні жоқ.",
    ru: "На странице не найден текст статьи, и в JSON-LD его тоже нет.",
  },
  "htmlPage.unfilledTemplate": {
    en: "The page is an unfilled template (placeholders in double braces) and has no JSON-LD article body.",
    kk: "Бет толтырылмаған үлгі (қос жақшадағы толтырғыштар), JSON-LD ішінде мақала мәтіні жоқ.",
    ru: "Страница — незаполненный шаблон (заполнители в двойных фигурных скобках), и в JSON-LD нет текста статьи.",
  },
  "htmlPage.nestedTooDeep": {
    en: "The page's elements are nested more than {maxDepth} levels deep: only its JSON-LD was read.",
    kk: "Бет элементтері {maxDepth} деңгейден тереңірек салынған: тек JSON-LD оқылды.",
    ru: "Элементы страницы вложены глубже {maxDepth} уровней: прочитан только её JSON-LD.",
  },
  "htmlPage.unreadableBody": {
    en: "The page's text could not be read; only its JSON-LD was used.",
    kk: "Беттің мәтіні оқылмады; тек JSON-LD пайдаланылды.",
    ru: "Текст страницы не удалось прочитать; использован только её JSON-LD.",
  },
  "htmlPage.badJsonLd": {
    en: "This JSON-LD block is not valid JSON: it was skipped.",
    kk: "Бұл JSON-LD блогы дұрыс JSON емес: ол өткізіп жіберілді.",
    ru: "Этот блок JSON-LD — некорректный JSON: он пропущен.",
  },
  "item.urlDropped": {
    en: "The address {value} was dropped: only absolute http(s) URLs are kept.",
    kk: "{value} мекенжайы алынып тасталды: тек толық http(s) мекенжайлары сақталады.",
    ru: "Адрес {value} отброшен: сохраняются только полные http(s)-адреса.",
  },
  "item.publishedAfterFetch": {
    en: "The publication date {publishedAt} is more than 2 days after the fetch: the item is kept without a publication date.",
    kk: "{publishedAt} жариялану күні жүктелген уақыттан 2 күннен артық кейін: материал жариялану күнінсіз сақталды.",
    ru: "Дата публикации {publishedAt} более чем на 2 дня позже загрузки: материал сохранён без даты публикации.",
  },
  "parser.failed": {
    en: "The parser failed on this file; it is kept as received and the next files were read. Report it with this file attached.",
    kk: "Талдаушы бұл файлда қате берді; файл алынған күйінде сақталды, келесі файлдар оқылды. Осы файлды тіркеп хабарлаңыз.",
    ru: "Разборщик сбился на этом файле; файл сохранён как получен, следующие файлы прочитаны. Сообщите об этом, приложив файл.",
  },
  "parser.tooSlow": {
    en: "Reading this file took longer than allowed and was stopped; it is kept as received. Split the file or report it.",
    kk: "Бұл файлды оқу рұқсат етілген уақыттан ұзаққа созылып, тоқтатылды; файл алынған күйінде сақталды. Файлды бөліңіз немесе хабарлаңыз.",
    ru: "Чтение этого файла заняло больше допустимого и было остановлено; файл сохранён как получен. Разделите файл или сообщите о нём.",
  },
} as const satisfies Record<string, Record<TUiLocale, string>>;
export type TIngestErrorCode = keyof typeof INGEST_ERROR_MESSAGES;
export const INGEST_ERROR_CODES = Object.keys(INGEST_ERROR_MESSAGES) as [TIngestErrorCode, ...TIngestErrorCode[]];

/** Values for a wording's `{placeholders}`: words and numbers taken from the input. */
export type TIngestErrorParams = Record<string, string | number>;

/** A refusal's code and parameters, or null when the parser only has English prose for it. */
export function wordIngestError(
  error: { code?: TIngestErrorCode | undefined; params?: TIngestErrorParams | undefined },
  locale: TUiLocale,
): string | null {
  if (!error.code) return null;
  return fillPlaceholders(INGEST_ERROR_MESSAGES[error.code][locale], error.params ?? {});
}

/** How parsers write a location, and its wording; JSON paths and record paths are shown as written. */
const LOCATION_FORMS: { pattern: RegExp; wording: Record<TUiLocale, string> }[] = [
  {
    pattern: /^line (\d+), column (\d+)$/,
    wording: { en: "line {1}, column {2}", kk: "{1}-жол, {2}-баған", ru: "строка {1}, столбец {2}" },
  },
  { pattern: /^line (\d+)$/, wording: { en: "line {1}", kk: "{1}-жол", ru: "строка {1}" } },
  { pattern: /^byte (\d+)$/, wording: { en: "byte {1}", kk: "{1}-байт", ru: "байт {1}" } },
  { pattern: /^character (\d+)$/, wording: { en: "character {1}", kk: "{1}-таңба", ru: "символ {1}" } },
  { pattern: /^document$/, wording: { en: "document", kk: "бүкіл құжат", ru: "весь документ" } },
  { pattern: /^document body$/, wording: { en: "page body", kk: "бет мәтіні", ru: "текст страницы" } },
  {
    pattern: /^document body, element at depth (\d+) \((.*)\)$/,
    wording: {
      en: "page body, depth {1} ({2})",
      kk: "бет мәтіні, {1}-деңгей ({2})",
      ru: "текст страницы, глубина {1} ({2})",
    },
  },
  {
    pattern: /^JSON-LD block (\d+)$/,
    wording: { en: "JSON-LD block {1}", kk: "{1}-JSON-LD блогы", ru: "блок JSON-LD {1}" },
  },
  {
    pattern: /^record (\d+) \(line (\d+)\)$/,
    wording: { en: "record {1} (line {2})", kk: "{1}-жазба ({2}-жол)", ru: "запись {1} (строка {2})" },
  },
];

/** A parser's location ("line 3, column 7", "byte 0", "document") in the given language. */
export function wordIngestLocation(location: string, locale: TUiLocale): string {
  for (const { pattern, wording } of LOCATION_FORMS) {
    const match = pattern.exec(location);
    if (match) return wording[locale].replace(/\{(\d)\}/g, (_whole, index: string) => match[Number(index)] ?? "");
  }
  return location;
}
