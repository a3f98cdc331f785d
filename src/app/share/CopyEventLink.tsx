import { absoluteUrlFor } from "../state/use-url-state.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { sharedEventState } from "./share-links.ts";
import { useShownState } from "./use-shown-state.ts";

/** "Copy link" for one event, in its detail. */
export function CopyEventLink({ eventId }: { eventId: string }) {
  const state = useShownState();
  return <CopyLinkButton label="Copy link" url={() => absoluteUrlFor(sharedEventState(state, eventId))} />;
}
