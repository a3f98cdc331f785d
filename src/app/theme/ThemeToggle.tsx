import { type Theme, themes, useTheme } from "./use-theme.ts";

const labels: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

/** A three-way switch: follow the system, or force light or dark. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  return (
    <fieldset className="flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white p-0.5 text-xs dark:border-slate-700 dark:bg-slate-900">
      <legend className="sr-only">Colour theme</legend>
      {themes.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={theme === option}
          onClick={() => setTheme(option)}
          className="rounded-md px-2 py-1 font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 aria-pressed:bg-slate-900 aria-pressed:text-white dark:text-slate-300 dark:hover:text-white dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
        >
          {labels[option]}
        </button>
      ))}
    </fieldset>
  );
}
