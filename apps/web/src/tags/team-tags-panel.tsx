import { ZDefineTagInput } from "@tekser/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { TagChip } from "./tag-chip.tsx";
import { TagEditForm } from "./tag-edit-form.tsx";
import { TagFields } from "./tag-fields.tsx";
import { useTags } from "./use-tags.ts";

/** Admin: the team's tags (one name and a colour each), renamed in place; deleting one takes it off every claim. */
export function TeamTagsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { tags } = useTags();
  const [name, setName] = useState("");
  const [colour, setColour] = useState("#2f6f9f");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tag.list.queryKey() });
  const define = useMutation(
    trpc.tag.define.mutationOptions({
      onSuccess: async () => {
        setName("");
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.tag.delete.mutationOptions({ onSuccess: () => refresh() }));
  const server = fieldErrorsOf(define.error);

  return (
    <div className="panel action-panel" data-testid="team-tags">
      <h2>{t("tags.title")}</h2>
      <p className="muted small">{t("tags.hint")}</p>
      <ul className="tag-admin-list">
        {tags.map((tag) =>
          editing === tag.id ? (
            <li key={tag.id}>
              <TagEditForm
                tag={tag}
                onDone={async () => {
                  setEditing(null);
                  await refresh();
                }}
              />
            </li>
          ) : (
            <li key={tag.id}>
              <TagChip tag={tag} />
              <button
                type="button"
                className="btn btn-small btn-ghost"
                aria-label={t("tags.edit", { name: tag.name })}
                onClick={() => setEditing(tag.id)}
              >
                {t("tags.editShort")}
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                disabled={remove.isPending}
                aria-label={t("tags.delete", { name: tag.name })}
                onClick={() =>
                  window.confirm(t("tags.deleteConfirm", { name: tag.name })) && remove.mutate({ tagId: tag.id })
                }
              >
                ×
              </button>
            </li>
          ),
        )}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = ZDefineTagInput.safeParse({ name, colour });
          if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
          setLocal({});
          define.mutate(parsed.data);
        }}
      >
        <TagFields
          name={name}
          colour={colour}
          invalid={Boolean(local.name ?? server.name)}
          onName={setName}
          onColour={setColour}
        />
        <button type="submit" className="btn btn-small" disabled={define.isPending}>
          {t("tags.add")}
        </button>
      </form>
      <FieldErrors id="tag-name-error" messages={local.name ? [t("tags.needName")] : server.name} />
      <ErrorBox error={define.error && !server.name ? define.error : (remove.error ?? null)} />
    </div>
  );
}
