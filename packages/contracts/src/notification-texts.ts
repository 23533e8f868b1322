import type { TUiLocale } from "./auth.ts";
import type { TNotificationDetail, TNotificationKind } from "./notifications.ts";
import { fillPlaceholders } from "./validation-issues.ts";

/**
 * Each notification's sentence in the three interface languages, written once: the dashboard's
 * bell, the e-mail and the Telegram message all say the same. `{actor}`, `{claim}`, `{excerpt}`,
 * `{source}` and `{failures}` are filled from the notification.
 */
export const NOTIFICATION_SENTENCES: Record<TNotificationKind, Record<TUiLocale, string>> = {
  assigned: {
    kk: "{actor} сізге «{claim}» мәлімдемесін тапсырды",
    ru: "{actor} назначил(а) вам утверждение «{claim}»",
    en: "{actor} assigned you “{claim}”",
  },
  mentioned: {
    kk: "{actor} «{claim}» туралы пікірде сізді атады: {excerpt}",
    ru: "{actor} упомянул(а) вас в комментарии к «{claim}»: {excerpt}",
    en: "{actor} mentioned you on “{claim}”: {excerpt}",
  },
  secondReviewWaiting: {
    kk: "{actor} «{claim}» бойынша шешімі екінші тексеруіңізді күтуде",
    ru: "Вердикт {actor} по «{claim}» ждёт вашей второй проверки",
    en: "{actor}'s verdict on “{claim}” waits for your second review",
  },
  verdictReturned: {
    kk: "{actor} «{claim}» бойынша шешіміңізді қайтарды: {excerpt}",
    ru: "{actor} вернул(а) ваш вердикт по «{claim}»: {excerpt}",
    en: "{actor} sent back your verdict on “{claim}”: {excerpt}",
  },
  sourceFailing: {
    kk: "«{source}» дереккөзі қатарынан {failures} рет оқылмады",
    ru: "Источник «{source}» не читается {failures} раз подряд",
    en: "The source “{source}” failed {failures} polls in a row",
  },
  fakeResurfaced: {
    kk: "Фейк деп танылған «{claim}» қайта таралуда",
    ru: "«{claim}», признанное фейком, снова распространяется",
    en: "“{claim}”, judged fake, is spreading again",
  },
};

/** Who "{actor}" is when nobody in particular caused the notification. */
const SYSTEM_NAME: Record<TUiLocale, string> = { kk: "Tekser", ru: "Tekser", en: "Tekser" };

/** The notification's sentence in `locale`. */
export function notificationSentence(
  locale: TUiLocale,
  notification: { kind: TNotificationKind; actor: { displayName: string } | null; detail: TNotificationDetail },
): string {
  const { detail } = notification;
  const values: Record<string, string> = {
    actor: notification.actor?.displayName ?? SYSTEM_NAME[locale],
    claim: detail.claimTitle ?? "",
    excerpt: detail.excerpt ?? "",
    source: detail.sourceName ?? "",
    failures: String(detail.failures ?? ""),
  };
  return fillPlaceholders(NOTIFICATION_SENTENCES[notification.kind][locale], values);
}
