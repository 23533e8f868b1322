import { useEffect, useRef } from "react";

export interface QueueKeyActions {
  next: () => void;
  prev: () => void;
  open: () => void;
  assignToMe: () => void;
  toggleHelp: () => void;
  closeHelp: () => void;
}

/** Typing in a form control is never a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable=true]"));
}

/** The queue's keyboard: j/k or ↓/↑ move, Enter opens, a assigns to me, ? shows the help. */
export function useQueueKeys(actions: QueueKeyActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const act = latest.current;
      const handlers: Record<string, (() => void) | undefined> = {
        j: act.next,
        ArrowDown: act.next,
        k: act.prev,
        ArrowUp: act.prev,
        Enter: act.open,
        a: act.assignToMe,
        "?": act.toggleHelp,
        Escape: act.closeHelp,
      };
      // Enter on a focused link or button keeps its own meaning.
      if (event.key === "Enter" && (event.target as HTMLElement | null)?.closest("a, button")) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
