import { MAX_INGEST_INPUT_BYTES, ZIngestPasteInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { IngestReport } from "./ingest-report.tsx";
import { uploadForIngest } from "./upload-for-ingest.ts";

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Paste or upload an export; either is sent as bytes to the server's ingest upload route. */
export function IngestPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(() => t("ingest.pastedText"));
  const [content, setContent] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const ingest = useMutation({
    mutationFn: ({ name, body }: { name: string; body: Blob }) => uploadForIngest(name, body),
    // New items may create or grow claims anywhere in the queue.
    onSuccess: () => queryClient.invalidateQueries(trpc.claim.pathFilter()),
  });

  const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setFile(chosen);
    setName(chosen.name);
  };

  const removeFile = () => {
    setFile(null);
    setName(t("ingest.pastedText"));
    // Otherwise choosing the same file again would not fire a change.
    if (fileInput.current) fileInput.current.value = "";
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmedName = name.trim() || (file ? file.name : t("ingest.pastedText"));
    if (file) {
      if (file.size > MAX_INGEST_INPUT_BYTES) {
        setLocal({
          file: [t("ingest.fileTooLarge", { size: formatSize(file.size), limit: formatSize(MAX_INGEST_INPUT_BYTES) })],
        });
        return;
      }
      setLocal({});
      ingest.mutate({ name: trimmedName, body: file });
      return;
    }
    const parsed = ZIngestPasteInput.safeParse({ name: trimmedName, content });
    if (!parsed.success) {
      setLocal(issuesByField(parsed.error.issues));
      return;
    }
    setLocal({});
    ingest.mutate({
      name: parsed.data.name,
      body: new Blob([parsed.data.content], { type: "text/plain;charset=utf-8" }),
    });
  };

  const server = fieldErrorsOf(ingest.error);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t("ingest.title")}</h1>
      </header>
      <p className="muted intro">{t("ingest.intro")}</p>
      <form className="panel ingest-form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="ingest-file">{t("ingest.file")}</label>
            <input
              id="ingest-file"
              ref={fileInput}
              type="file"
              accept=".html,.htm,.json,.csv,.txt,.xml,.rss,.atom,.rdf,.md,text/*,application/json,application/rss+xml,application/atom+xml"
              onChange={onFile}
            />
            {file ? (
              <span className="small muted" data-testid="ingest-file-note">
                {t("ingest.fileChosen", { name: file.name, size: formatSize(file.size) })}{" "}
                <button type="button" className="btn btn-link" onClick={removeFile}>
                  {t("ingest.removeFile")}
                </button>
              </span>
            ) : null}
            <FieldErrors id="ingest-file-error" messages={local.file} />
          </div>
          <div className="field">
            <label htmlFor="ingest-name">{t("ingest.name")}</label>
            <input id="ingest-name" value={name} onChange={(event) => setName(event.target.value)} />
            <FieldErrors id="ingest-name-error" messages={local.name ?? server.name} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="ingest-content">{t("ingest.content")}</label>
          <textarea
            id="ingest-content"
            className="mono"
            rows={12}
            value={content}
            disabled={file !== null}
            placeholder={t("ingest.contentPlaceholder")}
            aria-invalid={Boolean(local.content ?? server.content)}
            onChange={(event) => setContent(event.target.value)}
          />
          <FieldErrors id="ingest-content-error" messages={local.content ?? server.content} />
        </div>
        {ingest.error && !server.content && !server.name ? <ErrorBox error={ingest.error} /> : null}
        <button type="submit" className="btn btn-primary" disabled={ingest.isPending}>
          {ingest.isPending ? t("ingest.submitting") : t("ingest.submit")}
        </button>
      </form>
      {ingest.data ? <IngestReport report={ingest.data} /> : null}
    </section>
  );
}
