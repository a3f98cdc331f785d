import type { Source } from "../../schema/source.ts";

type Props = { sources: Source[]; selected: string[]; onChange: (sources: string[]) => void };

/**
 * Which outlets are shown. The URL lists the chosen ones, and no list means all, so turning the last
 * hidden outlet back on gives the plain URL again.
 */
export function OutletFilter({ sources, selected, onChange }: Props) {
  if (sources.length < 2) return null;
  const shown = (id: string) => selected.length === 0 || selected.includes(id);
  const toggle = (id: string) => {
    const next = sources.filter((s) => (s.id === id ? !shown(s.id) : shown(s.id))).map((s) => s.id);
    onChange(next.length === sources.length || next.length === 0 ? [] : next);
  };
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5">
      <legend className="sr-only">Outlets shown</legend>
      <span aria-hidden="true" className="mr-1 text-xs font-medium text-slate-500 dark:text-slate-400">
        Outlets
      </span>
      {sources.map((source) => (
        <button
          key={source.id}
          type="button"
          aria-pressed={shown(source.id)}
          onClick={() => toggle(source.id)}
          className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-medium text-slate-500 line-through decoration-slate-400 hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white aria-pressed:no-underline dark:border-slate-600 dark:text-slate-400 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-400 dark:aria-pressed:text-slate-950"
        >
          {source.name}
        </button>
      ))}
    </fieldset>
  );
}
