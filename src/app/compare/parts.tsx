import type { MouseEvent, ReactNode } from "react";
import type { NamingForm } from "../../schema/comparison.ts";
import type { Source } from "../../schema/source.ts";
import { SearchHighlight } from "../search/highlight-terms.tsx";
import { hrefFor, useUrlState } from "../state/use-url-state.ts";
import type { ScoredWord } from "./distinctive-words.ts";
import { NOTABLE_Z } from "./distinctive-words.ts";

export const kindLabel: Record<Source["kind"], string> = {
  "state-media": "state media",
  wire: "wire service",
  broadcaster: "broadcaster",
  newspaper: "newspaper",
  magazine: "magazine",
  digital: "digital outlet",
  opinion: "opinion",
  other: "outlet",
};

/** A link that opens an article of an event in the reader through the URL state, as any link would. */
export function ReaderLink({
  eventId,
  articleId,
  title,
  children,
}: {
  eventId: string;
  articleId: string;
  title?: string;
  children: ReactNode;
}) {
  const { push } = useUrlState();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    push({ event: eventId, article: articleId });
  };
  return (
    <a
      href={hrefFor({ event: eventId, article: articleId })}
      onClick={onClick}
      title={title}
      data-article-id={articleId}
      className="text-sky-700 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300"
    >
      {children}
    </a>
  );
}

/** How one outlet names one entity: each form links to the sentence it came from. */
export function NamingCell({ forms, eventId }: { forms: NamingForm[] | undefined; eventId?: string }) {
  if (!forms || forms.length === 0)
    return <span className="text-slate-500 dark:text-slate-400">not named</span>;
  return (
    <ul className="space-y-1">
      {forms.map((f) => {
        const target = eventId ?? f.eventId;
        const label = (
          <>
            “<SearchHighlight text={f.text} />”
            {f.count > 1 && <span className="text-xs text-slate-500 dark:text-slate-400"> ×{f.count}</span>}
          </>
        );
        return (
          <li key={f.text} data-testid="naming-form" data-form={f.form ?? ""}>
            {target ? (
              <ReaderLink eventId={target} articleId={f.articleId} title={f.sentence}>
                {label}
              </ReaderLink>
            ) : (
              label
            )}
            <q className="sr-only">{f.sentence}</q>
          </li>
        );
      })}
    </ul>
  );
}

/** Distinctive words as bars whose length is the z-score, with the score written out. */
export function WordBars({ words, label }: { words: ScoredWord[]; label: string }) {
  if (words.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No word stands out.</p>;
  const max = Math.max(...words.map((w) => w.z), NOTABLE_Z);
  return (
    <ul aria-label={label} className="space-y-1 text-sm" data-testid="distinctive-words">
      {words.map((w) => (
        <li key={w.term} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2">
          <span className="truncate" title={`${w.term}: used ${w.count} times`}>
            {w.term}
          </span>
          <span className="h-2 rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <span
              className={`block h-2 rounded ${w.z >= NOTABLE_Z ? "bg-amber-500" : "bg-amber-200 dark:bg-amber-800"}`}
              style={{ width: `${Math.max(4, (w.z / max) * 100)}%` }}
            />
          </span>
          <span className="text-right tabular-nums text-slate-600 dark:text-slate-300">
            z {w.z.toFixed(1)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Which outlets to compare: two or more; the last two cannot be unchecked. */
export function OutletPicker({
  sources,
  chosen,
  onChange,
  nameOf,
}: {
  sources: string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  nameOf: (id: string) => string;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="outlet-picker">
      <legend className="mb-1 font-medium">Compare</legend>
      {sources.map((id) => {
        const on = chosen.includes(id);
        return (
          <label key={id} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              checked={on}
              disabled={on && chosen.length <= 2 && sources.length >= 2}
              onChange={() =>
                onChange(
                  on ? chosen.filter((c) => c !== id) : sources.filter((s) => s === id || chosen.includes(s)),
                )
              }
            />
            {nameOf(id)}
          </label>
        );
      })}
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {title}
      </h3>
      {children}
    </section>
  );
}
