import { z } from "zod";
import { type Article, articlesFile } from "../schema/article.ts";
import { corpusComparison, eventComparisonsFile } from "../schema/comparison.ts";
import { entitiesFile, entityMentionsFile } from "../schema/entity.ts";
import { type Event, eventSummariesFile, eventsFile } from "../schema/event.ts";
import { eventIdsFile, type Manifest, manifest as manifestSchema } from "../schema/manifest.ts";
import { report as reportSchema } from "../schema/report.ts";
import { searchEventLists, searchMeta, searchShard } from "../schema/search.ts";
import { sourcesFile } from "../schema/source.ts";
import { SCHEMA_VERSION } from "../schema/version.ts";
import {
  articleFileIndex,
  eventArticleFiles,
  projectArticleFileSteps,
  splitArticlesByPeriod,
} from "./article-files.ts";
import type { Corpus } from "./assemble-corpus.ts";
import { comparisonFileSteps } from "./compare/project-comparisons.ts";
import { projectEventFileSteps } from "./events-files.ts";
import type { FilesThreadOutput } from "./files-thread.ts";
import type { KnownFiles } from "./known-file-steps.ts";
import { type OutputFile, outputFiles } from "./output-files.ts";
import { type EntityFileNames, projectEntityFiles } from "./project-entities.ts";
import { buildSearchIndex } from "./search/build-search-index.ts";
import { projectSearchFileSteps } from "./search/project-search.ts";

/**
 * One projection per output file: each picks exactly the fields the browser gets, validates them
 * against the shared schema, and names the file by its content so that browsers may cache it forever.
 * Only `manifest.json` keeps a fixed name; it lists the others.
 *
 * The files come a few at a time, so that the build can write each group and let its text go
 * before the next is made: at 100,000 articles the files' text outweighs the corpus itself. The
 * entity files and search index are `offThread`'s when it is given (made on a worker thread
 * meanwhile, see files-thread.ts), so they come after the others. The manifest comes last, once
 * every file it names exists. `checked` and `onParse`: see `outputFiles`.
 */
export async function* projectFileGroups(
  corpus: Corpus,
  options: {
    offThread?: Promise<FilesThreadOutput>;
    checked?: ReadonlySet<string>;
    onParse?: (stem: string) => void;
    /** The last build's article and events files (see known-files.ts). */
    known?: { articles?: KnownFiles<Article>; events?: KnownFiles<Event> };
  } = {},
): AsyncGenerator<OutputFile[], void, undefined> {
  const { offThread, checked, onParse, known } = options;
  const files = outputFiles(checked, onParse);
  const { add, addText, addKnown, flush, put } = files;

  const periods = splitArticlesByPeriod(corpus.articles);
  const fileOf = articleFileIndex(periods.map((p) => p.articles));
  const articleAndEventFiles = function* () {
    const articles = yield* projectArticleFileSteps(periods, files, known?.articles);
    const events = yield* projectEventFileSteps(
      corpus.events.map((e) => projectEvent(e, fileOf)),
      add,
      flush,
      known?.events ? { files, known: known.events } : undefined,
    );
    return { articles, events };
  };
  // Without a files thread, the article and events files come first: each is written and let go
  // before the comparisons are made, which keeps a large build's peak down.
  let made = offThread ? undefined : yield* articleAndEventFiles();
  const sources = add("sources", sourcesFile, corpus.sources);
  const report = add("report", reportSchema, corpus.report);
  yield flush();
  const mentionCounts = new Map(corpus.events.map((e) => [e.id, e.mentions.length]));
  const comparisons: string[] = [];
  for (const name of comparisonFileSteps(
    corpus.comparisons,
    add,
    addText,
    (id) => mentionCounts.get(id) ?? 0,
    addKnown,
  )) {
    comparisons.push(name);
    yield flush();
  }
  // Made here while the other thread makes the search index, which takes about as long.
  made ??= yield* articleAndEventFiles();
  const { articles: articleFiles, events } = made;
  const fromThread = await offThread;
  let entities: EntityFileNames;
  let search: string[];
  if (fromThread) {
    entities = fromThread.entityFiles.names;
    yield fromThread.entityFiles.files;
    search = fromThread.searchFiles.names;
    yield fromThread.searchFiles.files;
  } else {
    entities = yield* projectEntityFiles(corpus.entities, add, flush);
    search = yield* projectSearchFileSteps(buildSearchIndex(corpus), add, flush);
  }

  // The days of the first and last article's publication, when there are articles.
  const published = spanOf(publishedDays(corpus));
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    articleCount: corpus.articles.length,
    eventCount: corpus.events.length,
    sourceCount: corpus.sources.length,
    range: rangeOf(corpus),
    ...(published ? { published } : {}),
    ...events.manifest,
    files: {
      articles: articleFiles,
      events: events.files,
      eventSummaries: events.summaries,
      sources,
      entities: entities.entities,
      ...(entities.entityMentions.length ? { entityMentions: entities.entityMentions } : {}),
      comparisons,
      search,
      report,
      ...(events.eventIds.length ? { eventIds: events.eventIds } : {}),
    },
  };
  put({
    name: "manifest.json",
    content: `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`,
  });
  put({ name: "schema.json", content: `${JSON.stringify(outputJsonSchema(), null, 2)}\n` });
  yield flush();
}

