import { describe, expect, it } from "vitest";
import { renderCorrectionsPage } from "./corrections-page.ts";
import { renderEmbedCard } from "./embed-card.ts";
import { renderNoticePage } from "./notice-page.ts";
import { kazakhNotice, publisher } from "./test-fixtures.ts";

describe("notice page history", () => {
  it("lists every version with its change note", () => {
    const html = renderNoticePage(kazakhNotice, publisher);
    expect(html).toContain('<section class="history" id="history">');
    expect(html).toContain('data-kind="correction" data-version="2"');
    expect(html).toContain("Министрлік мәлімдемесінің күні түзетілді");
    expect(html).toContain('href="http://localhost:3000/notices/ntc_01JNRX8K2Q/versions/1"');
  });

  it("says why a retracted notice was retracted, and shows no history for an unchanged one", () => {
    const retracted = renderNoticePage(
      {
        ...kazakhNotice,
        status: "retracted",
        history: [
          ...kazakhNotice.history,
          {
            version: 3,
            kind: "retraction",
            changeNote: "<b>Дереккөз</b> жоққа шығарды",
            at: "2025-03-05T00:00:00.000Z",
          },
        ],
      },
      publisher,
    );
    expect(retracted).toMatch(/class="retracted" role="alert">[^<]*<br>&lt;b&gt;Дереккөз&lt;\/b&gt; жоққа шығарды/);
    expect(renderNoticePage({ ...kazakhNotice, history: kazakhNotice.history.slice(0, 1) }, publisher)).not.toContain(
      'id="history"',
    );
  });
});

describe("renderEmbedCard", () => {
  it("is a small script-free card linking to the full notice in a new tab", () => {
    const html = renderEmbedCard({ ...kazakhNotice, summary: "ы".repeat(500) }, publisher);
    expect(html).not.toContain("<script");
    expect(html).toContain('<base target="_blank">');
    expect(html).toContain('href="http://localhost:3000/notices/ntc_01JNRX8K2Q"');
    expect(html).toContain("Фейк");
    expect(html).toMatch(/ы{239}…/);
  });
});

describe("renderCorrectionsPage", () => {
  it("lists corrections and retractions in their own language with links to the history", () => {
    const html = renderCorrectionsPage(
      [
        {
          noticeId: "ntc_1",
          lang: "ru",
          version: 2,
          kind: "retraction",
          headline: "Фейк <про> выборы",
          changeNote: "Источник опроверг",
          at: "2025-03-05T00:00:00.000Z",
        },
      ],
      publisher,
    );
    expect(html).toContain('<li lang="ru" data-kind="retraction">');
    expect(html).toContain("Отозвано");
    expect(html).toContain('href="http://localhost:3000/notices/ntc_1#history"');
    expect(html).toContain("Фейк &lt;про&gt; выборы");
    expect(renderCorrectionsPage([], publisher)).toContain("No corrections yet.");
  });
});
