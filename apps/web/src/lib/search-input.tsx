import { useEffect, useId, useRef, useState } from "react";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
}

/**
 * A text filter that reports its value after typing pauses (~300 ms), and follows `value` when it
 * changes from outside (back button, "clear filters").
 */
export function SearchInput({ label, value, onChange, placeholder, delayMs = 300 }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const reported = useRef(value);

  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === reported.current) return;
    const timer = setTimeout(() => {
      reported.current = text;
      onChange(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, onChange]);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
