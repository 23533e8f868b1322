import { ZIngestPasteInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { IngestReport } from "./ingest-report.tsx";

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Paste or upload an export; the file is read as text in the browser and sent to `ingest.paste`. */
export function IngestPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(() => t("ingest.pastedText"));
  const [content, setContent] = useState("");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const ingest = useMutation(
    trpc.ingest.paste.mutationOptions({
      // New items may create or grow claims anywhere in the queue.
      onSuccess: () => queryClient.invalidateQueries(trpc.claim.pathFilter()),
    }),
  );

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    setName(file.name);
    setFileNote(t("ingest.fileLoaded", { name: file.name, size: formatSize(file.size) }));
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ZIngestPasteInput.safeParse({ name: name.trim() || t("ingest.pastedText"), content });
    if (!parsed.success) {
      setLocal(issuesByField(parsed.error.issues));
      return;
    }
    setLocal({});
    ingest.mutate(parsed.data);
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
            <input id="ingest-file" type="file" accept=".html,.htm,.json,.csv,.txt,.xml,.rss,.atom,.rdf,.md,text/*,application/json,application/rss+xml,application/atom+xml" onChange={(event) => void onFile(event)} />
            {fileNote ? <span className="small muted">{fileNote}</span> : null}
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
