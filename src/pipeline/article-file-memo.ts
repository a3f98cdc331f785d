import type { Article } from "../schema/article.ts";
import type { KnownArticleFiles } from "./article-files.ts";
import { digestOf, loadStageMemo, memoKey, type StageMemo, saveStageMemo } from "./cache/stage-memo.ts";
import type { ContentCache } from "./effects.ts";
import { identityText, parseIdentity } from "./output-files.ts";

/*
 * The article files of the last build, known by name and size (see `KnownFile`). An article file
 * holds its articles as their work made them and their primary events, nothing else: when each of a
 * period's articles has the same linked key (`CorpusEvents.linkedKeys`: its work's content key and
 * its names as linked) and the same primary event, the file is the one the last build wrote. A
 * rebuild then neither writes its JSON nor hashes it: 0.15 s of every rebuild at 10,000 articles,
 * 60 MB of text, for a change to one of them.
 */

const STAGE = "article-files";
/** The cache entry this memo is kept in, for a build to read ahead (see `readingAhead`). */
export const ARTICLE_FILE_MEMO_KEY = memoKey(STAGE);

export async function loadArticleFileMemo(cache: ContentCache): Promise<StageMemo> {
  return await loadStageMemo(cache, STAGE, { deflate: false });
}

export async function saveArticleFileMemo(cache: ContentCache, memo: StageMemo): Promise<void> {
  await saveStageMemo(cache, STAGE, memo);
}

/** The memo read as `KnownArticleFiles`: a period with an article that has no linked key is never known. */
export function knownArticleFiles(
  memo: StageMemo,
  linkedKeys: ReadonlyMap<string, string>,
): KnownArticleFiles {
  const keyOf = (stem: string, articles: readonly Article[]): string | undefined => {
    const parts = ["article file", stem];
    for (const a of articles) {
      const linked = linkedKeys.get(a.id);
      if (linked === undefined) return undefined;
      parts.push(a.id, linked, a.primaryEventId);
    }
    return digestOf(parts);
  };
  return {
    fileOf(stem, articles) {
      const key = keyOf(stem, articles);
      return key === undefined ? undefined : parseIdentity(memo.getText(key));
    },
    keep(stem, articles, file) {
      const key = keyOf(stem, articles);
      if (key !== undefined) memo.setText(key, identityText(file));
    },
  };
}
