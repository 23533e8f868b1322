import { UI_LOCALES, type TSessionUser, type TUiLocale } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { currentLocale, isUiLocale, setLocale, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Each language named in itself, so anyone can find theirs whatever the current language is. */
const NATIVE_NAMES: Record<TUiLocale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

/** Switches the dashboard language; for a signed-in user the choice is saved on the account. */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  useTranslation(); // re-render when the language changes
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.auth.setLocale.mutationOptions({
      onSuccess: ({ locale }) =>
        queryClient.setQueryData(trpc.auth.me.queryKey(), (me: TSessionUser | null | undefined) =>
          me ? { ...me, locale } : me,
        ),
    }),
  );
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t("shell.language")}</span>
      <select
        data-testid="language-switcher"
        value={currentLocale()}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isUiLocale(locale)) return;
          void setLocale(locale);
          if (signedIn) save.mutate({ locale });
        }}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
