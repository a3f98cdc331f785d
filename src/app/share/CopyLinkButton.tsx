import { useEffect, useId, useRef, useState } from "react";
import { controlClass } from "../layout/buttons.ts";
import { copySelection, writeClipboard } from "./copy-text.ts";

type Outcome = "idle" | "copied" | "manual";
const CONFIRMATION_MS = 2500;
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * A "Copy link" button with a visible confirmation. Where the clipboard is denied (sandboxed or
 * cross-origin iframes), it shows the link in a read-only field, selected, and asks for Ctrl+C.
 */
export function CopyLinkButton({
  url,
  label,
  copiedText = "Link copied",
  testId = "copy-link",
}: {
  url: () => string;
  label: string;
  copiedText?: string;
  testId?: string;
}) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  const [shown, setShown] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const statusId = useId();

  useEffect(() => {
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome("idle"), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  // The fallback field exists only after this render: select it then, and try the older copy.
  useEffect(() => {
    if (outcome !== "manual" || !field.current) return;
    field.current.focus();
    field.current.select();
    if (copySelection()) setOutcome("copied");
  }, [outcome]);

  const copy = async () => {
    const text = url();
    setShown(text);
    setOutcome((await writeClipboard(text)) ? "copied" : "manual");
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid={testId}
        className={controlClass}
        aria-describedby={statusId}
        onClick={copy}
      >
        {label}
      </button>
      <span id={statusId} role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {outcome === "copied" && copiedText}
        {outcome === "manual" && `Press ${isMac() ? "⌘C" : "Ctrl+C"} to copy`}
      </span>
      {outcome === "manual" && (
        <input
          ref={field}
          data-testid={`${testId}-field`}
          readOnly
          value={shown}
          aria-label="Text to copy"
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.stopPropagation();
              setOutcome("idle");
            }
          }}
          className="w-64 max-w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
      )}
    </span>
  );
}
