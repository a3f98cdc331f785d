import { useEffect, useRef, useState } from "react";

const examples: [string, string][] = [
  ["pompeo kim", "events that mention every word, anywhere in their titles, quotes or articles"],
  ['"supreme leader"', "a phrase: these words, next to each other, in this order"],
  ["pomp", "the word being typed also finds longer words that start with it (Pompeo)"],
  ["sanctons", "small typos are forgiven: one letter off from 4 letters, two from 8"],
  ["-olympics", 'leaves out events that mention a word; -"the US" leaves out a phrase'],
  ["source:kcna", "only events an outlet reported; source:kcna,fox for either"],
  ["from:2018-03 to:2018-04", "only events in that period: a year, a month or a day; to: is inclusive"],
];

/**
 * The query language, in a modal dialog opened from a button beside the filter. The native `<dialog>`
 * traps focus and closes on Escape; focus goes back to the button on close, as the user left it. It
 * is in the page only while open, so its text never shows up in the page's text otherwise.
 */
export function QueryHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        aria-label="How to write a filter"
        title="How to write a filter"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm font-semibold text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        ?
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby="query-help-title"
          data-testid="query-help"
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
          className="m-auto max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <div className="space-y-3 p-5">
            <h2 id="query-help-title" className="text-lg font-semibold">
              Filtering events
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Type to narrow the timeline, the list and the comparison. Capitals, accents and curly quotes do
              not matter: “Chosŏn” finds “Choson”, “KCNA’s” finds “KCNA”. Press{" "}
              <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">/</kbd> anywhere to
              jump to the filter.
            </p>
            <dl className="space-y-2 text-sm">
              {examples.map(([query, meaning]) => (
                <div key={query}>
                  <dt>
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{query}</code>
                  </dt>
                  <dd className="mt-0.5 text-slate-600 dark:text-slate-300">{meaning}</dd>
                </div>
              ))}
            </dl>
            <form method="dialog" className="text-right">
              <button
                type="submit"
                className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500"
              >
                Close
              </button>
            </form>
          </div>
        </dialog>
      )}
    </>
  );
}
