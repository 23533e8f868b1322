import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/t.ts";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "../trpc.ts";
import { ChangePasswordForm } from "./change-password-page.tsx";

/** The password form inside the real client; no server answers at this test's origin. */
function renderForm() {
  const queryClient = makeQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={makeTrpcClient()} queryClient={queryClient}>
        <ChangePasswordForm className="card" title="—" intro="—" />
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

const errorOf = (id: string) => document.getElementById(`pw-${id}-error`)?.textContent ?? null;

describe("[WEB][ACCOUNT][PASSWORD-FORM] the password form words its refusals in the user's language", () => {
  afterEach(cleanup);
  afterAll(() => setLocale("en"));

  for (const [locale, words] of [
    [
      "kk",
      {
        current: "Қазіргі құпиясөз",
        next: "Жаңа құпиясөз",
        confirm: "Құпиясөзді растау",
        required: "Бұл өрісті толтырыңыз",
        short: "Кемінде 12 таңба қолданыңыз",
        differ: "Екі жаңа құпиясөз бірдей емес",
        network: "Серверге қосылу мүмкін емес. Байланысты тексеріп, қайталаңыз.",
      },
    ],
    [
      "ru",
      {
        current: "Текущий пароль",
        next: "Новый пароль",
        confirm: "Подтвердите пароль",
        required: "Заполните это поле",
        short: "Используйте не менее 12 символов",
        differ: "Новые пароли не совпадают",
        network: "Нет связи с сервером. Проверьте подключение и повторите.",
      },
    ],
  ] as const) {
    it(`under ${locale}, names each field's problem from the contract's own check, then says the server cannot be reached`, async () => {
      await setLocale(locale);
      const user = userEvent.setup();
      renderForm();
      await user.type(screen.getByLabelText(words.next), "short");
      await user.type(screen.getByLabelText(words.confirm), "shorter");
      await user.keyboard("{Enter}");
      expect(errorOf("currentPassword")).toBe(words.required);
      expect(errorOf("newPassword")).toBe(words.short);
      expect(errorOf("confirm")).toBe(words.differ);
      expect(screen.getByLabelText(words.next).getAttribute("aria-invalid")).toBe("true");

      await user.type(screen.getByLabelText(words.current), "ескі құпиясөз");
      await user.clear(screen.getByLabelText(words.next));
      await user.type(screen.getByLabelText(words.next), "ұзын жаңа құпия тіркес");
      await user.clear(screen.getByLabelText(words.confirm));
      await user.type(screen.getByLabelText(words.confirm), "ұзын жаңа құпия тіркес");
      await user.keyboard("{Enter}");
      expect(await screen.findByRole("alert")).toHaveProperty("textContent", words.network);
      expect(errorOf("newPassword")).toBeNull();
    });
  }
});
