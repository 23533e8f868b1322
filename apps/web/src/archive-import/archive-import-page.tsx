import { MAX_ARCHIVE_UPLOAD_BYTES, parseImportMaps, type TFactCheckImportInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { FactCheckErrors } from "./fact-check-errors.tsx";
import { FactCheckPreviewTable } from "./fact-check-preview-table.tsx";

/**
 * Import the desk's past fact-checks: choose a file, write any column or label mapping, see a
 * preview of the first records with their mapped verdicts and every error, then import.
 */
export function ArchiveImportPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [mapping, setMapping] = useState("");
  const [mappingError, setMappingError] = useState<string[] | undefined>(undefined);
  const [fileError, setFileError] = useState<string[] | undefined>(undefined);
  const preview = useMutation(trpc.archiveImport.preview.mutationOptions());
  const run = useMutation(
    trpc.archiveImport.run.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.claim.pathFilter()) }),
  );

  const request = (): TFactCheckImportInput | null => {
    if (!file) return null;
    const maps = parseImportMaps(mapping.split("\n").filter((line) => line.trim() !== ""));
    if ("bad" in maps) {
      setMappingError([t("archiveImport.badMapping", { line: maps.bad })]);
      return null;
    }
    setMappingError(undefined);
    return { ...file, ...maps };
  };

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    preview.reset();
    run.reset();
    const tooLarge = chosen !== undefined && chosen.size > MAX_ARCHIVE_UPLOAD_BYTES;
    setFileError(
      tooLarge
        ? [
            t("archiveImport.fileTooLarge", {
              size: Math.ceil(chosen.size / 1024),
              limit: MAX_ARCHIVE_UPLOAD_BYTES / 1024,
            }),
          ]
        : undefined,
    );
    setFile(chosen && !tooLarge ? { name: chosen.name, content: await chosen.text() } : null);
  };

  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    const input = request();
    run.reset();
    if (input) preview.mutate(input);
  };

  const onImport = () => {
    const input = request();
    if (input) run.mutate(input);
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("archiveImport.title")}</h1>
      </header>
      <p className="muted intro">{t("archiveImport.intro")}</p>
      <form className="panel ingest-form" onSubmit={onPreview} noValidate>
        <div className="field">
          <label htmlFor="archive-file">{t("archiveImport.file")}</label>
          <input
            id="archive-file"
            type="file"
            accept=".html,.htm,.json,.jsonl,.csv,.txt,text/*,application/json"
            onChange={(event) => void onFile(event)}
          />
          <FieldErrors id="archive-file-error" messages={fileError} />
        </div>
        <div className="field">
          <label htmlFor="archive-mapping">{t("archiveImport.mapping")}</label>
          <textarea
            id="archive-mapping"
            className="mono"
            rows={4}
            value={mapping}
            placeholder={t("archiveImport.mappingPlaceholder")}
            aria-invalid={Boolean(mappingError)}
            onChange={(event) => setMapping(event.target.value)}
          />
          <span className="small muted">{t("archiveImport.mappingHint")}</span>
          <FieldErrors id="archive-mapping-error" messages={mappingError} />
        </div>
        <ErrorBox error={preview.error ?? run.error} />
        <button type="submit" className="btn" disabled={!file || preview.isPending}>
          {t("archiveImport.preview")}
        </button>
      </form>

      {preview.data ? (
        <section className="panel" data-testid="archive-preview" aria-labelledby="archive-preview-title">
          <h2 id="archive-preview-title">{t("archiveImport.previewTitle")}</h2>
          <p data-testid="archive-preview-counts">
            {t("archiveImport.previewCounts", {
              total: preview.data.total,
              already: preview.data.alreadyImported,
              errors: preview.data.errors.length,
            })}
          </p>
          <FactCheckPreviewTable records={preview.data.records} />
          <FactCheckErrors errors={preview.data.errors} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={run.isPending || run.isSuccess}
            onClick={onImport}
          >
            {run.isPending ? t("archiveImport.importing") : t("archiveImport.import")}
          </button>
        </section>
      ) : null}

      {run.data ? (
        <section className="panel" data-testid="archive-report" aria-labelledby="archive-report-title">
          <h2 id="archive-report-title">{t("archiveImport.reportTitle")}</h2>
          <p data-testid="archive-report-counts">
            {t("archiveImport.reportCounts", {
              imported: run.data.imported,
              already: run.data.alreadyImported,
              rejected: run.data.rejected,
            })}
          </p>
          <ul>
            {run.data.claims.map((claim) => (
              <li key={`${claim.location}-${claim.claimId}`} className="small">
                <a href={`/claims/${claim.claimId}`} data-testid="archive-imported-claim">
                  {claim.location}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
