import { absoluteUrlFor, useUrlState } from "../state/use-url-state.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { sharedEventState } from "./share-links.ts";

/** "Copy link" for one event, in its detail. */
export function CopyEventLink({ eventId }: { eventId: string }) {
  const { state } = useUrlState();
  return <CopyLinkButton label="Copy link" url={() => absoluteUrlFor(sharedEventState(state, eventId))} />;
}
