/**
 * The version of the prebuilt JSON. The app refuses data whose major version differs from
 * its own, so a stale `public/data/` gives a clear error instead of a half-rendered page.
 * Bump the minor part when fields are added (old readers keep working), the major part
 * when a field changes meaning or disappears.
 */
// 2.0: entity mentions moved from `files.entities` to `files.entityMentions`.
// 3.0: comparison sentences point at articles and outlets by place; unread offsets dropped.
// 3.1: events name the article files holding their articles (`articleFiles`); article files cut by
//      month and runs of days when a year is big.
// 4.0: entity mentions packed (each text once per entity, mentions grouped by article as tuples).
// 4.1: event summaries (`files.eventSummaries`, one file per events file: what the timeline draws,
//      without mentions) and each outlet's events per day (`sourceStarts`) in the manifest.
// 4.2: the manifest's `published`, the days of the first and last article.
// 4.3: an event's `entityIds` most named first, with `entityCounts` (how many of its mentions name each).
export const SCHEMA_VERSION = "4.3";

export function isCompatibleSchemaVersion(version: string): boolean {
  return version.split(".")[0] === SCHEMA_VERSION.split(".")[0];
}
