import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import type { SourceRow } from "./source-columns.tsx";
import { SourceForm } from "./source-form.tsx";

/** Edits one source's settings in an overlay; Escape or Cancel closes it unchanged. */
export function EditSourceDialog({
  source,
  onClose,
  onSaved,
}: {
  source: SourceRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.querySelector("input")?.focus(), []);
  const edit = useMutation(trpc.source.edit.mutationOptions({ onSuccess: () => (onSaved(), onClose()) }));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  // Imported sources (exports) have no URL and only feeds and pages are polled: the form starts from a polled shape.
  const initial = {
    name: source.name,
    url: source.url ?? "",
    kind: source.kind === "page" ? "page" : "feed",
    pollMinutes: source.pollMinutes,
  } as const;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="edit-source-title">
      <div ref={card} className="card overlay-card">
        <h2 id="edit-source-title">{t("sources.editTitle", { name: source.name })}</h2>
        <SourceForm
          initial={initial}
          submitLabel={t("sources.save")}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={(settings) => edit.mutate({ id: source.id, ...settings })}
          onCancel={onClose}
        />
      </div>
    </div>
  );
}
