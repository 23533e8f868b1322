import {
  VERDICT_LABELS,
  ZTipFormLang,
  type TNoticeChangeKind,
  type TNoticeVerdictLabel,
  type TTipFormLang,
  type TVerdict,
} from "@tekser/contracts";
import { detectLanguage } from "@tekser/ingest";

/** Languages a sender is answered in: kk and ru on Telegram, and en on the web form too. */
export type TTipLang = TTipFormLang;

/** A stored tip's language as one the tipline writes in (Kazakh for anything else). */
export const tipLangOf = (lang: string): TTipLang => ZTipFormLang.catch("kk").parse(lang);

interface TiplineTexts {
  welcome: string;
  acknowledged: string;
  stopped: string;
  deleted: string;
  tooMany: string;
  answerIntro: string;
  retractionIntro: string;
  retractionReason: string;
}

/** Every message the tipline sends, per language: the wording lives here only. */
export const TIPLINE_TEXTS: Record<TTipLang, TiplineTexts> = {
  kk: {
    welcome:
      "Сәлеметсіз бе! Тексеруді қажет ететін хабарды, сілтемені немесе суретті жіберіңіз. Тексеріп болған соң нәтижесін осында жібереміз. Хабар алғыңыз келмесе: /stop. Деректеріңізді өшіру: /delete",
    acknowledged:
      "Рахмет, хабарыңыз алынды. Тексеру нәтижесі жарияланғанда осында жібереміз. Хабар алғыңыз келмесе: /stop",
    stopped: "Жарайды, енді сізге хабар жібермейміз. Қайта бастау үшін: /start",
    deleted:
      "Байланыс деректеріңіз өшірілді; жіберген хабарларыңыздың мәтіні редакцияда қалады. Енді сізге хабар жібермейміз.",
    tooMany: "Хабарлар тым көп. Біраз уақыттан кейін қайта жіберіңіз.",
    answerIntro: "Сіз жіберген хабар бойынша тексеру нәтижесі:",
    retractionIntro: "Сіз жіберген хабар бойынша бұрын жіберген тексеру нәтижесін редакция кері алды:",
    retractionReason: "Себебі",
  },
  ru: {
    welcome:
      "Здравствуйте! Пришлите сообщение, ссылку или фото, которые нужно проверить. Когда проверка будет опубликована, мы пришлём результат сюда. Чтобы не получать ответы: /stop. Удалить ваши данные: /delete",
    acknowledged:
      "Спасибо, сообщение получено. Когда проверка будет опубликована, мы пришлём результат сюда. Чтобы не получать ответы: /stop",
    stopped: "Хорошо, мы больше не будем вам писать. Чтобы возобновить: /start",
    deleted:
      "Ваши контактные данные удалены; текст ваших сообщений остаётся в редакции. Мы больше не будем вам писать.",
    tooMany: "Слишком много сообщений. Попробуйте позже.",
    answerIntro: "Результат проверки по вашему сообщению:",
    retractionIntro: "Редакция отозвала результат проверки по вашему сообщению, который мы присылали ранее:",
    retractionReason: "Причина",
  },
  en: {
    welcome:
      "Hello! Send a message, link or photo you want checked. When the check is published we will send the result here. To stop answers: /stop. To delete your data: /delete",
    acknowledged:
      "Thank you, your tip was received. When the check is published we will send the result. To stop answers: /stop",
    stopped: "All right, we will not write to you again. To resume: /start",
    deleted:
      "Your contact details were deleted; the text of your tips stays with the desk. We will not write to you again.",
    tooMany: "Too many messages. Please try again later.",
    answerIntro: "The result of the check on your tip:",
    retractionIntro: "The desk has retracted the result of the check on your tip that we sent you earlier:",
    retractionReason: "Reason",
  },
};

/**
 * The language to answer a Telegram sender in: the language of what they wrote when it is kk or
 * ru, else the language their Telegram app is set to, else Kazakh (the desk's default).
 */
export function telegramAnswerLang(text: string, languageCode: string | null): "kk" | "ru" {
  const written = detectLanguage(text);
  if (written === "kk" || written === "ru") return written;
  const app = languageCode?.slice(0, 2).toLowerCase();
  return app === "ru" ? "ru" : "kk";
}

interface AnsweredChange {
  kind: TNoticeChangeKind;
  verdict: TVerdict;
  /** The label as the notice was published with it (the built-in wording for older versions). */
  verdictLabel?: TNoticeVerdictLabel | undefined;
  headline: string;
  changeNote: string | null;
  url: string;
}

/**
 * The notice change as the sender receives it: verdict label, headline, link; a retraction says
 * so, with the desk's reason, and no longer names the verdict it withdraws.
 */
export function answerText(lang: TTipLang, notice: AnsweredChange): string {
  const texts = TIPLINE_TEXTS[lang];
  if (notice.kind === "retraction") {
    const reason = notice.changeNote ? `\n${texts.retractionReason}: ${notice.changeNote}` : "";
    return `${texts.retractionIntro}\n\n${notice.headline}${reason}\n${notice.url}`;
  }
  const label = notice.verdictLabel?.wording[lang] ?? VERDICT_LABELS[notice.verdict][lang];
  return `${texts.answerIntro}\n\n${label}: ${notice.headline}\n${notice.url}`;
}
