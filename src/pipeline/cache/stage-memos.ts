import type { StageMemos } from "../assemble-corpus.ts";
import type { ContentCache } from "../effects.ts";
import { loadStageMemo, saveStageMemo } from "./stage-memo.ts";

/** The memos of the stages after the per-article work, from the last build through the cache; none without one. */
export async function loadStageMemos(cache: ContentCache | undefined): Promise<StageMemos> {
  if (!cache) return {};
  return { events: await loadStageMemo(cache, "events") };
}

/** Stores each stage's memo for the next build, where it changed. */
export async function saveStageMemos(cache: ContentCache | undefined, memos: StageMemos): Promise<void> {
  if (memos.events) await saveStageMemo(cache, "events", memos.events);
}
