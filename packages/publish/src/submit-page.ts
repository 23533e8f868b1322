import { TIP_FORM_LANGS, type TTipFormLang } from "@tekser/contracts";
import { escapeHtml } from "./html.ts";
import { NOTICE_PAGE_CSS } from "./notice-page-style.ts";
import type { PublisherInfo } from "./publisher.ts";

interface SubmitTexts {
  languageName: string;
  title: string;
  intro: string;
  text: string;
  link: string;
  image: string;
  contact: string;
  contactHint: string;
  send: string;
  accepted: string;
  tooMany: string;
  invalid: string;
  privacy: string;
}

/** The /submit page's wording per language. */
const SUBMIT_TEXTS: Record<TTipFormLang, SubmitTexts> = {
  kk: {
    languageName: "Қазақша",
    title: "Тексеруге жіберу",
    intro: "Күмәнді хабар, сілтеме немесе сурет көрдіңіз бе? Жіберіңіз, біз тексереміз.",
    text: "Не көрдіңіз немесе естідіңіз?",
    link: "Сілтеме (бар болса)",
    image: "Сурет немесе скриншот (міндетті емес)",
    contact: "Байланыс (міндетті емес)",
    contactHint: "E-mail немесе телефон, егер жауап алғыңыз келсе.",
    send: "Жіберу",
    accepted: "Рахмет! Хабарыңыз редакцияға жетті.",
    tooMany: "Хабарлар тым көп. Біраз уақыттан кейін қайта жіберіңіз.",
    invalid: "Не көргеніңізді жазыңыз немесе сілтеме қойыңыз (сілтеме http немесе https-пен басталуы керек).",
    privacy: "Хабарыңыз жария етілмейді. Байланыс деректерін сұрауыңыз бойынша өшіреміз.",
  },
  ru: {
    languageName: "Русский",
    title: "Отправить на проверку",
    intro: "Видели сомнительное сообщение, ссылку или фото? Пришлите, мы проверим.",
    text: "Что вы увидели или услышали?",
    link: "Ссылка (если есть)",
    image: "Фото или скриншот (необязательно)",
    contact: "Контакт (необязательно)",
    contactHint: "E-mail или телефон, если хотите получить ответ.",
    send: "Отправить",
    accepted: "Спасибо! Ваше сообщение получено редакцией.",
    tooMany: "Слишком много сообщений. Попробуйте позже.",
    invalid: "Опишите, что вы увидели, или вставьте ссылку (ссылка должна начинаться с http или https).",
    privacy: "Ваше сообщение не публикуется. Контактные данные удалим по вашей просьбе.",
  },
  en: {
    languageName: "English",
    title: "Send us something to check",
    intro: "Seen a doubtful message, link or photo? Send it and we will check it.",
    text: "What did you see or hear?",
    link: "Link (if any)",
    image: "Photo or screenshot (optional)",
    contact: "Contact (optional)",
    contactHint: "E-mail or phone, if you would like an answer.",
    send: "Send",
    accepted: "Thank you! The desk received your tip.",
    tooMany: "Too many messages. Please try again later.",
    invalid: "Describe what you saw or paste a link (a link must start with http or https).",
    privacy: "Your tip is never published. We delete your contact details on request.",
  },
};

export type SubmitOutcome = "accepted" | "too-many" | "invalid";

/** The public tip form, server-rendered without scripts, with the outcome of a submission. */
export function renderSubmitPage(lang: TTipFormLang, publisher: PublisherInfo, outcome?: SubmitOutcome): string {
  const t = SUBMIT_TEXTS[lang];
  const status =
    outcome === "accepted" ? t.accepted : outcome === "too-many" ? t.tooMany : outcome === "invalid" ? t.invalid : null;
  const languages = TIP_FORM_LANGS.map((other) =>
    other === lang
      ? `<strong>${escapeHtml(SUBMIT_TEXTS[other].languageName)}</strong>`
      : `<a href="/submit?lang=${other}" lang="${other}">${escapeHtml(SUBMIT_TEXTS[other].languageName)}</a>`,
  ).join(" · ");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${t.title} — ${publisher.name}`)}</title>
<style>${NOTICE_PAGE_CSS}
form.tip label { display: block; margin-top: 1em; font-weight: 600; }
form.tip textarea, form.tip input[type=url], form.tip input[type=text] { width: 100%; box-sizing: border-box; }
form.tip button { margin-top: 1em; }</style>
</head>
<body>
<header class="site site-header"><a href="${escapeHtml(publisher.baseUrl)}">${escapeHtml(publisher.name)}</a></header>
<main>
<article>
<nav class="languages">${languages}</nav>
<h1>${escapeHtml(t.title)}</h1>
${status ? `<p role="status" data-outcome="${outcome}">${escapeHtml(status)}</p>` : ""}
<p>${escapeHtml(t.intro)}</p>
<form class="tip" method="post" action="/submit" enctype="multipart/form-data">
<input type="hidden" name="lang" value="${lang}">
<label for="tip-text">${escapeHtml(t.text)}</label>
<textarea id="tip-text" name="text" rows="6" maxlength="5000"></textarea>
<label for="tip-link">${escapeHtml(t.link)}</label>
<input id="tip-link" name="link" type="url" maxlength="4000">
<label for="tip-image">${escapeHtml(t.image)}</label>
<input id="tip-image" name="image" type="file" accept="image/png,image/jpeg,image/webp,image/gif">
<label for="tip-contact">${escapeHtml(t.contact)}</label>
<input id="tip-contact" name="contact" type="text" maxlength="200" aria-describedby="tip-contact-hint">
<small id="tip-contact-hint">${escapeHtml(t.contactHint)}</small>
<div><button type="submit">${escapeHtml(t.send)}</button></div>
</form>
<p><small>${escapeHtml(t.privacy)}</small></p>
</article>
</main>
</body>
</html>
`;
}
