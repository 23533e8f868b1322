import type { TPublishedNotice } from "@tekser/contracts";
import type { PublisherInfo } from "./publisher.ts";

/** Test data only: a realistic Kazakh notice as the API would hand it to the renderers. */
export const publisher: PublisherInfo = {
  name: "Tekser",
  url: "https://tekser.example.kz",
  baseUrl: "http://localhost:3000",
  logoUrl: "https://tekser.example.kz/logo.png",
  timeZone: "Asia/Almaty",
};

export const telegramAppearance = {
  url: "https://t.me/qazaq_zhanalyq/4127",
  site: "Telegram: Qazaq Jañalyq",
  title: "Референдум күні бүкіл елде интернет толық өшіріледі!",
  lang: "kk",
  publishedAt: "2025-03-01T08:15:00+05:00",
  author: null,
} as const satisfies TPublishedNotice["appearances"][number];

export const kazakhNotice: TPublishedNotice = {
  id: "ntc_01JNRX8K2Q",
  lang: "kk",
  version: 2,
  status: "published",
  headline: "Референдум күні интернет өшірілмейді: Telegram-дағы хабар жалған",
  summary:
    "Референдум күні интернет толық өшіріледі деген хабар шындыққа жанаспайды. Министрлік мұндай шешім қабылданбағанын растады.",
  verdict: "fake",
  claimReviewed: "Референдум күні интернет толық өшіріледі",
  firstAppearance: telegramAppearance,
  appearances: [
    telegramAppearance,
    {
      url: "https://qazaq24.com/news/referendum-internet",
      site: "qazaq24.com",
      title: "Референдум күні интернет өшіріле ме?",
      lang: "kk",
      publishedAt: "2025-03-02T10:40:00+05:00",
      author: "Айгерім Сәрсенова",
    },
  ],
  evidence: [
    {
      url: "https://www.gov.kz/memleket/entities/mdai/press/news",
      note: "Цифрлық даму министрлігінің ресми мәлімдемесі",
    },
    { url: "https://www.akorda.kz/kz/referendum", note: "Референдум туралы Жарлық мәтіні" },
  ],
  rationale:
    "Министрлік баспасөз қызметі 3 наурызда интернетті шектеу жоспарланбағанын мәлімдеді.\n\nЖарлықта да, Орталық сайлау комиссиясының қаулыларында да байланысты шектеу туралы ереже жоқ.",
  reviewers: ["Әсел Нұрланқызы", "Данияр Оспанов"],
  publishedAt: "2025-03-03T09:00:00+05:00",
  updatedAt: "2025-03-04T14:30:00+05:00",
  translations: [{ id: "ntc_01JNRX9RU", lang: "ru" }],
  history: [
    { version: 1, kind: "publication", changeNote: null, at: "2025-03-03T04:00:00.000Z" },
    {
      version: 2,
      kind: "correction",
      changeNote: "Министрлік мәлімдемесінің күні түзетілді",
      at: "2025-03-04T09:30:00.000Z",
    },
  ],
  signed: null,
};

/** A second, Russian notice so feeds hold more than one language and ordering is visible. */
export const russianNotice: TPublishedNotice = {
  ...kazakhNotice,
  id: "ntc_01JNRX9RU",
  lang: "ru",
  version: 1,
  headline: "В день референдума интернет не отключат: сообщение в Telegram — фейк",
  summary: "Сообщение о полном отключении интернета в день референдума не соответствует действительности.",
  claimReviewed: "В день референдума интернет полностью отключат",
  rationale: "Министерство цифрового развития опровергло планы ограничить связь.",
  publishedAt: "2025-03-03T11:00:00+05:00",
  updatedAt: "2025-03-03T11:00:00+05:00",
  translations: [{ id: "ntc_01JNRX8K2Q", lang: "kk" }],
  history: [{ version: 1, kind: "publication", changeNote: null, at: "2025-03-03T06:00:00.000Z" }],
};
