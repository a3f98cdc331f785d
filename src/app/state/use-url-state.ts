import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseUrlState, serializeUrlState, type UrlState } from "./url-params.ts";

/**
 * The URL is the single source of truth for what is shown. Components read it through this hook and
 * change it through `push` (a step the user may want to go back to: selecting an event, switching
 * view) or `replace` (continuous changes: panning, typing), so Back and Forward walk selections and
 * not every pixel of a drag.
 */
const URL_CHANGE = "parallax:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type UrlStateChange = Partial<UrlState> | ((state: UrlState) => Partial<UrlState>);

function write(mode: "push" | "replace", change: UrlStateChange): void {
  const current = parseUrlState(window.location.search).state;
  const patch = typeof change === "function" ? change(current) : change;
  const search = serializeUrlState({ ...current, ...patch }, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(URL_CHANGE));
}

export function useUrlState() {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const push = useCallback((change: UrlStateChange) => write("push", change), []);
  const replace = useCallback((change: UrlStateChange) => write("replace", change), []);
  return { ...parsed, push, replace };
}

/** The link to a state, for anchors that open it (middle-click and copy work as on any link). */
export function hrefFor(change: Partial<UrlState>): string {
  const current = parseUrlState(window.location.search).state;
  return `${window.location.pathname}${serializeUrlState({ ...current, ...change }, window.location.search)}`;
}
