import { describe, expect, it } from "vitest";
import { mention } from "./fixture-article.ts";
import { toEvent } from "./to-event.ts";

const names = new Map([
  ["person-donald-trump", "Donald Trump"],
  ["person-kim-jong-un", "Kim Jong Un"],
  ["country-singapore", "Singapore"],
  ["place-pacific", "Pacific"],
]);

describe("an event's entities", () => {
  it("come most named first, with how many of its mentions name each", () => {
    const event = toEvent(
      [
        mention("a", ["summit"], {
          entityIds: ["person-kim-jong-un", "place-pacific", "person-donald-trump"],
        }),
        mention("b", ["summit"], { entityIds: ["person-donald-trump", "country-singapore"] }),
        // A mention naming someone twice counts once; a follow-on sentence counts as a mention.
        mention("c", ["summit"], {
          entityIds: [
            "person-donald-trump",
            "person-donald-trump",
            "country-singapore",
            "person-kim-jong-un",
          ],
          follows: "a",
        }),
      ],
      names,
    );
    expect(event.entityIds).toEqual([
      "person-donald-trump",
      "country-singapore",
      "person-kim-jong-un",
      "place-pacific",
    ]);
    expect(event.entityCounts).toEqual([3, 2, 2, 1]);
  });

  it("leave out ids the corpus has no entity for", () => {
    const event = toEvent(
      [mention("a", ["talks"], { entityIds: ["person-nobody", "place-pacific"] })],
      names,
    );
    expect(event.entityIds).toEqual(["place-pacific"]);
    expect(event.entityCounts).toEqual([1]);
  });
});
