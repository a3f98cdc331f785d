import { describe, expect, it } from "vitest";
import { comparisonShard } from "../../schema/comparison.ts";
import type { Comparisons } from "./compare-corpus.ts";
import { comparisonFileSteps } from "./project-comparisons.ts";

/** Comparisons that are only their event id, and `add`s that keep what each file holds. */
function project(eventIds: string[], mentions: number) {
  const comparisons = {
    corpus: {},
    eventIds,
    comparisonJson: (id: string) => JSON.stringify({ eventId: id }),
  } as unknown as Comparisons;
  const files = new Map<string, unknown>();
  const names = [
    ...comparisonFileSteps(
      comparisons,
      (stem, _schema, data) => {
        files.set(stem, data);
        return `${stem}.json`;
      },
      (stem, content) => {
        files.set(stem, JSON.parse(content));
        return `${stem}.json`;
      },
      () => mentions,
    ),
  ];
  return { names, files };
}

describe("comparison shards", () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `ev-${i}`);

  it("are counted by mentions, so events with many mentions get more, smaller shards", () => {
    expect(project(ids, 1).names).toHaveLength(1 + 5);
    expect(project(ids, 79).names).toHaveLength(1 + 200);
    expect(project(["one"], 0).names).toEqual(["comparisons-corpus.json", "comparisons-000.json"]);
  });

  it("put each event in the shard the app will look in", () => {
    const { names, files } = project(ids, 9);
    const shards = names.length - 1;
    for (const [n, name] of names.slice(1).entries()) {
      const held = files.get(name.replace(/\.json$/, "")) as { eventId: string }[];
      for (const c of held) expect(comparisonShard(c.eventId, shards)).toBe(n);
    }
    expect([...files.values()].slice(1).flat()).toHaveLength(ids.length);
  });
});
