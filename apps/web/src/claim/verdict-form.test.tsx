import { VERDICT_LABELS, VERDICTS, type TClaimDetail, type TSessionUser, type TVerdictLabel } from "@tekser/contracts";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { MeContext } from "../auth/use-me.ts";
import { setLocale } from "../i18n/t.ts";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@tekser/api";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "../trpc.ts";
import { VerdictForm } from "./verdict-form.tsx";

const REVIEWER = {
  id: "5b0c1f7e-0000-4000-8000-000000000001",
  username: "aigerim",
  displayName: "Әйгерім",
  role: "reviewer",
} as TSessionUser;
// The form reads only the claim's id and revision.
const claimAt = (revision: number) => ({ id: "5b0c1f7e-0000-4000-8000-0000000000c1", revision }) as TClaimDetail;

/** The built-in scale a new desk starts with, as the server lists it. */
const DEFAULT_SCALE: TVerdictLabel[] = VERDICTS.map((meaning, position) => ({
  id: `5b0c1f7e-0000-4000-8000-00000000001${position}`,
  wording: VERDICT_LABELS[meaning],
  colour: "#6b7280",
  rating: position + 1,
  meaning,
  retired: false,
}));

/**
 * The verdict form inside the real client, with no server behind it: only what the browser checks
 * runs. The team's scale is in the client's cache, as the dashboard holds it once loaded.
 */
function renderForm(revision: number) {
  const queryClient = makeQueryClient();
  const trpcClient = makeTrpcClient();
  queryClient.setQueryData(
    createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }).verdictScale.list.queryKey(),
    DEFAULT_SCALE,
  );
  const tree = (claim: TClaimDetail) => (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <MeContext.Provider value={REVIEWER}>
          <VerdictForm claim={claim} onReload={() => undefined} />
        </MeContext.Provider>
      </TRPCProvider>
    </QueryClientProvider>
  );
  const view = render(tree(claimAt(revision)));
  return { moveTo: (next: number) => view.rerender(tree(claimAt(next))) };
}

const field = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as T;
};
const evidenceUrl = () =>
  screen.getAllByRole("textbox").find((box) => box.id.startsWith("evidence-url-")) as HTMLInputElement;

describe("[WEB][REVIEW][VERDICT-FORM] the verdict form checks what it can before sending, in the user's language, and keeps the draft", () => {
  afterEach(cleanup);
  afterAll(() => setLocale("en"));

  it("under kk, refuses an empty verdict with a Kazakh message for each field, and sends nothing", async () => {
    await setLocale("kk");
    renderForm(0);
    fireEvent.submit(screen.getByTestId("verdict-form"));
    expect(field("verdict-error").textContent).toBe("Қорытындыны таңдаңыз");
    expect(field("verdict-rationale-error").textContent).toBe("Қорытындыға негіздеме керек");
    expect(field("evidence-error").textContent).toBe("Қорытындыға кемінде бір дәлел сілтемесі керек");
    expect(field<HTMLTextAreaElement>("verdict-rationale").getAttribute("aria-invalid")).toBe("true");
    // Nothing went out: a request would have failed here (no server) and shown its error.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(document.querySelector(".error-box")).toBeNull();
  });

  it("under ru, words a link that is not http(s) and a rationale over the contract's limit, keeping what was typed", async () => {
    await setLocale("ru");
    const user = userEvent.setup();
    renderForm(0);
    await user.click(screen.getByLabelText("Фейк"));
    fireEvent.change(field("verdict-rationale"), { target: { value: "Ж".repeat(20_001) } });
    await user.type(evidenceUrl(), "gov.kz/press");
    fireEvent.submit(screen.getByTestId("verdict-form"));
    expect(field("verdict-rationale-error").textContent).toBe("Не более 20000 символов");
    expect(document.querySelector("[id^=evidence-error-]")?.textContent).toBe(
      "Доказательство должно быть ссылкой http(s)",
    );
    expect(document.getElementById("verdict-error")).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>("Фейк").checked).toBe(true);
    expect(evidenceUrl().value).toBe("gov.kz/press");
  });

  it("keeps the draft when the claim it is written on changes revision under it (a colleague starts work)", async () => {
    await setLocale("en");
    const user = userEvent.setup();
    const { moveTo } = renderForm(0);
    await user.click(screen.getByLabelText("Misleading"));
    await user.type(field("verdict-rationale"), "The figures are last year's.");
    await user.type(evidenceUrl(), "https://stat.gov.kz/ru/news/");
    moveTo(1);
    expect(screen.getByLabelText<HTMLInputElement>("Misleading").checked).toBe(true);
    expect(field<HTMLTextAreaElement>("verdict-rationale").value).toBe("The figures are last year's.");
    expect(evidenceUrl().value).toBe("https://stat.gov.kz/ru/news/");
  });
});
