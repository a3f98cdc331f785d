import { createContext, useContext } from "react";
import { Highlight } from "./Highlight.tsx";

/**
 * The current search's `highlightTerms`, handed down to every view that shows text (detail,
 * comparison, reader) without threading them through each component in between. Empty when no
 * filter is active, which makes `<SearchHighlight>` plain text.
 */
const HighlightTermsContext = createContext<readonly string[]>([]);

export const HighlightTermsProvider = HighlightTermsContext.Provider;

export function useHighlightTerms(): readonly string[] {
  return useContext(HighlightTermsContext);
}

/** `text` with the words that made the current search match marked. */
export function SearchHighlight({ text }: { text: string }) {
  return <Highlight text={text} terms={useHighlightTerms()} />;
}
