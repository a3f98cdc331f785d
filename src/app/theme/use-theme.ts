import { useCallback, useEffect, useState } from "react";
import { useUrlState } from "../state/use-url-state.ts";

export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** The same key as apply-initial-theme.ts, which reads it before the first render. */
const KEY = "parallax:theme";
const darkQuery = "(prefers-color-scheme: dark)";

/** Storage can be blocked (third-party iframes, strict privacy settings): the theme then lives in memory. */
function readStored(): Theme {
  try {
    const value = window.localStorage.getItem(KEY);
    return (themes as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
  } catch {
    return "system";
  }
}

function store(theme: Theme): void {
  try {
    if (theme === "system") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, theme);
  } catch {
    // Blocked storage: the choice lasts until the page closes.
  }
}

/**
 * Light and dark follow the system unless the user picks one, or the URL's `theme` does (an embed
 * matching its host); the `dark` class drives Tailwind's variant.
 */
export function useTheme() {
  const { state: url, replace } = useUrlState();
  const [stored, setStored] = useState<Theme>(readStored);
  const theme: Theme = url.theme ?? stored;
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const apply = () => {
      const dark = theme === "dark" || (theme === "system" && media.matches);
      document.documentElement.classList.toggle("dark", dark);
      document.documentElement.style.colorScheme = dark ? "dark" : "light";
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [theme]);
  // Picking a theme is the reader's own choice from then on, so it replaces the one the link carried.
  const urlTheme = url.theme;
  const setTheme = useCallback(
    (next: Theme) => {
      store(next);
      setStored(next);
      if (urlTheme) replace({ theme: null });
    },
    [urlTheme, replace],
  );
  return { theme, setTheme };
}
