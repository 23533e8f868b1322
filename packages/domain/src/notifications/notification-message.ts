import {
  notificationSentence,
  type TNotificationDetail,
  type TNotificationKind,
  type TUiLocale,
} from "@tekser/contracts";

/** The words around the sentence, in the recipient's interface language. */
const FRAME: Record<TUiLocale, { open: string; why: string }> = {
  kk: { open: "Ашу", why: "Бұл хабарды Tekser-дегі «Менің аккаунтым» бетінде таңдағаныңыз үшін алдыңыз." },
  ru: {
    open: "Открыть",
    why: "Вы получили это сообщение, потому что выбрали такие уведомления на странице «Мой аккаунт» в Tekser.",
  },
  en: { open: "Open", why: "You get this because you chose it on your My account page in Tekser." },
};

/** Long enough for the claim's title; mail clients cut long subjects anyway. */
const SUBJECT_CHARS = 150;

export interface NotificationForMessage {
  kind: TNotificationKind;
  claimId: string | null;
  actor: { displayName: string } | null;
  detail: TNotificationDetail;
}

function link(baseUrl: string, notification: NotificationForMessage): string | null {
  return notification.claimId ? `${baseUrl.replace(/\/+$/, "")}/claims/${notification.claimId}` : null;
}

/** The e-mail: the sentence as subject (shortened) and body, a link to the claim, and why it came. */
export function notificationEmail(
  locale: TUiLocale,
  notification: NotificationForMessage,
  baseUrl: string,
): { subject: string; text: string } {
  const sentence = notificationSentence(locale, notification);
  const subject = sentence.length > SUBJECT_CHARS ? `${sentence.slice(0, SUBJECT_CHARS - 1)}…` : sentence;
  const url = link(baseUrl, notification);
  const text = [sentence, ...(url ? ["", `${FRAME[locale].open}: ${url}`] : []), "", "—", FRAME[locale].why].join("\n");
  return { subject: `Tekser: ${subject}`, text };
}

/** The Telegram message: the sentence and the link (Telegram shows its preview). */
export function notificationTelegramText(
  locale: TUiLocale,
  notification: NotificationForMessage,
  baseUrl: string,
): string {
  const url = link(baseUrl, notification);
  return [notificationSentence(locale, notification), ...(url ? [url] : [])].join("\n\n");
}
