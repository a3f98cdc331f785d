import { describe, expect, it } from "vitest";
import type { EntitySummary } from "../../schema/entity.ts";
import { eventEntities } from "./event-entities.ts";

const entity = (id: string, name: string, kind: EntitySummary["kind"]): EntitySummary => ({
  id,
  name,
  kind,
  aliases: [name],
  titles: [],
  mentionCount: 1,
});
// In the entities file's order: by id.
const entities = [
  entity("country-singapore", "Singapore", "country"),
  entity("person-donald-trump", "Donald Trump", "person"),
  entity("person-kim-jong", "Kim Jong", "person"),
  entity("person-kim-jong-un", "Kim Jong Un", "person"),
  entity("place-pacific", "Pacific", "place"),
  entity("place-sentosa", "Sentosa", "place"),
];
const mentions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ articleId: `a${i}`, sourceId: "s", quote: "", start: 0, end: 1 }));
const names = (list: EntitySummary[]) => list.map((e) => e.name);

describe("who took part and where, in an event's detail", () => {
  it("puts the most named first and a name only one of several reports gives apart", () => {
    const found = eventEntities(
      {
        entityIds: [
          "person-donald-trump",
          "person-kim-jong-un",
          "country-singapore",
          "place-sentosa",
          "person-kim-jong",
          "place-pacific",
        ],
        entityCounts: [20, 18, 9, 2, 1, 1],
        mentions: mentions(23),
      },
      entities,
    );
    expect(names(found.participants)).toEqual(["Donald Trump", "Kim Jong Un", "Singapore"]);
    expect(names(found.places)).toEqual(["Sentosa"]);
    expect(names(found.asides)).toEqual(["Kim Jong", "Pacific"]);
  });

  it("keeps every name of an event told once or twice", () => {
    const found = eventEntities(
      { entityIds: ["person-donald-trump", "place-pacific"], entityCounts: [1, 1], mentions: mentions(2) },
      entities,
    );
    expect(names(found.participants)).toEqual(["Donald Trump"]);
    expect(names(found.places)).toEqual(["Pacific"]);
    expect(found.asides).toEqual([]);
  });

  it("sets nothing apart when every name is given once", () => {
    const found = eventEntities(
      { entityIds: ["person-kim-jong-un", "place-pacific"], entityCounts: [1, 1], mentions: mentions(5) },
      entities,
    );
    expect(names(found.participants)).toEqual(["Kim Jong Un"]);
    expect(names(found.places)).toEqual(["Pacific"]);
    expect(found.asides).toEqual([]);
  });

  it("reads data without counts (before schema 4.3) in the entities file's order, with no asides", () => {
    for (const entityCounts of [undefined, [3]]) {
      const found = eventEntities(
        {
          entityIds: ["person-kim-jong-un", "place-pacific", "person-donald-trump"],
          ...(entityCounts ? { entityCounts } : {}),
          mentions: mentions(5),
        },
        entities,
      );
      expect(names(found.participants)).toEqual(["Donald Trump", "Kim Jong Un"]);
      expect(names(found.places)).toEqual(["Pacific"]);
      expect(found.asides).toEqual([]);
    }
  });

  it("skips ids the entities file does not have", () => {
    const found = eventEntities(
      { entityIds: ["person-gone", "person-donald-trump"], entityCounts: [4, 3], mentions: mentions(4) },
      entities,
    );
    expect(names(found.participants)).toEqual(["Donald Trump"]);
  });
});
