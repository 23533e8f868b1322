import { useEffect, useRef, useState } from "react";

/**
 * The phone header's menu (the screens and the account behind one button): open and closed by
 * the button, closed by Escape (focus back on the button, so the keyboard user is not lost) and
 * by moving to another screen. On wide screens the button is not shown and the state is unused.
 */
export function useShellMenu(location: string) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const [openedAt, setOpenedAt] = useState(location);
  if (open && openedAt !== location) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const toggle = () => {
    setOpenedAt(location);
    setOpen((shown) => !shown);
  };
  return { open, toggle, button };
}
