import { CLAIM_STATUSES, LANGS, VERDICTS, type TSearchHit } from "@tekser/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { formatDateTime, t } from "../i18n/t.ts";
import { StatusBadge, VerdictBadge } from "../lib/badges.tsx";
import { ErrorBox } from "../lib/error-box.tsx";
import { useTRPC } from "../trpc.ts";
import { meaningWording } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";
import { formFromUrl, queryFromForm, urlFromForm, type SearchForm } from "./search-params.ts";

/** Full-text search over all items with the filters of the claims feature. */
export function SearchPage() {
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const { labels } = useVerdictScale();
  const { form: applied, page } = formFromUrl(useSearch());
  const [form, setForm] = useState<SearchForm>(applied);
  const appliedKey = JSON.stringify(applied);
  useEffect(() => setForm(JSON.parse(appliedKey) as SearchForm), [appliedKey]);
  const results = useQuery({
    ...trpc.claim.search.queryOptions(queryFromForm(applied, page)),
    enabled: applied.q.trim() !== "",
    placeholderData: keepPreviousData,
  });
  const set = (key: keyof SearchForm) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("search.title")}</h1>
      </header>
      <p className="intro">{t("search.intro")}</p>
      <form
        className="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(urlFromForm(form));
        }}
      >
        <Field label={t("search.query")}>
          <input
            type="search"
            name="q"
            value={form.q}
            onChange={set("q")}
            placeholder={t("search.placeholder")}
            required
          />
        </Field>
        <Field label={t("queue.language")}>
          <Choice
            name="lang"
            value={form.lang}
            onChange={set("lang")}
            options={LANGS.map((lang) => [lang, t(`lang.${lang}`)])}
          />
        </Field>
        <Field label={t("search.site")}>
          <input name="site" value={form.site} onChange={set("site")} />
        </Field>
        <Field label={t("queue.verdict")}>
          <Choice
            name="verdict"
            value={form.verdict}
            onChange={set("verdict")}
            options={VERDICTS.map((verdict) => [verdict, meaningWording(labels, verdict)])}
          />
        </Field>
        <Field label={t("queue.status")}>
          <Choice
            name="status"
            value={form.status}
            onChange={set("status")}
            options={CLAIM_STATUSES.map((status) => [status, t(`status.${status}`)])}
          />
        </Field>
        <Field label={t("search.from")}>
          <input type="date" name="from" value={form.from} onChange={set("from")} />
        </Field>
        <Field label={t("search.to")}>
          <input type="date" name="to" value={form.to} onChange={set("to")} />
        </Field>
        <button type="submit" className="btn btn-primary">
          {t("search.submit")}
        </button>
      </form>
      <ErrorBox error={results.error} />
      {results.data ? (
        <>
          {results.data.rows.length === 0 ? <p className="muted">{t("search.noResults")}</p> : null}
          {results.data.correctedQuery ? (
            <p className="muted" data-testid="search-corrected">
              {t("search.corrected", { query: applied.q, corrected: results.data.correctedQuery })}
            </p>
          ) : null}
          <ol className="search-results" data-testid="search-results">
            {results.data.rows.map((hit) => (
              <SearchHit key={hit.itemId} hit={hit} />
            ))}
          </ol>
          <div className="form-actions">
            {page > 1 ? (
              <Link to={urlFromForm(applied, page - 1)} className="btn btn-small">
                {t("table.previous")}
              </Link>
            ) : null}
            {results.data.hasMore ? (
              <Link to={urlFromForm(applied, page + 1)} className="btn btn-small">
                {t("search.more")}
              </Link>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

function Choice({
  name,
  value,
  onChange,
  options,
}: {
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: [string, string][];
}) {
  return (
    <select name={name} value={value} onChange={onChange}>
      <option value="">{t("queue.any")}</option>
      {options.map(([option, label]) => (
        <option key={option} value={option}>
          {label}
        </option>
      ))}
    </select>
  );
}

function SearchHit({ hit }: { hit: TSearchHit }) {
  return (
    <li className="search-hit" data-testid="search-hit">
      <div className="item-meta">
        <span className={`kind-tag kind-${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
        <strong>{hit.site}</strong>
        <span className="lang-tag">{hit.lang}</span>
        <span className="small muted">{formatDateTime(hit.publishedAt)}</span>
      </div>
      {hit.title ? <h3 className="item-title">{hit.title}</h3> : null}
      <p className="small">{hit.snippet}</p>
      <div className="small">
        {hit.claimId ? (
          <>
            {t("search.claim")}: <Link to={`/claims/${hit.claimId}`}>{hit.claimTitle}</Link>{" "}
            {hit.status ? <StatusBadge status={hit.status} /> : null}{" "}
            <VerdictBadge verdict={hit.verdict} labelId={hit.verdictLabelId} />
          </>
        ) : (
          <span className="muted">{t("search.noClaim")}</span>
        )}
      </div>
    </li>
  );
}
