import type { TClaimDetail } from "@tekser/contracts";
import { useId, useState } from "react";
import { formatDateTime, formatNumber, t, tp } from "../i18n/t.ts";

type Item = TClaimDetail["items"][number];
const LONG_TEXT = 320;

/** Where and when the claim appeared, oldest first (the server orders by publication time). */
export function ItemList({ items }: { items: Item[] }) {
  return (
    <section className="panel" aria-labelledby="items-title">
      <header className="panel-header">
        <h2 id="items-title">{t("claim.items")}</h2>
        <span className="muted small">{tp("claim.itemsCount", items.length)}</span>
      </header>
      <ol className="item-list">
        {items.map((item) => (
          <ItemCard key={item.id} item={item} />
        ))}
      </ol>
    </section>
  );
}

function ItemCard({ item }: { item: Item }) {
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  // Short texts show whole; long ones are clamped to a few lines (still one copy in the page).
  const long = item.text.length > LONG_TEXT || item.text.split("\n").length > 4;
  return (
    <li className="item-card" data-testid="claim-item">
      <div className="item-meta">
        <span className={`kind-tag kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
        <strong className="item-site">{item.site}</strong>
        {item.originalSource ? (
          <span className="item-via">{t("claim.via", { source: item.originalSource })}</span>
        ) : null}
        {item.author ? <span>{t("claim.by", { author: item.author })}</span> : null}
        {item.views !== null ? <span>{t("claim.views", { views: formatNumber(item.views) })}</span> : null}
        <span className="lang-tag">{item.lang}</span>
      </div>
      {item.title ? <h3 className="item-title">{item.title}</h3> : null}
      <div className="item-dates small muted">
        <span>
          {t("claim.published", { date: item.publishedAt ? formatDateTime(item.publishedAt) : t("claim.unknownDate") })}
        </span>
        {item.archivedAt ? <span>{t("claim.archived", { date: formatDateTime(item.archivedAt) })}</span> : null}
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer noopener" className="item-url">
            {t("claim.open")}: {shortUrl(item.url)}
          </a>
        ) : null}
      </div>
      {item.text ? (
        <div className="item-text">
          <p id={textId} className={long && !expanded ? "item-text-body clamped" : "item-text-body"}>
            {item.text}
          </p>
          {long ? (
            <button
              type="button"
              className="btn btn-small btn-link"
              aria-expanded={expanded}
              aria-controls={textId}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t("claim.showLess") : t("claim.showMore")}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function shortUrl(url: string): string {
  const plain = url.replace(/^https?:\/\/(www\.)?/, "");
  return plain.length > 60 ? `${plain.slice(0, 57)}…` : plain;
}
