import { useCallback, useSyncExternalStore } from "react";
import { useUrlState } from "../state/use-url-state.ts";

/**
 * The filter's text as typed, shared by the input (in the header) and the explorer (which filters by
 * it), so both see each keystroke at once.
 *
 * The URL's `q` follows a moment later: browsers cap history updates (Safari throws after 100
 * `replaceState` calls in 30 s, Chrome drops them past 200 in 10 s), and a fast typist or the keystroke
 * bench would hit that if every key wrote the URL; one write per pause in typing stays well under it.
 * Until the write happens the typed text wins over the URL; Back/Forward (popstate) drop it so the
 * URL's `q` shows again, and leaving the page writes it at once.
 */
const URL_WRITE_DELAY_MS = 400;

let typed: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let writeUrl: ((q: string) => void) | undefined;
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

function flush(): void {
  if (timer === undefined) return;
  clearTimeout(timer);
  timer = undefined;
  if (typed !== null) writeUrl?.(typed);
  typed = null;
  notify();
}

function dropTyped(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  typed = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener("popstate", dropTyped);
    window.addEventListener("pagehide", flush);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener("popstate", dropTyped);
      window.removeEventListener("pagehide", flush);
    }
  };
}

const getTyped = () => typed;

/** `[q, setQ]`: the filter's current text and a setter that updates the URL with `replaceState`. */
export function useFilterQuery(): [string, (q: string) => void] {
  const { state, replace } = useUrlState();
  const pending = useSyncExternalStore(subscribe, getTyped, getTyped);
  writeUrl = (q) => replace({ q });
  const setQ = useCallback((q: string) => {
    typed = q;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, URL_WRITE_DELAY_MS);
    notify();
  }, []);
  return [pending ?? state.q, setQ];
}
