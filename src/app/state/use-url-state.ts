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

/**
 * Set only when the browser refuses to rewrite the URL (some do in sandboxed, opaque-origin iframes):
 * the state then lives here, so selecting still works inside such an embed, without history steps.
 */
let unwrittenSearch: string | null = null;
const getSearch = () => unwrittenSearch ?? window.location.search;

export type UrlStateChange = Partial<UrlState> | ((state: UrlState) => Partial<UrlState>);

function write(mode: "push" | "replace", change: UrlStateChange): void {
  const before = getSearch();
  const current = parseUrlState(before).state;
  const patch = typeof change === "function" ? change(current) : change;
  const search = serializeUrlState({ ...current, ...patch }, before);
  if (search === before) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  try {
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    unwrittenSearch = null;
  } catch {
    unwrittenSearch = search;
  }
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
  const current = parseUrlState(getSearch()).state;
  return `${window.location.pathname}${serializeUrlState({ ...current, ...change }, getSearch())}`;
}

/**
 * The absolute address of a state, for links that leave this page (copied, shared, opened in a new
 * tab). Built from the page's URL, not `location.origin`, which is "null" in a sandboxed iframe.
 */
export function absoluteUrlFor(state: UrlState): string {
  const url = new URL(window.location.href);
  url.search = serializeUrlState(state, getSearch());
  url.hash = "";
  return url.href;
}
