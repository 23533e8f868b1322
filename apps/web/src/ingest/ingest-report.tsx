import { wordIngestError, wordIngestLocation, type TIngestError, type TIngestReport } from "@tekser/contracts";
import { currentLocale, formatDateTime, formatNumber, t } from "../i18n/t.ts";

/** What one ingest run did: counts, every item read, and every record it could not read. */
export function IngestReport({ report }: { report: TIngestReport }) {
  return (
    <section className="panel ingest-report" data-testid="ingest-report" aria-labelledby="report-title">
      <h2 id="report-title">{t("ingest.report")}</h2>
      <dl className="stats">
        <div className="stat stat-accepted">
          <dt>{t("ingest.accepted")}</dt>
          <dd data-testid="ingest-accepted">{report.accepted}</dd>
        </div>
        <div className="stat stat-duplicates">
          <dt>{t("ingest.duplicates")}</dt>
          <dd data-testid="ingest-duplicates">{report.duplicates}</dd>
        </div>
        <div className="stat stat-rejected">
          <dt>{t("ingest.rejected")}</dt>
          <dd data-testid="ingest-rejected">{report.rejected}</dd>
        </div>
      </dl>

      <h3>{t("ingest.items")}</h3>
      {report.items.length === 0 ? (
        <p className="muted">{t("ingest.noItems")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t("ingest.col.kind")}</th>
                <th scope="col">{t("ingest.col.title")}</th>
                <th scope="col">{t("ingest.col.lang")}</th>
                <th scope="col">{t("ingest.col.published")}</th>
                <th scope="col">{t("ingest.col.author")}</th>
                <th scope="col" className="num">
                  {t("ingest.col.views")}
                </th>
                <th scope="col">{t("ingest.col.source")}</th>
                <th scope="col">{t("ingest.col.originalSource")}</th>
                <th scope="col">{t("ingest.col.archived")}</th>
                <th scope="col">{t("ingest.col.duplicate")}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.id} data-testid="ingest-item" className={item.duplicate ? "is-duplicate" : undefined}>
                  <td>
                    <span className={`kind-tag kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
                  </td>
                  <td className="col-title">
                    {item.url ? (
                      <a href={item.url} target="_blank" rel="noreferrer noopener">
                        {item.title ?? item.url}
                      </a>
                    ) : (
                      (item.title ?? "—")
                    )}
                  </td>
                  <td>
                    <span className="lang-tag">{item.lang}</span>
                  </td>
                  <td className="nowrap">{formatDateTime(item.publishedAt)}</td>
                  <td>{item.author ?? "—"}</td>
                  <td className="num">{formatNumber(item.views)}</td>
                  <td>{item.source}</td>
                  <td>{item.originalSource ?? "—"}</td>
                  <td className="nowrap">{formatDateTime(item.archivedAt)}</td>
                  <td>{item.duplicate ? <span className="badge dup-yes">{t("ingest.yes")}</span> : t("ingest.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {report.errors.length > 0 ? (
        <>
          <h3>{t("ingest.errors")}</h3>
          <div className="table-wrap">
            <table className="data-table compact errors-table">
              <thead>
                <tr>
                  <th scope="col">{t("ingest.col.input")}</th>
                  <th scope="col">{t("ingest.col.location")}</th>
                  <th scope="col">{t("ingest.col.message")}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => (
                  <tr key={index} data-testid="ingest-error">
                    <td>{error.input}</td>
                    <td className="mono">{wordIngestLocation(error.location, currentLocale())}</td>
                    <td>
                      <IngestErrorMessage error={error} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

/**
 * A refusal in the user's language from its code; one the parser has only English prose for is
 * named as refused, with that prose a click away for whoever reports it.
 */
function IngestErrorMessage({ error }: { error: TIngestError }) {
  const locale = currentLocale();
  const worded = wordIngestError(error, locale);
  if (worded !== null) return <>{worded}</>;
  if (locale === "en") return <>{error.message}</>;
  return (
    <details>
      <summary>{t("ingest.error.uncoded")}</summary>
      <span lang="en">{error.message}</span>
    </details>
  );
}
