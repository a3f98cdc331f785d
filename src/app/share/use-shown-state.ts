import { useFilterQuery } from "../search/use-filter-query.ts";
import type { UrlState } from "../state/url-params.ts";
import { useUrlState } from "../state/use-url-state.ts";

/**
 * The state as the reader sees it, for links made from it. The same as the URL's, except the filter
 * text, which reaches the URL a moment after typing stops: a link copied in that moment must still
 * hold what is in the box.
 */
export function useShownState(): UrlState {
  const { state } = useUrlState();
  const [q] = useFilterQuery();
  return q === state.q ? state : { ...state, q };
}
