import type { UrlState } from "../state/url-params.ts";

/**
 * What a shared link holds. A link is for someone opening Parallax itself, so it drops what belongs
 * to one embedding (the embed layout, the host's colours, its comparison switch) and keeps the rest
 * of what the sender sees: the filter, the outlets, the window, the view.
 */
export function sharedViewState(state: UrlState): UrlState {
  return { ...state, embed: false, theme: null, compare: null };
}

/** The link to one event: the sender's view with that event selected (the reader closed). */
export function sharedEventState(state: UrlState, eventId: string): UrlState {
  return { ...sharedViewState(state), event: eventId, article: null };
}
