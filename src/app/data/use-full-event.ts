import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { eventIdShard } from "../../lib/event-files.ts";
import type { Event } from "../../schema/event.ts";
import type { Manifest } from "../../schema/manifest.ts";
import { entitiesQuery } from "./entities-query.ts";
import { articlesQuery, eventIdsQuery, eventsQuery, useManifest } from "./queries.ts";
import type { Corpus } from "./use-corpus.ts";

/** An opened event's whole record: its mentions, articles, summary and entities. */
export type FullEvent =
  | { status: "none" }
  | { status: "pending" }
  | { status: "error"; message: string; retry: () => void }
  /** Its file loaded without it (data edited by hand: the file or the id table is wrong). */
  | { status: "missing"; file: string }
  | { status: "success"; event: Event };

/**
 * The full record of the event `eventId`, from its events file (manifest `files.events`), fetched
 * only now that the event is opened: the timeline draws from the summaries, which have no mentions.
 * `place` is its file's place when the corpus already knows it (it loaded the event's summary);
 * otherwise (a link opened before that summary arrived) the id → file table's shard names it, the
 * same shard the opening plan read. With data that has no summaries, the corpus loaded the full
 * files, and this reads the one it needs from the cache.
 */
export function useFullEvent(
  manifest: Manifest | undefined,
  eventId: string | null,
  place: number | undefined,
): FullEvent {
  const files = manifest?.files.events ?? [];
  const shards = manifest?.files.eventIds ?? [];
  const shard =
    eventId && place === undefined && shards.length
      ? shards[eventIdShard(eventId, shards.length)]
      : undefined;
  const table = useQuery({ ...eventIdsQuery(shard ?? ""), enabled: shard !== undefined });
  const found =
    place ??
    (eventId ? table.data?.get(eventId) : undefined) ??
    (files.length === 1 && eventId ? 0 : undefined);
  const file = found !== undefined ? files[found] : undefined;
  const query = useQuery({ ...eventsQuery(file ?? ""), enabled: Boolean(eventId && file) });
  const records = query.data?.records;
  const event = useMemo(() => records?.find((e) => e.id === eventId), [records, eventId]);

  if (!eventId) return { status: "none" };
  if (event) return { status: "success", event };
  if (file && records) return { status: "missing", file };
  if (query.isError)
    return { status: "error", message: query.error.message, retry: () => void query.refetch() };
  return { status: "pending" };
}

/**
 * The event the URL opens, for the explorer: asked for before the corpus is drawn, so that for a
 * link its file is fetched alongside the opening window's summaries (its place then comes from the
 * id table the opening plan reads); not for an event the corpus or the table says is not there.
 */
export function useOpenedEvent(corpus: Corpus | undefined, eventId: string | null): FullEvent {
  const manifest = useManifest().data;
  const known = Boolean(eventId && corpus?.eventById.has(eventId));
  const missing = corpus ? corpus.complete || corpus.missingEventId === eventId : false;
  return useFullEvent(
    manifest,
    eventId && (known || !missing) ? eventId : null,
    eventId ? corpus?.eventFile.get(eventId) : undefined,
  );
}

/**
 * Fetches ahead the full file of an event the user is about to open: the pointer resting on it, or
 * the keyboard's cursor on it. The click then shows the event's words at once instead of after the
 * file's fetch. Nothing is fetched for events merely on screen: the timeline draws from summaries.
 * `opening` (a click or Enter, before the state changes) also asks for the event's article files
 * and the entity names once its record is in: what the detail needs next, and only for an event
 * being opened, since article texts are the heaviest files.
 */
export function usePrefetchEvent(corpus: Corpus): (eventId: string, opening?: boolean) => void {
  const queryClient = useQueryClient();
  const { manifest, eventFile } = corpus;
  return useCallback(
    (eventId: string, opening = false) => {
      const place = eventFile.get(eventId);
      const file = place === undefined ? undefined : manifest.files.events[place];
      if (!file) return;
      if (!opening) {
        void queryClient.prefetchQuery(eventsQuery(file));
        return;
      }
      // An event being opened: its articles and the entities follow as soon as its record is in,
      // not once the detail has rendered it (the render of a selection at 100,000 events is what
      // the articles' fetch waited on).
      queryClient
        .fetchQuery(eventsQuery(file))
        .then(({ records }) => {
          const event = records.find((e) => e.id === eventId);
          for (const f of eventArticleFiles(manifest.files.articles, event))
            void queryClient.prefetchQuery(articlesQuery(f));
          if (manifest.files.entities) void queryClient.prefetchQuery(entitiesQuery(manifest.files.entities));
        })
        .catch(() => {
          // The detail's own queries fetch again and say what went wrong.
        });
    },
    [queryClient, manifest, eventFile],
  );
}

/**
 * The article files holding the event's articles; every file when the event does not say, or names
 * a place the manifest does not have (data that does not hang together is better read whole).
 */
export function eventArticleFiles(files: string[], event: Event | undefined): string[] {
  if (!event?.articleFiles) return files;
  const named = event.articleFiles.map((place) => files[place]);
  return named.every((f) => f !== undefined) ? (named as string[]) : files;
}
