import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { eventIdShard } from "../../lib/event-files.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { dayNumber } from "../format/days.ts";
import { type LinkedEvent, timelineFiles } from "./load-plan.ts";
import { eventIdsQuery, timelineFileQuery } from "./queries.ts";

/**
 * Where a linked event (`event=` in the URL) is, before the events files have loaded: its shard of the
 * id → file table names its file, and that file's summaries (the full file in data without them) give
 * its days, so the page can open on the window that shows it. The full file, for the detail, is
 * fetched alongside by `useFullEvent` and does not hold up the timeline. `eventId` null: nothing to
 * look up (no link, or every file is loading anyway).
 */
export function useLinkedEvent(manifest: Manifest | undefined, eventId: string | null): LinkedEvent {
  const shards = manifest?.files.eventIds ?? [];
  const shard = eventId && shards.length ? shards[eventIdShard(eventId, shards.length)] : undefined;
  const table = useQuery({ ...eventIdsQuery(shard ?? ""), enabled: shard !== undefined });
  const place = eventId ? table.data?.get(eventId) : undefined;
  const listing = manifest ? timelineFiles(manifest) : undefined;
  const file = place !== undefined ? listing?.files[place] : undefined;
  const events = useQuery({
    ...timelineFileQuery(listing?.kind ?? "events", file ?? ""),
    enabled: file !== undefined,
  });

  const records = events.data?.records;
  const event = useMemo(() => records?.find((e) => e.id === eventId), [records, eventId]);
  const status = ((): LinkedEvent["status"] => {
    if (!eventId || !shard) return "none";
    if (table.isError) return "failed";
    if (!table.data) return "pending";
    if (place === undefined) return "missing";
    // A table naming a file that lacks the event (data edited by hand): it is found the slow way.
    if (file === undefined || events.isError || (records && !event)) return "failed";
    return "found";
  })();
  const startDay = event ? dayNumber(event.start) : undefined;
  const endDay = event?.end && startDay !== undefined ? Math.max(startDay, dayNumber(event.end)) : startDay;
  // One object per answer, so that what is planned from it is not planned again on every render.
  return useMemo(
    (): LinkedEvent =>
      status !== "found" || place === undefined
        ? ({ status } as LinkedEvent)
        : startDay === undefined || endDay === undefined
          ? { status, file: place }
          : { status, file: place, days: { startDay, endDay } },
    [status, place, startDay, endDay],
  );
}
