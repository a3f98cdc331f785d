import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useCorpus } from "../data/use-corpus.ts";
import { controlClass } from "../layout/buttons.ts";
import { CopyLinkButton } from "../share/CopyLinkButton.tsx";
import { useShownState } from "../share/use-shown-state.ts";
import type { UrlTheme } from "../state/url-params.ts";
import { absoluteUrlFor } from "../state/use-url-state.ts";
import {
  clampHeight,
  DEFAULT_EMBED_HEIGHT,
  embedSnippet,
  embedState,
  HOST_SCRIPT,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
} from "./embed-snippet.ts";

const themeChoices: [UrlTheme | null, string][] = [
  [null, "The reader’s setting"],
  ["light", "Light"],
  ["dark", "Dark"],
];
const fieldClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/**
 * The "Embed" dialog: options, and the `<iframe>` snippet for the current view. A native modal
 * dialog, so the page behind is inert and Escape closes it; Tab is kept inside it as well, since
 * the browser would otherwise let focus leave for its own toolbar.
 */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useShownState();
  const corpus = useCorpus();
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const [theme, setTheme] = useState<UrlTheme | null>(null);
  const [compare, setCompare] = useState(false);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);

  const height = clampHeight(Number(heightText));
  const event =
    state.event && corpus.status === "success" ? corpus.corpus.eventById.get(state.event) : undefined;
  const src = absoluteUrlFor(embedState(state, { height, theme, compare }));
  const snippet = embedSnippet(src, event ? `Parallax: ${event.title}` : "Parallax timeline", height);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    // Escape closes only the dialog (through its cancel event), not the event behind it as well.
    if (e.key === "Escape") e.stopPropagation();
    if (e.key !== "Tab" || !dialog.current) return;
    const focusable = [
      ...dialog.current.querySelectorAll<HTMLElement>("button, input, textarea, select, a[href], summary"),
    ].filter((el) => !el.hasAttribute("disabled") && el.checkVisibility());
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      data-testid="embed-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start gap-3">
        <h2 id={titleId} className="flex-1 text-lg font-semibold">
          Embed this view
        </h2>
        <button type="button" className={controlClass} onClick={onClose}>
          Close
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Paste this into your page. It shows the timeline and the event detail as you see them now, with a link
        to open Parallax.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Height in pixels
          <input
            type="number"
            inputMode="numeric"
            min={MIN_EMBED_HEIGHT}
            max={MAX_EMBED_HEIGHT}
            step={10}
            value={heightText}
            onChange={(e) => setHeightText(e.target.value)}
            onBlur={() => setHeightText(String(height))}
            className={`mt-1 ${fieldClass}`}
          />
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium">Colours</legend>
          <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {themeChoices.map(([value, label]) => (
              <label key={label} className="inline-flex items-center gap-1.5">
                <input
                  type="radio"
                  name="embed-theme"
                  checked={theme === value}
                  onChange={() => setTheme(value)}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="inline-flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} />
          Show how the outlets compare under the selected event
        </label>
      </div>
      <label className="mt-4 block text-sm font-medium">
        Embed code
        <textarea
          data-testid="embed-code"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
          className={`mt-1 ${fieldClass}`}
        />
      </label>
      <div className="mt-2">
        <CopyLinkButton
          label="Copy code"
          copiedText="Code copied"
          testId="copy-embed-code"
          url={() => snippet}
        />
      </div>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-medium">
          Let the frame grow and shrink with its content
        </summary>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          Add this script to your page once; it sizes every Parallax frame on the page from the height the
          frame reports.
        </p>
        <textarea
          data-testid="embed-host-script"
          readOnly
          rows={6}
          value={HOST_SCRIPT}
          onFocus={(e) => e.currentTarget.select()}
          className={`mt-1 ${fieldClass}`}
        />
      </details>
    </dialog>
  );
}
