import { useEffect, useRef } from "react";
import { t } from "../i18n/t.ts";

const KEYS = [
  { keys: ["j", "↓"], label: "keys.next" },
  { keys: ["k", "↑"], label: "keys.prev" },
  { keys: ["Enter"], label: "keys.open" },
  { keys: ["a"], label: "keys.assign" },
  { keys: ["?"], label: "keys.help" },
] as const;

/** The overlay listing the queue's keys; Escape or the button closes it. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="keys-title" data-testid="keyboard-help">
      <div className="card overlay-card">
        <h2 id="keys-title">{t("keys.title")}</h2>
        <dl className="key-list">
          {KEYS.map((entry) => (
            <div key={entry.label}>
              <dt>
                {entry.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(entry.label)}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeButton} type="button" className="btn" onClick={onClose}>
          {t("keys.close")}
        </button>
      </div>
    </div>
  );
}
