import type { Article } from "../schema/article.ts";
import type { Event } from "../schema/event.ts";
import type { CorpusEvents } from "./assemble-corpus.ts";
import { digestOf, loadStageMemo, memoKey, type StageMemo, saveStageMemo } from "./cache/stage-memo.ts";
import type { ContentCache } from "./effects.ts";
import type { KnownFiles } from "./known-file-steps.ts";
import { identityText, parseIdentity } from "./output-files.ts";

/*
 * The article and events files of the last build, known by name and size (see `KnownFile`): a file
 * made from the same items as the last build's is that file, and a rebuild neither writes its JSON
 * nor hashes it. At 10,000 articles the article files are 60 MB of text and the events files 20 MB,
 * made and hashed in every rebuild for a change to one article (0.3 s together).
 *
 * An article file holds its articles as their work made them and their primary events, nothing
 * else: an article is known by its linked key (`CorpusEvents.linkedKeys`: its work's content key
 * and its names as linked) and its primary event. An events file (and its summaries file) holds its
 * events and the article files each points to: an event is known by the digest of its JSON as made
 * (`CorpusEvents.madeFrom`) and those files' places. A file with an item known by nothing is made.
 */

const STAGE = "known-files";
/** The cache entry this memo is kept in, for a build to read ahead (see `readingAhead`). */
export const KNOWN_FILES_MEMO_KEY = memoKey(STAGE);

export async function loadKnownFilesMemo(cache: ContentCache): Promise<StageMemo> {
  return await loadStageMemo(cache, STAGE, { deflate: false });
}

export async function saveKnownFilesMemo(cache: ContentCache, memo: StageMemo): Promise<void> {
  await saveStageMemo(cache, STAGE, memo);
}

/** The memo read as the known files of each kind, for the items this corpus knows. */
export function knownFiles(
  memo: StageMemo,
  corpus: Pick<CorpusEvents, "linkedKeys" | "madeFrom">,
): { articles?: KnownFiles<Article>; events?: KnownFiles<Event> } {
  const { linkedKeys, madeFrom } = corpus;
  return {
    ...(linkedKeys
      ? { articles: byParts(memo, (a: Article) => partsOf(linkedKeys.get(a.id), a.id, a.primaryEventId)) }
      : {}),
    ...(madeFrom
      ? {
          events: byParts(memo, (e: Event) =>
            partsOf(madeFrom.get(e.id), e.id, (e.articleFiles ?? []).join(",")),
          ),
        }
      : {}),
  };
}

/** An item's parts: what it is known by, then what else its file gives of it; undefined when it is known by nothing. */
function partsOf(known: string | undefined, ...rest: string[]): string[] | undefined {
  return known === undefined ? undefined : [known, ...rest];
}

function byParts<T>(memo: StageMemo, parts: (item: T) => string[] | undefined): KnownFiles<T> {
  const keyOf = (stem: string, items: readonly T[]): string | undefined => {
    const all = ["known file", stem];
    for (const item of items) {
      const some = parts(item);
      if (!some) return undefined;
      all.push(...some);
    }
    return digestOf(all);
  };
  return {
    fileOf(stem, items) {
      const key = keyOf(stem, items);
      return key === undefined ? undefined : parseIdentity(memo.getText(key));
    },
    keep(stem, items, file) {
      const key = keyOf(stem, items);
      if (key !== undefined) memo.setText(key, identityText(file));
    },
  };
}
