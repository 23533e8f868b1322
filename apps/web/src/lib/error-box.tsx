import { errorMessage } from "./errors.ts";

/** An inline error announced to screen readers; renders nothing without an error. */
export function ErrorBox({ error, children }: { error?: unknown; children?: React.ReactNode }) {
  if (!error && !children) return null;
  return (
    <div className="error-box" role="alert">
      {children ?? errorMessage(error)}
    </div>
  );
}

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {messages.join(" ")}
    </p>
  );
}
