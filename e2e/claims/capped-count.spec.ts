import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";

// English posts dated 2001, so the many claims this spec adds sort after every other spec's
// claims and stay out of their Kazakh and Russian filters (the specs share one database).
const WORDS = (
  "river bridge council budget school winter harbor market doctor rail license tariff airport " +
  "vaccine farmer court mayor station heating water tender permit museum police election grain " +
  "border factory pension clinic library stadium forest highway garden bakery theatre tunnel"
).split(" ");
const MARKER = "quillfeather";

/** A Telegram Desktop export of `count` posts with distinct texts (no two are copies of each other). */
function channelExport(count: number): string {
  let seed = 20_010_203;
  const nextWord = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return WORDS[(seed >>> 16) % WORDS.length];
  };
  const messages = Array.from({ length: count }, (_, n) => ({
    id: n + 1,
    type: "message",
    date: "2001-02-03T10:00:00",
    date_unixtime: String(981_194_400 + n * 60),
    text: `${MARKER} ${Array.from({ length: 16 }, nextWord).join(" ")}${n === 0 ? " zephyrine" : ""}`,
  }));
  return JSON.stringify({ name: "Capped count check", type: "public_channel", id: 7700, messages });
}

test("[CLAIMS][QUEUE]: a filter matching more than 1,000 claims says so instead of counting them all", async ({
  page,
}) => {
  await logIn(page, "reviewer");
  const response = await page.request.post("/trpc/ingest.paste", {
    data: { name: "capped-count.json", content: channelExport(1_005) },
    headers: SAME_ORIGIN_HEADERS,
  });
  expect(response.ok(), await response.text()).toBe(true);

  await page.goto(`/?q=${MARKER}`);
  await expect(page.getByText("More than 1,000 claims")).toBeVisible();
  // 25 a page, and the pager does not pretend to know the last one.
  await expect(page.getByText("Page 1 of 40+")).toBeVisible();
  await expect(page.getByTestId("claim-row").first()).toContainText(MARKER);

  // A narrower filter is counted exactly again.
  await page.goto(`/?q=${MARKER}+zephyrine`);
  await expect(page.getByText("1 claim", { exact: true })).toBeVisible();
});
