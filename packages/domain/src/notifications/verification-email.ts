import type { TUiLocale } from "@tekser/contracts";

const WORDS: Record<TUiLocale, { subject: string; intro: string; expires: string; ignore: string }> = {
  kk: {
    subject: "Tekser: электрондық поштаңызды растаңыз",
    intro: "Tekser хабарландырулары осы мекенжайға келуі үшін оны растаңыз:",
    expires: "Сілтеме бір рет жұмыс істейді, мерзімі:",
    ignore: "Мұны сіз сұрамасаңыз, хатты елемеңіз: мекенжай расталмайды.",
  },
  ru: {
    subject: "Tekser: подтвердите адрес электронной почты",
    intro: "Чтобы уведомления Tekser приходили на этот адрес, подтвердите его:",
    expires: "Ссылка работает один раз, до",
    ignore: "Если вы этого не запрашивали, не обращайте внимания на письмо: адрес не будет подтверждён.",
  },
  en: {
    subject: "Tekser: verify your e-mail address",
    intro: "To receive Tekser notifications at this address, verify it:",
    expires: "The link works once, until",
    ignore: "If you did not ask for this, ignore this message: the address stays unverified.",
  },
};

/** The verification message, in the account's interface language; the link is its whole point. */
export function verificationEmail(
  locale: TUiLocale,
  baseUrl: string,
  token: string,
  expiresAt: Date,
): { subject: string; text: string } {
  const words = WORDS[locale];
  // The page opens in the language of the message, whatever the browser last used.
  const link = `${baseUrl.replace(/\/+$/, "")}/verify-email?token=${encodeURIComponent(token)}&ui=${locale}`;
  return {
    subject: words.subject,
    text: [
      words.intro,
      "",
      link,
      "",
      `${words.expires} ${expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`,
      "",
      "—",
      words.ignore,
    ].join("\n"),
  };
}
