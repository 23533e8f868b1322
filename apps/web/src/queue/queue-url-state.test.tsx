import { QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/t.ts";
import { makeQueryClient, makeTrpcClient, TRPCProvider } from "../trpc.ts";
import { Pager } from "../lib/pager.tsx";
import { useUrlState } from "../lib/url-state.ts";
import { QueueFilters } from "./queue-filters.tsx";
import { QueueTable } from "./queue-table.tsx";
import { queueCodec } from "./queue-url-state.ts";
import { useQueueTable } from "./use-queue-table.ts";

/** The queue's table state as QueuePage wires it, over a server page of no rows out of 120. */
function Queue() {
  const [state, update] = useUrlState(queueCodec);
  const [selection, setSelection] = useState({});
  const { table, pageCount, morePages, filter } = useQueueTable({
    state,
    update,
    page: { rows: [], rowCount: 120, capped: false },
    selection,
    onSelection: setSelection,
    selectable: false,
    visibility: {},
    order: [],
  });
  return (
    <>
      <QueueFilters value={state} onChange={filter} />
      <QueueTable table={table} stale={false} activeIndex={-1} onActivate={() => undefined} onOpen={() => undefined} />
      <Pager
        page={state.page}
        pageCount={pageCount}
        perPage={state.perPage}
        summary=""
        morePages={morePages}
        onPage={(page) => table.setPageIndex(page - 1)}
        onPerPage={(size) => table.setPageSize(size)}
      />
    </>
  );
}

/** The queue at `url`, and the URL it is at now. */
function renderAt(url: string) {
  const location = memoryLocation({ path: url, record: true });
  // The real client, with no server behind it here: the tag filter's list stays empty.
  const queryClient = makeQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={makeTrpcClient()} queryClient={queryClient}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          <Queue />
        </Router>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return {
    search: () => new URLSearchParams((location.history.at(-1) ?? "").split("?")[1] ?? ""),
    history: location.history,
  };
}

const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(name) });

describe("[WEB][QUEUE][URL] the queue table's state lives in the URL and comes back from it", () => {
  beforeAll(() => setLocale("en"));
  afterEach(cleanup);

  it("reads sort, page and filters from a shared link", () => {
    renderAt("/?sort=priority.desc&page=3&status=new,reopened&verdict=fake&lang=kk&perPage=50");
    expect(header("Priority").getAttribute("aria-sort")).toBe("descending");
    expect(header("Claim").getAttribute("aria-sort")).toBe("none");
    expect(screen.getByTestId("page-indicator").textContent).toBe("Page 3 of 3");
    expect(screen.getByLabelText<HTMLSelectElement>("Verdict").value).toBe("fake");
    expect(screen.getByLabelText<HTMLSelectElement>("Rows per page").value).toBe("50");
    const statuses = within(screen.getByRole("group", { name: "Status" }));
    expect(statuses.getByLabelText<HTMLInputElement>("New").checked).toBe(true);
    expect(statuses.getByLabelText<HTMLInputElement>("Reopened").checked).toBe(true);
    expect(statuses.getByLabelText<HTMLInputElement>("In review").checked).toBe(false);
    expect(screen.getByRole("button", { name: "Filters (4 in use)" })).toBeTruthy();
  });

  it("writes a page turn, a sort and a filter to the URL; a sort or a filter goes back to page 1; the back button's history has each step", async () => {
    const user = userEvent.setup();
    const { search, history } = renderAt("/?lang=kk");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(search().get("page")).toBe("2");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(search().get("page")).toBe("3");

    await user.click(within(header("Priority")).getByRole("button"));
    expect(search().get("sort")).toMatch(/^priority\.(asc|desc)$/);
    expect(search().get("page")).toBeNull();
    expect(search().get("lang")).toBe("kk");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(search().get("page")).toBe("2");
    await user.selectOptions(screen.getByLabelText("Verdict"), "misleading");
    expect(search().get("verdict")).toBe("misleading");
    expect(search().get("page")).toBeNull();
    expect(search().get("sort")).toMatch(/^priority\./);
    expect(history).toHaveLength(6);
  });

  it("shows and sets verdict, language and priority as one choice each, or any; any leaves the filter out of the URL", async () => {
    const user = userEvent.setup();
    const { search } = renderAt("/?verdict=fake&lang=ru&priority=2&page=3");
    const verdict = screen.getByLabelText<HTMLSelectElement>("Verdict");
    const language = screen.getByLabelText<HTMLSelectElement>("Language");
    const priority = screen.getByLabelText<HTMLSelectElement>("Priority");
    expect([verdict.value, language.value, priority.value]).toEqual(["fake", "ru", "2"]);
    // "Any" first, then every value the filter can take.
    expect(
      within(language)
        .getAllByRole("option")
        .map((option) => option.getAttribute("value")),
    ).toEqual(["", "kk", "ru", "en", "other"]);
    expect(
      within(priority)
        .getAllByRole("option")
        .map((option) => option.getAttribute("value")),
    ).toEqual(["", "1", "2", "3", "4"]);
    expect(within(language).getByRole("option", { name: "Russian (ru)" })).toBeTruthy();

    await user.selectOptions(priority, "4");
    expect(search().get("priority")).toBe("4");
    expect(search().get("page")).toBeNull();
    await user.selectOptions(language, "kk");
    expect(search().get("lang")).toBe("kk");
    await user.selectOptions(language, "");
    expect(search().has("lang")).toBe(false);
    await user.selectOptions(verdict, "");
    expect(search().has("verdict")).toBe(false);
    expect(search().get("priority")).toBe("4");
    expect(screen.getByRole("button", { name: "Filters (1 in use)" })).toBeTruthy();
  });

  it("keeps a typed search out of the history until typing pauses, then goes back to page 1", async () => {
    const user = userEvent.setup();
    const { search, history } = renderAt("/?page=2");
    await user.type(screen.getByLabelText("Search titles"), "пенсия");
    await waitFor(() => expect(search().get("q")).toBe("пенсия"), { timeout: 10_000 });
    expect(search().get("page")).toBeNull();
    // The search replaced the entry it was typed on: the back button does not step through letters.
    expect(history).toHaveLength(1);
  });

  it("drops what the URL cannot mean: unknown statuses and sort keys, a page below 1, a page size not offered", () => {
    renderAt("/?status=new,deleted&sort=password.asc,title.desc&page=-4&perPage=7");
    expect(header("Claim").getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByTestId("page-indicator").textContent).toBe("Page 1 of 5");
    expect(screen.getByLabelText<HTMLSelectElement>("Rows per page").value).toBe("25");
    expect(screen.getByRole("button", { name: "Filters (1 in use)" })).toBeTruthy();
  });
});
