import { ZUpdateTagInput, type TTag } from "@tekser/contracts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBox, FieldErrors } from "../lib/error-box.tsx";
import { fieldErrorsOf, issuesByField } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";
import { TagFields } from "./tag-fields.tsx";

/**
 * Admin: renames a tag or changes its colour in place. Claims carry the tag's id, so every claim
 * that has it shows the new name at once; the log records the name before and after.
 */
export function TagEditForm({ tag, onDone }: { tag: TTag; onDone: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [name, setName] = useState(tag.name);
  const [colour, setColour] = useState(tag.colour);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const update = useMutation(trpc.tag.update.mutationOptions({ onSuccess: () => onDone() }));
  const server = fieldErrorsOf(update.error);
  const nameError = local.name ?? server.name;

  return (
    <form
      className="inline-form"
      noValidate
      aria-label={t("tags.editLabel", { name: tag.name })}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = ZUpdateTagInput.safeParse({ tagId: tag.id, name, colour });
        if (!parsed.success) return setLocal(issuesByField(parsed.error.issues));
        setLocal({});
        update.mutate(parsed.data);
      }}
    >
      <TagFields
        name={name}
        colour={colour}
        invalid={Boolean(nameError)}
        errorId={`tag-${tag.id}-error`}
        onName={setName}
        onColour={setColour}
      />
      <button type="submit" className="btn btn-small" disabled={update.isPending}>
        {t("tags.save")}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => void onDone()}>
        {t("tags.cancel")}
      </button>
      <FieldErrors id={`tag-${tag.id}-error`} messages={nameError} />
      <ErrorBox error={update.error && !server.name ? update.error : null} />
    </form>
  );
}
