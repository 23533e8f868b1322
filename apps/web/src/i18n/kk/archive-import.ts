import type { archiveImport as english } from "../en/archive-import.ts";
import type { Translation } from "../translation.ts";

export const archiveImport: Translation<typeof english> = {
  "archiveImport.title": "Редакция мұрағатын импорттау",
  "archiveImport.intro":
    "Бұрынғы тексерулер үкімімен бірге мәлімдемеге айналады, сондықтан олардың қайта пайда болуы бірінші күннен белгіленеді. Қабылданады: ClaimReview белгілемесі бар сақталған беттер, Google Fact Check Tools JSON не JSON Lines, CSV. Импортталған хабарламалар басқа жерде жарияланған ретінде көрсетіледі, ешқашан Tekser атынан қол қойылмайды.",
  "archiveImport.file": "Файл",
  "archiveImport.fileTooLarge":
    "Файл көлемі {size} КБ; тақта арқылы {limit} КБ-қа дейінгі мұрағаттар импортталады. Оны tekser import fact-checks <файл> командасымен импорттаңыз.",
  "archiveImport.mapping": "Сәйкестендіру (міндетті емес)",
  "archiveImport.mappingPlaceholder": "claimText=Утверждение\nСкорее ложь=fake",
  "archiveImport.mappingHint":
    "Әр жолға біреу: өріске арналған CSV бағаны (claimText, verdict, date, url, lang, publisher, claimant, appearanceUrl) немесе белгі және оның үкімі (verified, fake, misleading, unverifiable).",
  "archiveImport.badMapping": "Бұл жол өріс=Баған да, Белгі=үкім де емес: {line}",
  "archiveImport.preview": "Алдын ала қарау",
  "archiveImport.previewTitle": "Алдын ала қарау",
  "archiveImport.previewCounts":
    "Оқылған тексерулер: {total}, оның ішінде бұрын импортталғаны: {already}; импорттауға болмайтын жазбалар: {errors}.",
  "archiveImport.noRecords": "Бұл файлдан бірде-бір тексеру оқылмады.",
  "archiveImport.import": "Импорттау",
  "archiveImport.importing": "Импортталуда…",
  "archiveImport.reportTitle": "Импортталды",
  "archiveImport.reportCounts": "Импортталды {imported}, бұрын импортталған {already}, қабылданбады {rejected}.",
  "archiveImport.errors": "Импорттауға болмайтын жазбалар",
  "archiveImport.alreadyImported": "бұрын импортталған",
  "archiveImport.new": "жаңа",
  "archiveImport.col.location": "Қай жерде",
  "archiveImport.col.claim": "Мәлімдеме",
  "archiveImport.col.label": "Жарияланған белгі",
  "archiveImport.col.verdict": "Үкім",
  "archiveImport.col.date": "Күні",
  "archiveImport.col.publisher": "Басылым",
  "archiveImport.col.status": "Күйі",
  "archiveImport.error.unreadableFile": "файл оқылмайды: {value}",
  "archiveImport.error.notJson": "бұл JSON емес: {value}",
  "archiveImport.error.noClaimReviews": "мұнда ClaimReview жоқ",
  "archiveImport.error.badJsonLd": "JSON-LD блогы JSON емес, өткізіп жіберілді: {value}",
  "archiveImport.error.missingClaimText": "мәлімдеме мәтіні жоқ",
  "archiveImport.error.missingVerdict": "үкім жоқ: белгі де, баға да жоқ",
  "archiveImport.error.unknownLabel":
    "«{value}» белгісі команда шкаласында жоқ: сәйкестендіруге «{value}=fake» (не басқа үкім) қосыңыз",
  "archiveImport.error.badRating": "{value} бағасы өз шкаласынан тыс",
  "archiveImport.error.badDate": "«{value}» күн емес",
  "archiveImport.error.badUrl": "«{value}» http(s) мекенжайы емес",
  "archiveImport.error.unknownColumn": "сәйкестендіруде файлда жоқ баған аталған: {value}",
  "archiveImport.error.noClaimTextColumn":
    "мәлімдеме мәтінінің бағаны жоқ: claimText=<баған> деп көрсетіңіз (бағандар: {value})",
  "archiveImport.error.unreadableRow": "CSV жолы оқылмайды: {value}",
  "archiveImport.error.duplicateInFile": "{value} жазбасымен бірдей тексеру, бір рет оқылды",
  "archiveImport.error.refusedByDatabase": "дерекқор бұл жазбаны қабылдамады: {value}",
};
