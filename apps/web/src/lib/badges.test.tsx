import { VERDICT_LABELS, VERDICTS, type TVerdictLabel } from "@tekser/contracts";
import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@tekser/api";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/t.ts";
import { QueueFilters } from "../queue/queue-filters.tsx";
import { NO_MORE_FILTERS } from "../queue/queue-more-filters.tsx";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "../trpc.ts";
import { VerdictBadge } from "./badges.tsx";

const id = (n: number) => `5b0c1f7e-0000-4000-8000-0000000000${String(n).padStart(2, "0")}`;
/** Factcheck.kz's scale: two labels mean "misleading", one of them retired. */
const SCALE: TVerdictLabel[] = [
  ...VERDICTS.map((meaning, position) => ({
    id: id(position),
    wording: VERDICT_LABELS[meaning],
    colour: "#6b7280",
    rating: position + 1,
    meaning,
    retired: meaning === "misleading",
  })),
  {
    id: id(10),
    wording: { kk: "Айла-шарғы", ru: "Манипуляция", en: "Manipulation" },
    colour: "#7a3e9d",
    rating: 2,
    meaning: "misleading",
    retired: false,
  },
  {
    id: id(11),
    wording: { kk: "Жартылай шындық", ru: "Полуправда", en: "Half-truth" },
    colour: "#b5651d",
    rating: 3,
    meaning: "misleading",
    retired: false,
  },
];

/** Renders inside the real client with the team's scale in its cache, as the dashboard holds it. */
function renderWithScale(node: React.ReactNode) {
  const queryClient = makeQueryClient();
  const trpcClient = makeTrpcClient();
  queryClient.setQueryData(
    createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }).verdictScale.list.queryKey(),
    SCALE,
  );
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {node}
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

describe("[WEB][VERDICT-SCALE] the desk reads verdicts in its own labels", () => {
  afterEach(cleanup);
  afterAll(() => setLocale("en"));

  it("shows the label the verdict was given, in the reader's language, with its colour; the meaning stays in data-verdict", async () => {
    await setLocale("ru");
    renderWithScale(<VerdictBadge verdict="misleading" labelId={id(11)} testId="badge" />);
    const badge = screen.getByTestId("badge");
    expect(badge.textContent.trim()).toBe("Полуправда");
    expect(badge.dataset).toMatchObject({ verdict: "misleading", label: id(11) });
    expect(badge.querySelector<HTMLElement>(".tag-dot")?.style.background).toBe("#b5651d");
  });

  it("shows a verdict given no label (imported) with the scale's first active label of its meaning, and a label of another meaning never", async () => {
    await setLocale("kk");
    renderWithScale(
      <>
        <VerdictBadge verdict="misleading" labelId={null} testId="imported" />
        <VerdictBadge verdict="misleading" labelId={id(1)} testId="mismatched" />
      </>,
    );
    expect(screen.getByTestId("imported").textContent.trim()).toBe("Айла-шарғы");
    expect(screen.getByTestId("mismatched").textContent.trim()).toBe("Айла-шарғы");
  });

  it("words the queue's verdict filter, which groups by meaning, with every active label of each meaning", async () => {
    await setLocale("en");
    renderWithScale(
      <QueueFilters
        value={{ status: [], verdict: [], lang: [], q: "", ...NO_MORE_FILTERS }}
        onChange={() => undefined}
      />,
    );
    const options = [...screen.getByLabelText<HTMLSelectElement>("Verdict").options].map((option) => [
      option.value,
      option.textContent,
    ]);
    expect(options).toContainEqual(["misleading", "Manipulation / Half-truth"]);
    expect(options).toContainEqual(["fake", "Fake"]);
  });
});
