import { useEffect, useRef, useState } from "react";
import { EmbedDialog } from "../embed/EmbedDialog.tsx";
import { controlClass } from "../layout/buttons.ts";
import { absoluteUrlFor } from "../state/use-url-state.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { sharedViewState } from "./share-links.ts";
import { useShownState } from "./use-shown-state.ts";

/** The header's sharing tools for the whole view: its link, and the snippet to embed it. */
export function ShareActions() {
  const state = useShownState();
  const [embedding, setEmbedding] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button once the dialog has closed (while it is open, the page is inert).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !embedding) opener.current?.focus();
    wasOpen.current = embedding;
  }, [embedding]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <CopyLinkButton label="Copy link to this view" url={() => absoluteUrlFor(sharedViewState(state))} />
      <button
        ref={opener}
        type="button"
        data-testid="embed-open"
        aria-haspopup="dialog"
        className={controlClass}
        onClick={() => setEmbedding(true)}
      >
        Embed
      </button>
      {embedding && <EmbedDialog onClose={() => setEmbedding(false)} />}
    </div>
  );
}