/** `fileOf`: each article's place in `files.articles`, for the event's `articleFiles`. */
export function projectEvent(e: Event, fileOf: ReadonlyMap<string, number>): Event {
  return { ...eventFields(e), articleFiles: eventArticleFiles(e, fileOf) };
}

/** An event's fields but `articleFiles`, in the schema's order (the order its parse gives, see `outputFiles`). */
export function eventFields(e: Event): Event {
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    ...(e.end !== undefined ? { end: e.end } : {}),
    precision: e.precision,
    sourceIds: e.sourceIds,
    articleIds: e.articleIds,
    mentions: e.mentions.map((m) => ({
      articleId: m.articleId,
      sourceId: m.sourceId,
      quote: m.quote,
      start: m.start,
      end: m.end,
    })),
    ...(e.summary !== undefined ? { summary: e.summary } : {}),
    ...(e.entityIds !== undefined ? { entityIds: e.entityIds } : {}),
    ...(e.entityCounts !== undefined ? { entityCounts: e.entityCounts } : {}),
  };
}

function rangeOf(corpus: Corpus): Manifest["range"] {
  return corpus.events.length
    ? spanOf(corpus.events.flatMap((e) => [e.start, e.end ?? e.start]))
    : spanOf(publishedDays(corpus));
}

function publishedDays(corpus: Corpus): string[] {
  return corpus.articles.map((a) => a.published.slice(0, 10));
}

/** The first and last of some days, null for none. */
function spanOf(days: readonly string[]): { start: string; end: string } | null {
  let start: string | undefined;
  let end: string | undefined;
  for (const day of days) {
    if (start === undefined || day < start) start = day;
    if (end === undefined || day > end) end = day;
  }
  return start === undefined || end === undefined ? null : { start, end };
}

/** The JSON Schema of every output file, written beside them for other tools. */
function outputJsonSchema(): unknown {
  const schemas = {
    manifest: manifestSchema,
    articles: articlesFile,
    events: eventsFile,
    eventSummaries: eventSummariesFile,
    eventIds: eventIdsFile,
    sources: sourcesFile,
    entities: entitiesFile,
    entityMentions: entityMentionsFile,
    report: reportSchema,
    searchMeta,
    searchEventLists,
    searchShard,
    eventComparisons: eventComparisonsFile,
    corpusComparison,
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `Parallax prebuilt data, schema version ${SCHEMA_VERSION}`,
    $defs: Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [
        name,
        z.toJSONSchema(schema, { unrepresentable: "any" }),
      ]),
    ),
  };
}
